package dev.streamlab.trigger.filter;

import static dev.streamlab.trigger.filter.Records.criteria;
import static dev.streamlab.trigger.filter.Records.json;
import static dev.streamlab.trigger.filter.Records.messageInserted;
import static dev.streamlab.trigger.filter.Records.userInserted;
import static dev.streamlab.trigger.filter.Records.userModified;
import static dev.streamlab.trigger.filter.Records.userRemoved;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

class FilterCriteriaMatchTest {

    private static boolean passes(String pattern, JsonNode record) {
        return criteria(pattern).matches(record);
    }

    @Test
    void noFiltersLetEveryRecordThrough() {
        assertThat(FilterCriteria.none().matches(userInserted())).isTrue();
        assertThat(FilterCriteria.parse(MissingNode.getInstance(), Records.WHERE).matches(userRemoved())).isTrue();
        assertThat(FilterCriteria.parse(NullNode.getInstance(), Records.WHERE).matches(userRemoved())).isTrue();
        assertThat(FilterCriteria.parse(json("{\"Filters\": []}"), Records.WHERE).matches(userModified())).isTrue();
        assertThat(criteria().matches(messageInserted())).isTrue();
    }

    @Test
    void eventNameListAllowsAnyOfItsValues() {
        String pattern = "{\"eventName\": [\"INSERT\", \"MODIFY\"]}";
        assertThat(passes(pattern, userInserted())).isTrue();
        assertThat(passes(pattern, userModified())).isTrue();
        assertThat(passes(pattern, userRemoved())).isFalse();
    }

    @Test
    void exactValuesDescendThroughTypeWrappers() {
        String pattern = "{\"dynamodb\": {\"Keys\": {\"Id\": {\"S\": [\"ID1\"]}}}}";
        assertThat(passes(pattern, userInserted())).isTrue();
        assertThat(passes(pattern, userModified())).isFalse();
        // the wrapper is part of the path: an "N" pattern does not see an "S" value
        assertThat(passes("{\"dynamodb\": {\"Keys\": {\"Id\": {\"N\": [\"ID1\"]}}}}", userInserted())).isFalse();
    }

    @Test
    void allFieldsOfAPatternMustMatch() {
        String pattern = "{\"eventName\": [\"INSERT\"], \"dynamodb\": {\"NewImage\": {\"user_handle\": {\"S\": [\"bayko\"]}}}}";
        assertThat(passes(pattern, messageInserted())).isTrue();
        assertThat(passes(pattern.replace("bayko", "andrewbrown"), messageInserted())).isFalse();
        assertThat(passes(pattern.replace("INSERT", "MODIFY"), messageInserted())).isFalse();
    }

    @Test
    void exactValuesRespectJsonTypes() {
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"archived\": {\"BOOL\": [false]}}}}", messageInserted())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"archived\": {\"BOOL\": [\"false\"]}}}}", messageInserted())).isFalse();
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"likes\": {\"N\": [\"12\"]}}}}", messageInserted())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"likes\": {\"N\": [12]}}}}", messageInserted())).isFalse();
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [312]}}", messageInserted())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [\"312\"]}}", messageInserted())).isFalse();
        // Lambda compares numbers by their written form
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [312.0]}}", messageInserted())).isFalse();
    }

    @Test
    void nullAndEmptyAreExactValues() {
        JsonNode record = json("{\"eventName\": \"INSERT\", \"userIdentity\": null, \"note\": \"\"}");
        assertThat(passes("{\"userIdentity\": [null]}", record)).isTrue();
        assertThat(passes("{\"userIdentity\": [null]}", userInserted())).isFalse();
        assertThat(passes("{\"note\": [\"\"]}", record)).isTrue();
        assertThat(passes("{\"eventName\": [\"\"]}", record)).isFalse();
    }

    @Test
    void prefixMatchesTheStartOfAString() {
        String pattern = "{\"dynamodb\": {\"NewImage\": {\"pk\": {\"S\": [{\"prefix\": \"MSG#\"}]}}}}";
        assertThat(passes(pattern, messageInserted())).isTrue();
        assertThat(passes(pattern.replace("MSG#", "GRP#"), messageInserted())).isFalse();
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"Email\": {\"S\": [{\"prefix\": \"john\"}]}}}}", userModified())).isFalse();
    }

    @Test
    void suffixMatchesTheEndOfAString() {
        String pattern = "{\"dynamodb\": {\"NewImage\": {\"Email\": {\"S\": [{\"suffix\": \"@example.com\"}]}}}}";
        assertThat(passes(pattern, userInserted())).isTrue();
        assertThat(passes(pattern, userModified())).isFalse();
    }

    @Test
    void equalsIgnoreCaseFoldsCase() {
        String pattern = "{\"dynamodb\": {\"NewImage\": {\"Email\": {\"S\": [{\"equals-ignore-case\": \"john@gmail.com\"}]}}}}";
        assertThat(passes(pattern, userModified())).isTrue();
        assertThat(passes(pattern, userInserted())).isFalse();
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"Email\": {\"S\": [\"john@gmail.com\"]}}}}", userModified())).isFalse();
    }

    @Test
    void existsTrueNeedsALeafValue() {
        String pattern = "{\"dynamodb\": {\"OldImage\": {\"Email\": {\"S\": [{\"exists\": true}]}}}}";
        assertThat(passes(pattern, userModified())).isTrue();
        assertThat(passes(pattern, userInserted())).isFalse();
        // as on Lambda, exists looks at leaves only: the wrapper object {"S": ...} is not one
        assertThat(passes("{\"dynamodb\": {\"OldImage\": {\"Email\": [{\"exists\": true}]}}}", userModified())).isFalse();
    }

    @Test
    void existsFalseMatchesAMissingField() {
        String pattern = "{\"dynamodb\": {\"OldImage\": {\"Email\": {\"S\": [{\"exists\": false}]}}}}";
        assertThat(passes(pattern, userInserted())).isTrue();
        assertThat(passes(pattern, userModified())).isFalse();
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"Email\": {\"S\": [{\"exists\": false}]}}}}", userRemoved())).isTrue();
    }

    @Test
    void anythingButExcludesListedValues() {
        String pattern = "{\"eventName\": [{\"anything-but\": [\"REMOVE\"]}]}";
        assertThat(passes(pattern, userInserted())).isTrue();
        assertThat(passes(pattern, userRemoved())).isFalse();
        assertThat(passes("{\"eventName\": [{\"anything-but\": \"INSERT\"}]}", userModified())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [{\"anything-but\": [38, 45]}]}}", userInserted())).isFalse();
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [{\"anything-but\": [38, 45]}]}}", userModified())).isTrue();
    }

    @Test
    void anythingButStillNeedsTheField() {
        String pattern = "{\"dynamodb\": {\"OldImage\": {\"Email\": {\"S\": [{\"anything-but\": [\"x@example.com\"]}]}}}}";
        assertThat(passes(pattern, userModified())).isTrue();
        assertThat(passes(pattern, userInserted())).isFalse();
    }

    @Test
    void numericRangesApplyToJsonNumbers() {
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\">\", 0, \"<=\", 100]}]}}", userModified())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\">\", 0, \"<=\", 100]}]}}", messageInserted())).isFalse();
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\">=\", 312]}]}}", messageInserted())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\"<\", 312]}]}}", messageInserted())).isFalse();
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\"=\", 38]}]}}", userInserted())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"SizeBytes\": [{\"numeric\": [\"=\", 38.0]}]}}", userInserted())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"ApproximateCreationDateTime\": [{\"numeric\": [\">\", 1679437800]}]}}",
                userModified())).isFalse();
    }

    @Test
    void numericDoesNotMatchDynamoDbNumberStrings() {
        // Lambda documents this: "N" values are strings in DynamoDB JSON, so numeric filters never match them
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"likes\": {\"N\": [{\"numeric\": [\">\", 0]}]}}}}", messageInserted()))
                .isFalse();
    }

    @Test
    void anyElementOfAnArrayFieldCounts() {
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"tags\": {\"SS\": [\"schema\"]}}}}", messageInserted())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"tags\": {\"SS\": [{\"prefix\": \"op\"}]}}}}", messageInserted())).isTrue();
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"tags\": {\"SS\": [\"dev\"]}}}}", messageInserted())).isFalse();
        JsonNode listOfMaps = json("{\"dynamodb\": {\"NewImage\": {\"replies\": {\"L\": [{\"M\": {\"user_handle\": {\"S\": \"andrewbrown\"}}},"
                + " {\"M\": {\"user_handle\": {\"S\": \"bayko\"}}}]}}}}");
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"replies\": {\"L\": {\"M\": {\"user_handle\": {\"S\": [\"bayko\"]}}}}}}}",
                listOfMaps)).isTrue();
        assertThat(passes("{\"dynamodb\": {\"NewImage\": {\"replies\": {\"L\": {\"M\": {\"user_handle\": {\"S\": [\"londo\"]}}}}}}}",
                listOfMaps)).isFalse();
    }

    @Test
    void orNeedsOneBranchAndIsAndedWithSiblings() {
        String pattern = "{\"eventName\": [\"INSERT\", \"MODIFY\"], \"dynamodb\": {\"$or\": ["
                + "{\"NewImage\": {\"Email\": {\"S\": [{\"suffix\": \"@example.com\"}]}}},"
                + "{\"OldImage\": {\"Email\": {\"S\": [{\"suffix\": \"@gmail.com\"}]}}}]}}";
        assertThat(passes(pattern, userInserted())).isTrue();
        assertThat(passes(pattern, userModified())).isTrue();
        assertThat(passes(pattern, messageInserted())).isFalse();
        assertThat(passes("{\"$or\": [{\"eventName\": [\"REMOVE\"]}, {\"awsRegion\": [\"ca-central-1\"]}]}", messageInserted())).isTrue();
        assertThat(passes("{\"$or\": [{\"eventName\": [\"REMOVE\"]}, {\"awsRegion\": [\"ca-central-1\"]}]}", userInserted())).isFalse();
    }

    @Test
    void anyOfSeveralFiltersLetsARecordThrough() {
        FilterCriteria criteria = criteria("{\"eventName\": [\"REMOVE\"]}",
                "{\"dynamodb\": {\"Keys\": {\"pk\": {\"S\": [{\"prefix\": \"MSG#\"}]}}}}");
        assertThat(criteria.matches(userRemoved())).isTrue();
        assertThat(criteria.matches(messageInserted())).isTrue();
        assertThat(criteria.matches(userInserted())).isFalse();
    }
}
