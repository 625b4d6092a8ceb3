package dev.streamlab.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.connect.SavedConnection.Kind;
import dev.streamlab.model.UserInputException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SavedConnectionTest {

    @Test
    void aLocalConnectionIsItsEndpointWithTheLocalRegionUnlessOneIsGiven() {
        var docker = SavedConnection.checked(" docker ", Kind.LOCAL, "http://dynamodb-local:8000", "", "");

        assertThat(docker.name()).isEqualTo("docker");
        assertThat(docker.profile()).isEqualTo(ConnectionProfile.local(URI.create("http://dynamodb-local:8000")));
        assertThat(docker.isAws()).isFalse();
    }

    @Test
    void anAwsConnectionKeepsTheProfileNameAndRegionOnly() {
        var prod = SavedConnection.checked("prod", Kind.AWS, "", "work", "eu-west-1");

        assertThat(prod.profile()).isEqualTo(ConnectionProfile.aws(Optional.of("work"), "eu-west-1"));
        assertThat(prod.where()).isEqualTo("profile work · eu-west-1");
    }

    @Test
    void eachMistakeIsOneSentenceNamingTheField() {
        assertThatThrownBy(() -> SavedConnection.checked(" ", Kind.LOCAL, "http://localhost:8000", "", ""))
                .isInstanceOf(UserInputException.class).hasMessageStartingWith("The connection has no name");
        assertThatThrownBy(() -> SavedConnection.checked("x", Kind.LOCAL, "", "", ""))
                .hasMessage("Connection \"x\" is local but has no endpoint: give its URL, e.g. http://localhost:8000.");
        assertThatThrownBy(() -> SavedConnection.checked("x", Kind.LOCAL, "localhost:8000", "", ""))
                .hasMessageStartingWith("The endpoint \"localhost:8000\" is not a URL");
        assertThatThrownBy(() -> SavedConnection.checked("x", Kind.LOCAL, "https://dynamodb.eu-west-1.amazonaws.com",
                "", "")).hasMessageContaining("not DynamoDB Local: choose AWS for it");
        assertThatThrownBy(() -> SavedConnection.checked("x", Kind.AWS, "", "work", " "))
                .hasMessage("Connection \"x\" is on AWS but has no region: give one, e.g. eu-west-1.");
    }
}
