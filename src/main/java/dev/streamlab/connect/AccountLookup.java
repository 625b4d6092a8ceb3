package dev.streamlab.connect;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** The AWS account a connection acts in (STS GetCallerIdentity), so the window can say whose data this is. */
public final class AccountLookup {

    /** The title can wait a little for the account, never the connection. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private AccountLookup() {
    }

    /** Empty for local connections, and when STS cannot be reached or refuses: the account is shown, not needed. */
    public static Optional<String> account(Connection connection) {
        ConnectionProfile profile = connection.profile();
        if (profile.isLocal()) {
            return Optional.empty();
        }
        try (StsClient sts = StsClient.builder().region(Region.of(profile.region()))
                .credentialsProvider(connection.clients().dynamo().serviceClientConfiguration().credentialsProvider())
                .overrideConfiguration(config -> config.apiCallTimeout(TIMEOUT))
                .build()) {
            return Optional.ofNullable(sts.getCallerIdentity().account());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
