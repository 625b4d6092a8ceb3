package dev.streamlab.data;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's type tags (S, N, B, …) of attribute values, and words for them in messages. */
final class AttributeTypes {

    private AttributeTypes() {
    }

    static String tagOf(AttributeValue value) {
        return switch (value.type()) {
            case S -> "S";
            case N -> "N";
            case B -> "B";
            case BOOL -> "BOOL";
            case NUL -> "NULL";
            case M -> "M";
            case L -> "L";
            case SS -> "SS";
            case NS -> "NS";
            case BS -> "BS";
            case UNKNOWN_TO_SDK_VERSION -> "?";
        };
    }

    static String wordFor(String tag) {
        return switch (tag) {
            case "S" -> "a string";
            case "N" -> "a number";
            case "B" -> "binary";
            default -> tag;
        };
    }
}
