package dev.streamlab.connect;

import dev.streamlab.model.UserInputException;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/**
 * Asks a local endpoint one cheap question before it is used, so that a port held by something else
 * (another web server, a hung process) is named at once instead of failing later or hanging.
 */
final class LocalAnswerCheck {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(3);

    private LocalAnswerCheck() {
    }

    static void require(Clients clients) {
        String endpoint = clients.profile().endpoint().map(Object::toString).orElse("the endpoint");
        try {
            clients.dynamo().listTables(r -> r.limit(1)
                    .overrideConfiguration(o -> o.apiCallTimeout(ANSWER_TIMEOUT)));
        } catch (ApiCallTimeoutException e) {
            throw new UserInputException(endpoint + " accepts connections but did not answer within "
                    + ANSWER_TIMEOUT.toSeconds() + " seconds: check that DynamoDB Local runs there and is not stuck.", e);
        } catch (AwsServiceException e) {
            if (e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null) {
                throw new UserInputException(endpoint + " answered HTTP " + e.statusCode()
                        + " but not as DynamoDB: check that --endpoint points at DynamoDB Local.", e);
            }
            throw e;
        }
    }
}
