package dev.streamlab.connect;

import dev.streamlab.model.UserInputException;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The one place that builds SDK clients for a connection profile. */
public final class ClientFactory {

    /** DynamoDB Local accepts any key; with -sharedDb it ignores it altogether. */
    static final AwsBasicCredentials LOCAL_CREDENTIALS = AwsBasicCredentials.create("streamlab", "streamlab");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private ClientFactory() {
    }

    public static Clients open(ConnectionProfile profile) {
        return new Clients(profile,
                configure(DynamoDbClient.builder(), profile, credentialsFor(profile)).build(),
                configure(DynamoDbStreamsClient.builder(), profile, credentialsFor(profile)).build());
    }

    /** A DynamoDB client for a local endpoint under given credentials and region (used to probe -sharedDb). */
    static DynamoDbClient localClient(ConnectionProfile profile, AwsBasicCredentials credentials, String region) {
        var withRegion = new ConnectionProfile(profile.endpoint(), profile.awsProfile(), region, true);
        return configure(DynamoDbClient.builder(), withRegion, StaticCredentialsProvider.create(credentials)).build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B configure(B builder, ConnectionProfile profile,
            AwsCredentialsProvider credentials) {
        builder.region(Region.of(profile.region()))
                .credentialsProvider(credentials)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(CALL_TIMEOUT)
                        .build());
        profile.endpoint().ifPresent(builder::endpointOverride);
        if (builder instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClientBuilder(ApacheHttpClient.builder()
                    .connectionTimeout(CONNECT_TIMEOUT)
                    .maxConnections(64));
        }
        return builder;
    }

    private static AwsCredentialsProvider credentialsFor(ConnectionProfile profile) {
        if (profile.isLocal()) {
            return StaticCredentialsProvider.create(LOCAL_CREDENTIALS);
        }
        return profile.awsProfile()
                .<AwsCredentialsProvider>map(name -> {
                    requireProfileExists(name);
                    return ProfileCredentialsProvider.create(name);
                })
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    private static void requireProfileExists(String name) {
        var profiles = ProfileFile.defaultProfileFile().profiles();
        if (!profiles.containsKey(name)) {
            throw new UserInputException("There is no AWS profile named \"" + name
                    + "\" in ~/.aws/config or ~/.aws/credentials: check the name or run `aws configure --profile "
                    + name + "`.");
        }
    }
}
