package dev.streamlab.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

class AwsProfilesTest {

    @Test
    void profilesOfBothFilesAreListedByNameWithTheirRegion(@TempDir Path aws) throws Exception {
        Path config = Files.writeString(aws.resolve("config"), """
                [default]
                region = us-east-2
                [profile work]
                region = eu-west-1
                """);
        Path credentials = Files.writeString(aws.resolve("credentials"), """
                [ci]
                aws_access_key_id = AKIAEXAMPLE
                aws_secret_access_key = secretsecret
                """);
        var profiles = new AwsProfiles(() -> ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
                .addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build())
                .build());

        assertThat(profiles.list()).containsExactly(new AwsProfiles.Profile("ci", Optional.empty()),
                new AwsProfiles.Profile("default", Optional.of("us-east-2")),
                new AwsProfiles.Profile("work", Optional.of("eu-west-1")));
    }

    @Test
    void unreadableFilesMeanNoProfilesRatherThanAFailure() {
        var profiles = new AwsProfiles(() -> {
            throw new IllegalStateException("no home");
        });

        assertThat(profiles.list()).isEmpty();
    }
}
