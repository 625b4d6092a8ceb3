package dev.streamlab.json;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The type of an attribute value about to be written; values without one are a caller's bug, not the user's. */
final class AttributeTypes {

    private AttributeTypes() {
    }

    /** The SDK reports no type (null) when a builder set two members, e.g. both S and N. */
    static AttributeValue.Type of(AttributeValue value, String path) {
        if (value.type() == null) {
            throw unknown(value, path);
        }
        return value.type();
    }

    /** The DynamoDB JSON type tag (S, N, B, BOOL, NULL, M, L, SS, NS, BS) of a value. */
    static String tagOf(AttributeValue value, String path) {
        AttributeValue.Type type = of(value, path);
        if (type == AttributeValue.Type.UNKNOWN_TO_SDK_VERSION) {
            throw unknown(value, path);
        }
        return type == AttributeValue.Type.NUL ? "NULL" : type.name();
    }

    /** For UNKNOWN_TO_SDK_VERSION: an empty builder, or a type newer than this SDK. */
    static IllegalArgumentException unknown(AttributeValue value, String path) {
        return new IllegalArgumentException("Attribute \"" + path + "\" has no single value of a type StreamLab"
                + " can write: " + value);
    }
}
