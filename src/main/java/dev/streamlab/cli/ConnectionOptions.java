package dev.streamlab.cli;

import dev.streamlab.connect.Connection;
import dev.streamlab.connect.Connector;
import dev.streamlab.connect.ProfileOptions;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that talks to DynamoDB takes. */
final class ConnectionOptions {

    @Option(names = {"--endpoint", "--endpoint-url"}, paramLabel = "URL",
            description = "DynamoDB endpoint (default: http://localhost:8000, DynamoDB Local).")
    String endpoint;

    @Option(names = "--region", description = "Region (default: us-east-1 locally, else your AWS configuration's).")
    String region;

    @Option(names = "--profile", paramLabel = "NAME", description = "Connect to AWS with this profile from ~/.aws.")
    String profile;

    @Option(names = "--aws", description = "Connect to AWS with the default credential chain.")
    boolean aws;

    Connection open() {
        return Connector.connect(ProfileOptions.resolve(Optional.ofNullable(endpoint), Optional.ofNullable(region),
                Optional.ofNullable(profile), aws));
    }
}
