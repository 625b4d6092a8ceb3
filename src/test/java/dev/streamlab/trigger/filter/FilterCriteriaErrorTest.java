package dev.streamlab.trigger.filter;

import static dev.streamlab.trigger.filter.Records.criteria;
import static dev.streamlab.trigger.filter.Records.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.model.UserInputException;
import org.junit.jupiter.api.Test;

class FilterCriteriaErrorTest {

    private static final String FILTER_1 = "mapping 2 (FunctionName email-checker), filter 1, ";

    private static String rejection(String... patterns) {
        return message(() -> criteria(patterns));
    }

    private static String rejection(JsonNode filterCriteria) {
        return message(() -> FilterCriteria.parse(filterCriteria, Records.WHERE));
    }

    private static String message(Runnable parse) {
        UserInputException error = catchThrowableOfType(UserInputException.class, parse::run);
        assertThat(error).as("rejected").isNotNull();
        // one sentence, as front ends show it alone
        assertThat(error.getMessage()).doesNotContain("\n").endsWith(".");
        return error.getMessage();
    }

    @Test
    void patternThatIsNotJsonGivesLineAndColumn() {
        assertThat(rejection("{\"eventName\": [\"INSERT\"]\n \"dynamodb\": {}}"))
                .startsWith(FILTER_1 + "Pattern: is not valid JSON at line 2, column 2 (")
                .endsWith("); write a JSON object such as {\"eventName\": [\"INSERT\"]}, with its quotes escaped"
                        + " inside the Pattern string.");
        assertThat(rejection("{\"eventName\": [\"INSERT\"]} extra")).contains("is not valid JSON at line 1");
        assertThat(rejection("")).isEqualTo(FILTER_1 + "Pattern: is empty; write a JSON object such as"
                + " {\"eventName\": [\"INSERT\"]}.");
    }

    @Test
    void patternMustBeAnObjectWithFields() {
        assertThat(rejection("[\"INSERT\"]")).isEqualTo(FILTER_1 + "Pattern: is [\"INSERT\"], not an object of"
                + " fields; write a JSON object such as {\"eventName\": [\"INSERT\"]}.");
        assertThat(rejection("{\"dynamodb\": {}}")).isEqualTo(FILTER_1 + "Pattern field dynamodb: is an empty"
                + " object; name at least one field, such as {\"eventName\": [\"INSERT\"]}.");
    }

    @Test
    void leafThatIsNotAListNamesItsPath() {
        assertThat(rejection("{\"dynamodb\": {\"NewImage\": {\"Email\": {\"S\": \"john@example.com\"}}}}"))
                .isEqualTo(FILTER_1 + "Pattern field dynamodb.NewImage.Email.S: is the single value"
                        + " \"john@example.com\"; write a list of allowed values, [\"john@example.com\"], instead.");
    }

    @Test
    void emptyAndNestedListsAreRejected() {
        assertThat(rejection("{\"eventName\": []}")).startsWith(FILTER_1 + "Pattern field eventName: is an empty"
                + " list, which no record can match;");
        assertThat(rejection("{\"eventName\": [[\"INSERT\"]]}")).isEqualTo(FILTER_1 + "Pattern field eventName:"
                + " holds the nested list [\"INSERT\"]; put the allowed values directly in one list, such as"
                + " [\"a\", \"b\"].");
    }

    @Test
    void unknownOperatorListsTheSupportedOnes() {
        assertThat(rejection("{\"dynamodb\": {\"NewImage\": {\"Email\": {\"S\": [{\"contains\": \"@\"}]}}}}"))
                .isEqualTo(FILTER_1 + "Pattern field dynamodb.NewImage.Email.S: uses the operator \"contains\","
                        + " which Lambda event filtering does not have; use one of prefix, suffix,"
                        + " equals-ignore-case, exists, anything-but, numeric, or an exact value.");
        assertThat(rejection("{\"awsRegion\": [{\"wildcard\": \"us-*\"}]}")).contains("\"wildcard\"");
    }

    @Test
    void operatorObjectHoldsExactlyOneOperator() {
        assertThat(rejection("{\"eventName\": [{\"prefix\": \"IN\", \"suffix\": \"RT\"}]}"))
                .startsWith(FILTER_1 + "Pattern field eventName: holds {\"prefix\":\"IN\",\"suffix\":\"RT\"},"
                        + " which must name exactly one operator;");
    }

    @Test
    void operatorArgumentsHaveTheirTypes() {
        assertThat(rejection("{\"eventName\": [{\"prefix\": 5}]}")).isEqualTo(FILTER_1 + "Pattern field"
                + " eventName: gives prefix the value 5; write a string, such as {\"prefix\": \"5\"}.");
        assertThat(rejection("{\"eventName\": [{\"suffix\": null}]}")).contains("gives suffix the value null");
        assertThat(rejection("{\"eventName\": [{\"equals-ignore-case\": [\"insert\"]}]}"))
                .contains("gives equals-ignore-case the value [\"insert\"]");
        assertThat(rejection("{\"eventName\": [{\"exists\": \"yes\"}]}")).isEqualTo(FILTER_1 + "Pattern field"
                + " eventName: gives exists the value \"yes\"; write {\"exists\": true} or {\"exists\": false}.");
    }

    @Test
    void anythingButTakesOnlyTheFormsLambdaDocuments() {
        assertThat(rejection("{\"awsRegion\": [{\"anything-but\": {\"prefix\": \"us-\"}}]}"))
                .isEqualTo(FILTER_1 + "Pattern field awsRegion: gives anything-but {\"prefix\":\"us-\"}, but Lambda"
                        + " accepts only strings and numbers there; list the excluded values, such as"
                        + " {\"anything-but\": [\"REMOVE\"]}.");
        assertThat(rejection("{\"eventName\": [{\"anything-but\": []}]}")).contains("gives anything-but []");
        assertThat(rejection("{\"eventName\": [{\"anything-but\": [true]}]}")).contains("gives anything-but [true]");
    }

    @Test
    void malformedNumericListsAreRejected() {
        String malformed = "; write operators (=, <, <=, >, >=) each followed by a JSON number, such as"
                + " [\"=\", 100], [\">\", 0] or [\">\", 0, \"<=\", 5].";
        assertThat(rejection("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\">\", \"0\"]}]}}"))
                .isEqualTo(FILTER_1 + "Pattern field dynamodb.SizeBytes: has the malformed numeric list"
                        + " [\">\",\"0\"]" + malformed);
        assertThat(rejection("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\">\", 0, \"<=\"]}]}}")).endsWith(malformed);
        assertThat(rejection("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": \">0\"}]}}")).endsWith(malformed);
        assertThat(rejection("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\"!=\", 0]}]}}")).endsWith(malformed);
        assertThat(rejection("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\"=\", 1, \"<\", 2]}]}}")).endsWith(malformed);
        assertThat(rejection("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\"<\", 5, \">\", 0]}]}}"))
                .contains("give the lower bound (> or >=) first and the upper bound (< or <=) second");
        assertThat(rejection("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\">\", 5, \"<\", 5]}]}}"))
                .contains("which no number can satisfy");
    }

    @Test
    void orMustListAtLeastTwoPatterns() {
        assertThat(rejection("{\"dynamodb\": {\"$or\": {\"Keys\": {\"Id\": {\"S\": [\"ID1\"]}}}}}"))
                .startsWith(FILTER_1 + "Pattern field dynamodb.$or: must be a list of at least two patterns;");
        assertThat(rejection("{\"$or\": [{\"eventName\": [\"INSERT\"]}, {\"eventName\": \"MODIFY\"}]}"))
                .startsWith(FILTER_1 + "Pattern field $or[2].eventName: is the single value \"MODIFY\";");
    }

    @Test
    void moreThanFiveFiltersAreRejected() {
        String pattern = "{\"eventName\": [\"INSERT\"]}";
        assertThat(rejection(pattern, pattern, pattern, pattern, pattern, pattern)).isEqualTo("mapping 2"
                + " (FunctionName email-checker): FilterCriteria has 6 filters but Lambda allows at most 5; merge"
                + " some of them with \"$or\" or list more allowed values in one pattern.");
    }

    @Test
    void filterEntryNeedsAPatternString() {
        assertThat(rejection(json("{\"Filters\": [{\"Pattern\": \"{\\\"eventName\\\": [\\\"INSERT\\\"]}\"}, {}]}")))
                .isEqualTo("mapping 2 (FunctionName email-checker), filter 2, Pattern: is missing; give the filter"
                        + " one, such as {\"Pattern\": \"{\\\"eventName\\\": [\\\"INSERT\\\"]}\"}, or remove the"
                        + " empty entry.");
        assertThat(rejection(json("{\"Filters\": [{\"Pattern\": {\"eventName\": [\"INSERT\"]}}]}")))
                .isEqualTo(FILTER_1 + "Pattern: is {\"eventName\":[\"INSERT\"]} but must be the pattern written as"
                        + " a JSON string, such as \"{\\\"eventName\\\":[\\\"INSERT\\\"]}\".");
    }

    @Test
    void filterCriteriaMustHoldAFiltersList() {
        assertThat(rejection(json("{\"Filters\": {\"Pattern\": \"{}\"}}"))).startsWith("mapping 2 (FunctionName"
                + " email-checker): FilterCriteria must look like {\"Filters\": [{\"Pattern\": ");
        assertThat(rejection(json("[]"))).contains("FilterCriteria must look like");
    }
}
