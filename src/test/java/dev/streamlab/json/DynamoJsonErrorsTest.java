package dev.streamlab.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.model.UserInputException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class DynamoJsonErrorsTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> readingDynamo(String json) {
        return assertThatThrownBy(() -> ItemJson.readDynamo(json, "--item")).isInstanceOf(UserInputException.class);
    }

    @Test
    void malformedJsonNamesSourceLineColumnAndJacksonsReason() {
        readingDynamo("""
                {
                  "Id": {"S": "ID1"},
                }""")
                .hasMessage("--item is not valid JSON at line 3, column 1 (Unexpected character ('}'): was expecting"
                        + " double-quote to start field name): fix the JSON and try again.");
    }

    @Test
    void malformedJsonMessageLeavesOutJacksonInternals() {
        readingDynamo("{\"a\": {\"N\": NaN}}")
                .hasMessage("--item is not valid JSON at line 1, column 16 (Non-standard token 'NaN'): fix the JSON and"
                        + " try again.");
        readingDynamo("{\"a\": {\"S\": \"x\"}")
                .hasMessage("--item is not valid JSON at line 1, column 17 (Unexpected end-of-input: expected close"
                        + " marker for Object (start marker at line 1, column 1)): fix the JSON and try again.");
    }

    @Test
    void unknownTypeTagIsNamedWithItsPosition() {
        readingDynamo("""
                {
                  "Id": {"S": "ID1"},
                  "Email": {"STRING": "a@b.c"}
                }""")
                .hasMessage("--item: attribute \"Email\" at line 3, column 13 has type tag \"STRING\"; DynamoDB JSON"
                        + " uses one of S, N, B, BOOL, NULL, M, L, SS, NS, BS (e.g. {\"Email\": {\"S\": \"...\"}}).");
    }

    @Test
    void numberThatIsNotANumberIsShownAsWritten() {
        readingDynamo("""
                {
                  "Amount": {"N": "12,5"}
                }""")
                .hasMessage("--item: attribute \"Amount\" at line 2, column 19 has N \"12,5\", which is not a number:"
                        + " write it with a dot for decimals and no spaces or thousands separators, like \"12.5\".");
    }

    @Test
    void nanAndInfinityAreNotNumbers() {
        readingDynamo("{\"A\": {\"N\": \"NaN\"}}").hasMessageContaining("has N \"NaN\", which is not a number");
        readingDynamo("{\"A\": {\"NS\": [\"1\", \"Infinity\"]}}")
                .hasMessageContaining("has an NS member \"Infinity\", which is not a number");
    }

    @Test
    void errorsDeepInsideNameTheAttributePath() {
        readingDynamo("{\"eventData\": {\"M\": {\"parameters\": {\"M\": {\"date\": {\"S\": 20240101}}}}}}")
                .hasMessage("--item: attribute \"eventData.parameters.date\" at line 1, column 57 has S that is a"
                        + " number; write it like {\"S\": \"text\"}.");
        readingDynamo("{\"lines\": {\"L\": [{\"S\": \"a\"}, {\"N\": \"x\"}]}}")
                .hasMessageStartingWith("--item: attribute \"lines[1]\" at line 1, column 36 has N \"x\"");
    }

    @Test
    void plainValueWhereATypeTagBelongs() {
        readingDynamo("{\"Id\": \"ID1\"}")
                .hasMessage("--item: attribute \"Id\" at line 1, column 8 is a string, but DynamoDB JSON wraps every"
                        + " value in a type tag: write it like {\"S\": \"text\"} or {\"N\": \"12.5\"}.");
    }

    @Test
    void exactlyOneTypeTagPerValue() {
        readingDynamo("{\"Id\": {}}").hasMessageStartingWith("--item: attribute \"Id\" at line 1, column 9 has no type tag");
        readingDynamo("{\"Id\": {\"S\": \"a\", \"N\": \"1\"}}")
                .hasMessageStartingWith("--item: attribute \"Id\" at line 1, column 19 has a second type tag \"N\"");
        readingDynamo("{\"Id\": {\"s\": \"a\"}}").hasMessageContaining("has type tag \"s\"");
    }

    @Test
    void binaryMustBeBase64() {
        readingDynamo("{\"Data\": {\"B\": \"not base64!\"}}")
                .hasMessage("--item: attribute \"Data\" at line 1, column 16 has B \"not base64!\", which is not valid"
                        + " base64: encode the bytes as standard base64, like \"aGVsbG8=\".");
        readingDynamo("{\"Data\": {\"BS\": [\"aGVsbG8=\", \"%%\"]}}").hasMessageContaining("has a BS member \"%%\"");
    }

    @Test
    void boolMustBeABooleanAndNullMustBeTrue() {
        readingDynamo("{\"Ok\": {\"BOOL\": \"true\"}}")
                .hasMessage("--item: attribute \"Ok\" at line 1, column 17 has BOOL that is a string; write it like"
                        + " {\"BOOL\": true}.");
        readingDynamo("{\"Gone\": {\"NULL\": false}}")
                .hasMessage("--item: attribute \"Gone\" at line 1, column 19 has NULL that is false; write it like"
                        + " {\"NULL\": true}.");
    }

    @Test
    void setsMustBeNonEmptyAndWithoutDuplicates() {
        readingDynamo("{\"Tags\": {\"SS\": []}}")
                .hasMessage("--item: attribute \"Tags\" at line 1, column 17 has an empty SS, but DynamoDB sets cannot"
                        + " be empty: add a member or remove the attribute.");
        readingDynamo("{\"Tags\": {\"SS\": [\"a\", \"b\", \"a\"]}}")
                .hasMessage("--item: attribute \"Tags\" at line 1, column 28 has SS with \"a\" more than once, but"
                        + " DynamoDB sets cannot hold duplicates: remove the repeated member.");
        readingDynamo("{\"N\": {\"NS\": [\"1\", \"1.0\"]}}").hasMessageContaining("has NS with \"1.0\" more than once");
        readingDynamo("{\"B\": {\"BS\": [\"aGVsbG8=\", \"aGVsbG8\"]}}").hasMessageContaining("more than once");
        readingDynamo("{\"Tags\": {\"SS\": [\"a\", 1]}}").hasMessageContaining("has an SS member that is a number");
    }

    @Test
    void repeatedAttributeNamesAreRejected() {
        readingDynamo("{\"Id\": {\"S\": \"a\"}, \"Id\": {\"S\": \"b\"}}")
                .hasMessage("--item: attribute \"Id\" at line 1, column 20 appears twice in the same object: keep only"
                        + " one of them.");
    }

    @Test
    void topLevelMustBeOneObject() {
        readingDynamo("[{\"Id\": {\"S\": \"a\"}}]")
                .hasMessage("--item has an array at line 1, column 1 where a JSON object belongs: write it like"
                        + " {\"Id\": {\"S\": \"ID1\"}}.");
        readingDynamo("  ").hasMessage("--item is empty: give a JSON object like {\"Id\": {\"S\": \"ID1\"}}.");
        readingDynamo("{} {}").hasMessage("--item goes on after its object ends, at line 1, column 4: give exactly one"
                + " JSON object.");
    }

    @Test
    void plainReaderNamesDuplicatesAndMalformedInput() {
        assertThatThrownBy(() -> ItemJson.readPlain("{\"a\": 1,\n \"a\": 2}", "items/orders.json"))
                .hasMessage("items/orders.json: attribute \"a\" at line 2, column 2 appears twice in the same object:"
                        + " keep only one of them.");
        assertThatThrownBy(() -> ItemJson.readPlain("{\"a\": 01}", "items/orders.json"))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("items/orders.json is not valid JSON at line 1, column");
    }
}
