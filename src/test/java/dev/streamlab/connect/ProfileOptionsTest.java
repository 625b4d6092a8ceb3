package dev.streamlab.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileOptionsTest {

    @Test
    void noOptionsMeansDynamoDbLocalOnPort8000() {
        var profile = ProfileOptions.resolve(Optional.empty(), Optional.empty(), Optional.empty(), false);
        assertThat(profile.isLocal()).isTrue();
        assertThat(profile.endpoint()).contains(URI.create("http://localhost:8000"));
        assertThat(profile.region()).isEqualTo("us-east-1");
    }

    @Test
    void aRemoteEndpointIsNotLocalSoDestructiveCommandsNeedConfirmation() {
        var profile = ProfileOptions.resolve(Optional.of("https://dynamodb.eu-west-1.amazonaws.com"),
                Optional.of("eu-west-1"), Optional.empty(), false);
        assertThat(profile.isLocal()).isFalse();
        assertThat(ProfileOptions.resolve(Optional.of("http://127.0.0.1:8123"), Optional.empty(), Optional.empty(),
                false).isLocal()).isTrue();
    }

    @Test
    void aPlainHttpHostThatIsNotAwsIsDynamoDbLocal() {
        assertThat(ProfileOptions.resolve(Optional.of("http://dynamodb-local:8000"), Optional.empty(),
                Optional.empty(), false).isLocal()).as("the docker compose service name").isTrue();
        assertThat(ProfileOptions.resolve(Optional.of("http://dynamodb.us-east-1.amazonaws.com"),
                Optional.of("us-east-1"), Optional.empty(), false).isLocal()).as("AWS over http").isFalse();
    }

    @Test
    void anEndpointThatIsNotAUrlIsOneSentence() {
        assertThatThrownBy(() -> ProfileOptions.resolve(Optional.of("localhost:8000"), Optional.empty(),
                Optional.empty(), false))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The endpoint \"localhost:8000\" is not a URL: give one like http://localhost:8000.");
    }

    @Test
    void anUnknownAwsProfileIsNamed() {
        var profile = ProfileOptions.resolve(Optional.empty(), Optional.of("eu-west-1"),
                Optional.of("no-such-profile-here"), false);
        assertThatThrownBy(() -> ClientFactory.open(profile))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("There is no AWS profile named \"no-such-profile-here\"");
    }
}
