package dev.streamlab.trigger.lambda;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.ConnectionProfile;

/**
 * Points SDK v2 clients that a handler builds itself ({@code DynamoDbClient.create()}) at the connection, through
 * the system properties the SDK reads when nothing is set on the builder. They are JVM-wide: the last connection a
 * host started with wins.
 */
final class SdkDefaults {

    static final String REGION = "aws.region";
    /** Service-specific, so a handler's clients for other services (S3, SQS…) are not sent to DynamoDB Local. */
    static final String DYNAMODB_ENDPOINT = "aws.endpointUrlDynamoDb";
    static final String STREAMS_ENDPOINT = "aws.endpointUrlDynamoDbStreams";
    static final String ACCESS_KEY = "aws.accessKeyId";
    static final String SECRET_KEY = "aws.secretAccessKey";

    private SdkDefaults() {
    }

    static void pointAt(ConnectionProfile profile) {
        System.setProperty(REGION, profile.region());
        if (!profile.isLocal()) {
            // On AWS the handler keeps its own credential chain: real credentials are never written anywhere.
            return;
        }
        String endpoint = profile.endpoint().orElseThrow().toString();
        System.setProperty(DYNAMODB_ENDPOINT, endpoint);
        System.setProperty(STREAMS_ENDPOINT, endpoint);
        // The same dummy key as StreamLab's own clients: without -sharedDb, DynamoDB Local keeps one database per key.
        System.setProperty(ACCESS_KEY, ClientFactory.localCredentials().accessKeyId());
        System.setProperty(SECRET_KEY, ClientFactory.localCredentials().secretAccessKey());
    }
}
