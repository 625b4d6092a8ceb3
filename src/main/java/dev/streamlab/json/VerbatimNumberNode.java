package dev.streamlab.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact JSON number that prints the digits DynamoDB holds. Jackson's DecimalNode would print
 * 0.000000000000000000000000000000000001 as 1E-36 and cannot be subclassed to stop it.
 */
final class VerbatimNumberNode extends NumericNode {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    private final String text;
    private final BigDecimal value;
    private final boolean integral;

    /** @param number a DynamoDB number (BigDecimal syntax) */
    VerbatimNumberNode(String number) {
        this.value = new BigDecimal(number);
        this.text = DynamoNumbers.jsonText(number);
        this.integral = DynamoNumbers.isIntegralText(text);
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(text);
    }

    @Override
    public JsonToken asToken() {
        return integral ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
    }

    @Override
    public NumberType numberType() {
        return integral ? NumberType.BIG_INTEGER : NumberType.BIG_DECIMAL;
    }

    @Override
    public boolean isIntegralNumber() {
        return integral;
    }

    @Override
    public boolean isFloatingPointNumber() {
        return !integral;
    }

    @Override
    public boolean isBigInteger() {
        return integral;
    }

    @Override
    public boolean isBigDecimal() {
        return !integral;
    }

    @Override
    public Number numberValue() {
        return integral ? value.toBigInteger() : value;
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public BigDecimal decimalValue() {
        return value;
    }

    @Override
    public BigInteger bigIntegerValue() {
        return value.toBigInteger();
    }

    @Override
    public boolean canConvertToInt() {
        return value.compareTo(MIN_INT) >= 0 && value.compareTo(MAX_INT) <= 0;
    }

    @Override
    public boolean canConvertToLong() {
        return value.compareTo(MIN_LONG) >= 0 && value.compareTo(MAX_LONG) <= 0;
    }

    @Override
    public String asText() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerbatimNumberNode node && value.compareTo(node.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }
}
