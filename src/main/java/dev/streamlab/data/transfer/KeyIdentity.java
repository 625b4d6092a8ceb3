package dev.streamlab.data.transfer;

import dev.streamlab.data.TableInfo;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An item's key as DynamoDB compares it: numbers by value, so "1" and "1.0" are the same key. */
record KeyIdentity(List<String> parts) {

    static KeyIdentity of(TableInfo table, Map<String, AttributeValue> item) {
        return new KeyIdentity(table.key().attributes().stream().map(name -> part(item.get(name))).toList());
    }

    private static String part(AttributeValue value) {
        if (value.n() != null) {
            return "N" + new BigDecimal(value.n()).stripTrailingZeros().toPlainString();
        }
        return value.s() != null ? "S" + value.s() : "B" + Base64.getEncoder().encodeToString(value.b().asByteArray());
    }
}
