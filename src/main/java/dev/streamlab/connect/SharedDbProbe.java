package dev.streamlab.connect;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * Explains an empty table list on a DynamoDB Local started without -sharedDb, where every access key
 * and region has a database of its own: it looks under the keys and regions tutorials commonly use.
 */
public final class SharedDbProbe {

    // Few on purpose: such a server may keep a database file for every key and region it is asked about.
    private static final List<String> COMMON_KEYS = List.of("fakeMyKeyId", "dummy", "local", "test");
    private static final List<String> COMMON_REGIONS = List.of("us-east-1", "localhost", "local", "us-west-2");

    private SharedDbProbe() {
    }

    /** A sentence saying where tables were found instead, when any were. Reads only; writes nothing. */
    public static Optional<String> explainEmpty(ConnectionProfile profile) {
        var own = ClientFactory.LOCAL_CREDENTIALS;
        for (String key : COMMON_KEYS) {
            for (String region : COMMON_REGIONS) {
                int count = tableCount(profile, AwsBasicCredentials.create(key, "secret"), region);
                // Tables made meanwhile under StreamLab's own key too mean one shared database, not a hidden one.
                if (count > 0 && tableCount(profile, own, profile.region()) == 0) {
                    return Optional.of("This DynamoDB Local runs without -sharedDb, so each access key and region"
                            + " has its own tables: none under StreamLab's key \"" + own.accessKeyId() + "\" in "
                            + profile.region() + ", but " + count + " under key \"" + key + "\" in region " + region
                            + "; restart it with -sharedDb (e.g. `-jar DynamoDBLocal.jar -sharedDb`) to see them all.");
                }
            }
        }
        return Optional.empty();
    }

    private static int tableCount(ConnectionProfile profile, AwsBasicCredentials credentials, String region) {
        try (var client = ClientFactory.localClient(profile, credentials, region)) {
            return client.listTables(r -> r.limit(100)).tableNames().size();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
