package dev.streamlab.connect;

import dev.streamlab.model.UserInputException;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
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
    /** DynamoDB Local answers in milliseconds: a silent one is reported in seconds, not minutes. */
    private static final Duration LOCAL_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration AWS_TIMEOUT = Duration.ofSeconds(60);

    private ClientFactory() {
    }

    /** The dummy key StreamLab uses with DynamoDB Local, for clients built elsewhere (Lambda handlers' own). */
    public static AwsBasicCredentials localCredentials() {
        return LOCAL_CREDENTIALS;
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
        Duration timeout = profile.isLocal() ? LOCAL_TIMEOUT : AWS_TIMEOUT;
        builder.region(Region.of(profile.region()))
                .credentialsProvider(credentials)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(timeout)
                        .build());
        profile.endpoint().ifPresent(builder::endpointOverride);
        if (builder instanceof AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClientBuilder(ApacheHttpClient.builder()
                    .connectionTimeout(CONNECT_TIMEOUT)
                    .socketTimeout(timeout)
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
