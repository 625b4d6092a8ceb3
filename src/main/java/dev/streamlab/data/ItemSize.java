package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An item's size as DynamoDB counts it (names plus values), and its 400 KB limit. */
public final class ItemSize {

    public static final long LIMIT_BYTES = 400 * 1024;

    private ItemSize() {
    }

    public static void requireWithinLimit(Map<String, AttributeValue> item, String where) {
        long size = of(item);
        if (size > LIMIT_BYTES) {
            throw new UserInputException(String.format(Locale.ROOT,
                    "%s is %.1f KB, over DynamoDB's 400 KB item limit: make it smaller, e.g. keep large values in S3"
                            + " and store their keys.", where, size / 1024.0));
        }
    }

    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (var entry : item.entrySet()) {
            size += utf8(entry.getKey()) + of(entry.getValue());
        }
        return size;
    }

    private static long of(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> numberSize(value.n());
            case B -> value.b().asByteArrayUnsafe().length;
            case BOOL, NUL -> 1;
            case SS -> value.ss().stream().mapToLong(ItemSize::utf8).sum();
            case NS -> value.ns().stream().mapToLong(ItemSize::numberSize).sum();
            case BS -> value.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
            case L -> 3 + value.l().stream().mapToLong(v -> 1 + of(v)).sum();
            case M -> 3 + value.m().entrySet().stream().mapToLong(e -> 1 + utf8(e.getKey()) + of(e.getValue())).sum();
            case UNKNOWN_TO_SDK_VERSION -> 0;
        };
    }

    /** DynamoDB stores numbers in about one byte per two significant digits, plus one. */
    private static long numberSize(String number) {
        int digits = new BigDecimal(number).stripTrailingZeros().precision();
        return (digits + 1) / 2 + 1;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
