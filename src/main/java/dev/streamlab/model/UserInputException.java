package dev.streamlab.model;

/**
 * A mistake the user can fix. Its message is one sentence: what was wrong, where, and what to do.
 * Front ends show the message alone; the stack trace goes to the log at debug level only.
 */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
