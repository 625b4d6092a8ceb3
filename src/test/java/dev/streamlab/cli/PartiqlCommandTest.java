package dev.streamlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** `streamlab partiql`, against the seeds' sample data on a server of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartiqlCommandTest {

    private EmbeddedDynamoDb server;

    @BeforeAll
    void seed() {
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        assertThat(run("seed", "sample-data").exitCode()).isZero();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aSelectWithAParameterPrintsTheItemsLikeScan() throws Exception {
        CliRun selected = run("partiql", "SELECT * FROM \"Orders\" WHERE Id = ?", "--parameters", "[{\"N\": \"1\"}]");

        assertThat(selected.exitCode()).as(selected.err()).isZero();
        JsonNode result = Json.mapper().readTree(selected.out());
        assertThat(result.get("Count").asInt()).isPositive();
        assertThat(result.get("Items")).allSatisfy(item -> assertThat(item.get("Id").get("N").asText()).isEqualTo("1"));
    }

    @Test
    void anInsertWritesAndPrintsNoItems() throws Exception {
        CliRun inserted = run("partiql", "INSERT INTO \"Orders\" VALUE {'Id': 900, 'Amount': 12, 'Note': 'via PartiQL'}");
        CliRun read = run("partiql", "SELECT Note FROM \"Orders\" WHERE Id = 900", "--plain");

        assertThat(inserted.exitCode()).as(inserted.err()).isZero();
        assertThat(Json.mapper().readTree(inserted.out()).get("Count").asInt()).isZero();
        assertThat(Json.mapper().readTree(read.out()).get("Items").get(0).get("Note").asText()).isEqualTo("via PartiQL");
    }

    @Test
    void anInvalidStatementIsOneSentencePrintsNothingAndWritesNothing() throws Exception {
        CliRun broken = run("partiql", "INSERT INTO \"Orders\" VALUES {'Id': 901, 'Amount': 1");
        CliRun badParameters = run("partiql", "SELECT * FROM \"Orders\" WHERE Id = ?", "--parameters", "{\"N\": \"1\"}");

        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.errLines()).singleElement().asString()
                .startsWith("DynamoDB rejected the request on the PartiQL statement: ");
        assertThat(badParameters.errLines()).singleElement().asString()
                .startsWith("--parameters must be a JSON array of values");
        JsonNode none = Json.mapper().readTree(run("partiql", "SELECT * FROM \"Orders\" WHERE Id = 901").out());
        assertThat(none.get("Count").asInt()).isZero();
    }

    private CliRun run(String... args) {
        String[] withEndpoint = Arrays.copyOf(args, args.length + 2);
        withEndpoint[args.length] = "--endpoint";
        withEndpoint[args.length + 1] = server.endpoint().toString();
        return CliRun.of(withEndpoint);
    }
}
