package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Turns what DynamoDB or the SDK throws at a user's request into one sentence the user can act on. */
public final class SdkErrors {

    private SdkErrors() {
    }

    public static <T> T translate(Supplier<T> call) {
        return translate(call, "the table");
    }

    /** @param subject what the request was about, e.g. "table Orders" */
    public static <T> T translate(Supplier<T> call, String subject) {
        try {
            return call.get();
        } catch (ResourceNotFoundException e) {
            throw new UserInputException(capitalised(subject) + " does not exist here: check the name against the list of tables.", e);
        } catch (ResourceInUseException e) {
            throw new UserInputException(capitalised(subject) + " is in use (" + firstSentence(e)
                    + "): wait until it is ACTIVE, or drop it first.", e);
        } catch (ConditionalCheckFailedException e) {
            throw new UserInputException("The condition on " + subject + " was not met, so nothing was written.", e);
        } catch (AwsServiceException e) {
            throw translateService(e, subject);
        } catch (SdkClientException e) {
            if (String.valueOf(e.getMessage()).contains("credentials")) {
                throw new UserInputException("No AWS credentials could be loaded for " + subject
                        + ": run `aws configure` (or `aws sso login`), or name a profile with --profile.", e);
            }
            throw new UserInputException("DynamoDB did not answer (" + rootMessage(e)
                    + "): check that the endpoint runs and is reachable, then try again.", e);
        }
    }

    private static RuntimeException translateService(AwsServiceException e, String subject) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        if (code == null) {
            return new UserInputException("The endpoint answered HTTP " + e.statusCode()
                    + " without a DynamoDB error, so it is probably not DynamoDB: check --endpoint.", e);
        }
        switch (code) {
            case "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException",
                    "AccessDeniedException", "MissingAuthenticationTokenException" -> {
                return new UserInputException("AWS refused the request on " + subject + " (" + code + ": "
                        + firstSentence(e) + "): check your credentials, profile and region.", e);
            }
            case "ValidationException", "SerializationException" -> {
                return new UserInputException("DynamoDB rejected the request on " + subject + ": "
                        + firstSentence(e) + ".", e);
            }
            default -> {
                return e;
            }
        }
    }

    private static String firstSentence(AwsServiceException e) {
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int end = message.indexOf(" (Service:");
        String text = end > 0 ? message.substring(0, end) : message;
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
