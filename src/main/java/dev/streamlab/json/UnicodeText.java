package dev.streamlab.json;

import dev.streamlab.model.UserInputException;

/**
 * Refuses text with a lone UTF-16 surrogate (JSON can write one, as "\ud800"): it is not Unicode, DynamoDB would
 * store it mangled, and it would come back as "?".
 */
final class UnicodeText {

    /** Makes the message for a problem at an attribute path. */
    @FunctionalInterface
    interface Problem {
        UserInputException at(String path, String what);
    }

    private UnicodeText() {
    }

    static String require(String text, Problem problem, String path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw problem.at(path, String.format("has a lone surrogate \\u%04x at character %d of its text, which"
                        + " is not Unicode: remove it, or write the whole character (a pair of surrogates)", (int) c, i + 1));
            }
        }
        return text;
    }
}
