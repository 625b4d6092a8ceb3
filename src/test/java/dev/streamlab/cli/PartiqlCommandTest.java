package dev.streamlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `streamlab partiql`: selects and writes through ExecuteStatement, with parameters, and refusals that write nothing. */
class PartiqlCommandTest {

    private String table;

    @BeforeEach
    void orders() {
        table = TestTables.orders().name();
        for (int id = 1; id <= 3; id++) {
            CliRun put = run("items", "put", table, "--item",
                    "{\"Id\": {\"N\": \"" + id + "\"}, \"Amount\": {\"N\": \"" + (id * 100) + "\"}}");
            assertThat(put.exitCode()).as(put.err()).isZero();
        }
    }

    @Test
    void aSelectPrintsTheItemsInDynamoJson() throws IOException {
        JsonNode result = json(run("partiql", "SELECT * FROM \"" + table + "\""));
        assertThat(ids(result)).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void parametersFillTheQuestionMarksInOrder() throws IOException {
        JsonNode result = json(run("partiql", "SELECT * FROM \"" + table + "\" WHERE Id = ? AND Amount = ?",
                "--parameters", "[{\"N\": \"2\"}, {\"N\": \"200\"}]"));
        assertThat(ids(result)).containsExactly("2");
    }

    @Test
    void plainParametersAndPlainItems() throws IOException {
        JsonNode result = json(run("partiql", "SELECT * FROM \"" + table + "\" WHERE Id = ?", "--parameters", "[3]",
                "--plain"));
        assertThat(result.at("/Items/0/Amount").asInt()).isEqualTo(300);
    }

    @Test
    void anInsertWritesTheItem() throws IOException {
        json(run("partiql", "INSERT INTO \"" + table + "\" VALUE {'Id': 4, 'Amount': 400}"));
        assertThat(ids(json(run("partiql", "SELECT * FROM \"" + table + "\"")))).contains("4");
    }

    @Test
    void anInvalidStatementIsOneLineAndWritesNothing() throws IOException {
        CliRun bad = run("partiql", "INSERT INTO \"" + table + "\" VALUE {'Id': 5, 'Amount': 500");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.errLines()).singleElement().asString()
                .startsWith("DynamoDB rejected the request on the PartiQL statement: ");
        assertThat(ids(json(run("partiql", "SELECT * FROM \"" + table + "\"")))).doesNotContain("5");
    }

    @Test
    void parametersThatAreNotAnArrayAreOneLine() {
        CliRun bad = run("partiql", "SELECT * FROM \"" + table + "\" WHERE Id = ?", "--parameters", "{\"N\": \"1\"}");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.errLines()).singleElement().asString().startsWith("--parameters is not a JSON array");
    }

    private static CliRun run(String... args) {
        List<String> withEndpoint = new ArrayList<>(List.of(args));
        withEndpoint.addAll(List.of("--endpoint", LocalDynamo.endpoint().toString()));
        return CliRun.of(withEndpoint.toArray(String[]::new));
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("Items").forEach(item -> ids.add(item.at("/Id/N").asText()));
        return ids;
    }
}
