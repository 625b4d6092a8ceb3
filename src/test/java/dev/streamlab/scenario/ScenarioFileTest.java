package dev.streamlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reading a scenario file: a valid one whole, and every kind of mistake as one sentence naming file and field. */
class ScenarioFileTest {

    private static final String VALID = """
            {
              "title": "Users",
              "description": "Users get a flag.",
              "tables": ["../tables/Users.json", "../tables/Notes.json"],
              "mappings": ["../mappings/checker.json"],
              "seed": ["../items/Users.json"],
              "stepThroughTriggers": "suggested",
              "steps": [
                {"caption": "Ann joins.", "captionWhenStepping": "Ann joins; press Step.",
                 "put": {"table": "Users", "item": {"Id": {"S": "ID1"}, "Email": {"S": "ann@gmail.com"}}}},
                {"caption": "Ann gets a name.",
                 "update": {"table": "Users", "key": {"Id": {"S": "ID1"}}, "update": "SET #n = :name",
                            "names": {"#n": "Name"}, "values": {":name": {"S": "Ann"}}}},
                {"caption": "Ann leaves.", "delete": {"table": "Users", "key": {"Id": {"S": "ID1"}}}},
                {"caption": "That is all."}
              ]
            }
            """;

    @TempDir
    Path folder;
    private Path file;

    @BeforeEach
    void writeTheFilesItNames() throws IOException {
        write("tables/Users.json", """
                {"TableName": "Users", "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
                """);
        write("tables/Notes.json", """
                {"TableName": "Notes", "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "N"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}]}
                """);
        write("mappings/checker.json", mapping("Users"));
        write("items/Users.json", "{\"Users\": [{\"PutRequest\": {\"Item\": {\"Id\": {\"S\": \"ID9\"}}}}]}");
        file = folder.resolve("scenarios").resolve("users.json");
    }

    @Test
    void readsAValidFileWholeWithPathsRelativeToItsFolder() {
        Scenario scenario = parse(VALID);

        assertThat(scenario.title()).isEqualTo("Users");
        assertThat(scenario.tables()).extracting(TableFile::name).containsExactly("Users", "Notes");
        assertThat(scenario.mappings()).extracting(MappingSource::path)
                .containsExactly(folder.resolve("mappings/checker.json"));
        assertThat(scenario.seed().get("Users")).containsExactly(Map.of("Id", AttributeValue.fromS("ID9")));
        assertThat(scenario.stepThrough()).isEqualTo(StepThrough.SUGGESTED);
        assertThat(scenario.steps()).extracting(step -> step.write().map(write -> write.getClass().getSimpleName()))
                .containsExactly(Optional.of("Put"), Optional.of("Update"), Optional.of("Delete"), Optional.empty());
        assertThat(scenario.steps().get(0).caption(true)).isEqualTo("Ann joins; press Step.");
        assertThat(scenario.steps().get(1).caption(true)).isEqualTo("Ann gets a name.");
    }

    @Test
    void optionalPartsMayBeLeftOut() {
        Scenario scenario = parse("""
                {"title": "Talk", "description": "Only words.", "steps": [{"caption": "Hello."}]}
                """);

        assertThat(scenario.tables()).isEmpty();
        assertThat(scenario.stepThrough()).isEqualTo(StepThrough.OPTIONAL);
        assertThat(scenario.offersStepping()).isFalse();
        assertThat(scenario.steps().get(0).write()).isEmpty();
    }

    @Test
    void brokenJsonNamesTheLineAndColumn() {
        assertMistake(VALID.replace("\"Users get a flag.\",", "\"Users get a flag.\""))
                .hasMessageStartingWith(file + " is not valid JSON at line 4, column 3: ");
        assertMistake("{\"title\": \"a\", \"title\": \"b\"}").hasMessageContaining("Duplicate field 'title'");
    }

    @Test
    void anUnknownOrMisspelledFieldIsNamedWithTheKnownOnes() {
        assertMistake(VALID.replace("\"captionWhenStepping\"", "\"captionWhenSteping\""))
                .hasMessage(file + ": steps[0] (line 9, column 31) has an unknown field \"captionWhenSteping\"; the"
                        + " known ones are caption, captionWhenStepping, put, update, delete.");
        assertMistake(VALID.replace("\"names\"", "\"nmaes\""))
                .hasMessageStartingWith(file + ": steps[1].update (line 13, column 17) has an unknown field \"nmaes\";");
    }

    @Test
    void aMissingRequiredPartSaysWhatToGive() {
        assertMistake(VALID.replace("\"title\": \"Users\",", ""))
                .hasMessageStartingWith(file + " has no \"title\"; give the title the scenario bar shows");
        assertMistake("{\"title\": \"T\", \"description\": \"D\", \"steps\": []}")
                .hasMessageStartingWith(file + " has no steps; give \"steps\": [");
        assertMistake(VALID.replace("{\"caption\": \"That is all.\"}", "{}"))
                .hasMessage(file + ": steps[3] (line 15, column 6) has no \"caption\"; give the sentence the presenter"
                        + " reads for this step.");
        assertMistake(VALID.replace(", \"item\": {\"Id\": {\"S\": \"ID1\"}, \"Email\": {\"S\": \"ann@gmail.com\"}}", ""))
                .hasMessageStartingWith(file + ": steps[0].put (line 10, column 30) has no \"item\"; give the item");
    }

    @Test
    void aValueOfTheWrongKindIsNamed() {
        assertMistake(VALID.replace("\"title\": \"Users\"", "\"title\": 7"))
                .hasMessage(file + ": title (line 2, column 12) is 7; it must be a string.");
        assertMistake(VALID.replace("\"suggested\"", "\"sometimes\""))
                .hasMessage(file + ": stepThroughTriggers (line 7, column 26) must be \"optional\", \"suggested\" or"
                        + " \"never\".");
        assertMistake(VALID.replace("\"tables\": [", "\"tables\": [3, "))
                .hasMessageStartingWith(file + ": tables[0] (line 4, column 14) is 3; it must be a string.");
    }

    @Test
    void aStepMakesAtMostOneWrite() {
        assertMistake(VALID.replace("\"delete\": {\"table\": \"Users\", \"key\": {\"Id\": {\"S\": \"ID1\"}}}",
                "\"delete\": {\"table\": \"Users\", \"key\": {\"Id\": {\"S\": \"ID1\"}}}, \"put\": {}"))
                .hasMessageStartingWith(file + ": steps[2].put (line 14, column 98) is a second write; a step makes"
                        + " at most one of put, update, delete: split it into two steps.");
    }

    @Test
    void anItemThatIsNotDynamoDbJsonNamesItsPlace() {
        assertMistake(VALID.replace("{\"S\": \"ann@gmail.com\"}", "\"ann@gmail.com\""))
                .hasMessageStartingWith(file + ": steps[0].put.item: attribute \"Email\" at line 10, column ");
    }

    @Test
    void aFileItNamesMustExistRelativeToItsFolder() {
        assertMistake(VALID.replace("../mappings/checker.json", "mappings/checker.json"))
                .hasMessageStartingWith(file + ": mappings[0] names mappings/checker.json, which is not a file (")
                .hasMessageEndingWith("): give the path of a mapping file, relative to the scenario file's folder.");
    }

    @Test
    void everyTableItWritesOrMapsMustBeOneOfItsTableFiles() {
        assertMistake(VALID.replace("\"put\": {\"table\": \"Users\"", "\"put\": {\"table\": \"Userz\""))
                .hasMessage(file + ": steps[0].put writes table Userz, which none of the scenario's table files"
                        + " defines; they define Users, Notes: fix the name, or add its table file to \"tables\".");
        assertMistake(VALID.replace("\"../tables/Users.json\", ", ""))
                .hasMessageStartingWith(file + ": mappings[0] (" + folder.resolve("mappings/checker.json")
                        + ") runs checker on table Users, which none of the scenario's table files defines;");
        assertMistake(VALID.replace("\"../tables/Users.json\", \"../tables/Notes.json\"",
                "\"../tables/Users.json\", \"../tables/Users.json\""))
                .hasMessageContaining("which both define table Users; keep one of them.");
    }

    @Test
    void aMappedTableNeedsAStream() throws IOException {
        write("mappings/checker.json", mapping("Notes"));

        assertMistake(VALID).hasMessageContaining("runs checker on table Notes, but the table file "
                + folder.resolve("tables/Notes.json") + " enables no stream; add \"StreamSpecification\"");
    }

    @Test
    void keysAndItemsAreCheckedAgainstTheTableFile() throws IOException {
        assertMistake(VALID.replace("\"item\": {\"Id\": {\"S\": \"ID1\"}, ", "\"item\": {"))
                .hasMessage(file + ": steps[0].put.item lacks \"Id\" (S, the partition key of table Users): give every"
                        + " key attribute, Id (S).");
        assertMistake(VALID.replace("\"key\": {\"Id\": {\"S\": \"ID1\"}}, \"update\"",
                "\"key\": {\"Id\": {\"N\": \"1\"}}, \"update\""))
                .hasMessageStartingWith(file + ": steps[1].update.key gives \"Id\" as N, but table Users declares it S");
        assertMistake(VALID.replace("\"delete\": {\"table\": \"Users\", \"key\": {\"Id\": {\"S\": \"ID1\"}}}",
                "\"delete\": {\"table\": \"Users\", \"key\": {\"Id\": {\"S\": \"ID1\"}, \"Email\": {\"S\": \"x\"}}}"))
                .hasMessageStartingWith(file + ": steps[2].delete.key has \"Email\", which is not part of the key");

        write("items/Users.json", "{\"Users\": [{\"PutRequest\": {\"Item\": {\"Email\": {\"S\": \"x\"}}}}]}");
        assertMistake(VALID).hasMessageStartingWith("Item 1 of table Users in " + folder.resolve("items/Users.json")
                + " lacks \"Id\"");
    }

    @Test
    void anUpdatesPlaceholdersMustMatchItsNamesAndValues() {
        assertMistake(VALID.replace("\"#n\": \"Name\"", "\"#m\": \"Name\""))
                .hasMessage(file + ": the update expression of steps[1] uses #n but steps[1].update.names does not"
                        + " define it: add \"#n\": \"<attribute name>\" to steps[1].update.names.");
        assertMistake(VALID.replace("\"SET #n = :name\"", "\"SET #n = :nme\""))
                .hasMessageStartingWith(file + ": the update expression of steps[1] uses :nme but"
                        + " steps[1].update.values does not define it");
        assertMistake(VALID.replace("\":name\": {\"S\": \"Ann\"}", "\":name\": {\"S\": \"Ann\"}, \":x\": {\"N\": \"1\"}"))
                .hasMessage(file + ": steps[1].update.values defines :x but no expression uses it: remove it or use it.");
    }

    @Test
    void theScenarioFileItselfMustExist() {
        assertThatThrownBy(() -> ScenarioFile.read(folder.resolve("none.json")))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The scenario file " + folder.resolve("none.json") + " does not exist: check the path.");
    }

    private Scenario parse(String json) {
        return ScenarioFile.parse(json, file);
    }

    /** A user's mistake, told as one sentence that starts by naming the file. */
    private AbstractThrowableAssert<?, ? extends Throwable> assertMistake(String json) {
        return assertThatThrownBy(() -> parse(json))
                .isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").endsWith("."));
    }

    private static String mapping(String table) {
        return """
                {"functions": {"checker": {"Handler": "builtin:email-checker"}},
                 "eventSourceMappings": [{"FunctionName": "checker", "TableName": "%s", "StartingPosition": "LATEST"}]}
                """.formatted(table);
    }

    private void write(String path, String text) throws IOException {
        Path target = folder.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }
}
