package dev.streamlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.connect.SavedConnection;
import dev.streamlab.connect.SavedConnection.Kind;
import dev.streamlab.data.ConnectionsFile.SavedConnections;
import dev.streamlab.model.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsFileTest {

    private static final SavedConnection DOCKER = SavedConnection.checked("docker", Kind.LOCAL,
            "http://dynamodb-local:8000", "", "");
    private static final SavedConnection PROD = SavedConnection.checked("prod", Kind.AWS, "", "work", "eu-west-1");

    @Test
    void savedConnectionsComeBackAsTheyWereWithTheLastOneUsed(@TempDir Path home) {
        var file = new ConnectionsFile(home.resolve(".streamlab/connections.json"));

        file.write(new SavedConnections(List.of(DOCKER, PROD), Optional.of("prod")));

        assertThat(file.read()).isEqualTo(new SavedConnections(List.of(DOCKER, PROD), Optional.of("prod")));
    }

    @Test
    void theFileHoldsNamesUrlsProfilesAndRegionsOnlyAndOnlyItsOwnerReadsIt(@TempDir Path home) throws Exception {
        Path path = home.resolve(".streamlab/connections.json");

        new ConnectionsFile(path).write(new SavedConnections(List.of(PROD), Optional.empty()));

        String text = Files.readString(path);
        assertThat(text).contains("\"profile\": \"work\"").doesNotContainIgnoringCase("key")
                .doesNotContainIgnoringCase("secret").doesNotContainIgnoringCase("token");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void rememberingTheLastConnectionSavesOneFoundInAwsConfigFirst(@TempDir Path home) {
        var file = new ConnectionsFile(home.resolve("connections.json"));
        file.write(new SavedConnections(List.of(DOCKER), Optional.of("docker")));

        file.rememberLast(PROD);

        assertThat(file.read()).isEqualTo(new SavedConnections(List.of(DOCKER, PROD), Optional.of("prod")));
    }

    @Test
    void aFileBrokenByHandIsOneSentenceAndIsMovedAsideRatherThanWrittenOver(@TempDir Path home) throws Exception {
        Path path = Files.writeString(home.resolve("connections.json"), "{\"connections\": [{\"name\": \"x\",");
        var file = new ConnectionsFile(path);

        assertThatThrownBy(file::read).isInstanceOf(UserInputException.class)
                .hasMessage("The connections file " + path + " is not JSON (line 1): fix it or move it aside; the"
                        + " window starts without it.");
        file.write(new SavedConnections(List.of(DOCKER), Optional.empty()));

        assertThat(Files.readString(home.resolve("connections.json.broken"))).startsWith("{\"connections\": [{");
        assertThat(file.read().connections()).containsExactly(DOCKER);
    }

    @Test
    void anEntryThatCannotBeUsedIsNamedWithItsReason(@TempDir Path home) throws Exception {
        Path path = Files.writeString(home.resolve("connections.json"), """
                {"connections": [{"name": "prod", "kind": "aws", "profile": "work"}]}""");

        assertThatThrownBy(() -> new ConnectionsFile(path).read())
                .hasMessageContaining("has a connection that cannot be used (Connection \"prod\" is on AWS but has"
                        + " no region: give one, e.g. eu-west-1)");
    }
}
