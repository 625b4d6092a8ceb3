package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.Json;

/** Stream records in Lambda's event shape, from the seeds' CloudAcademyLabs users and cruddur messages. */
final class Records {

    static final String WHERE = "mapping 2 (FunctionName email-checker)";

    private Records() {
    }

    static FilterCriteria criteria(String... patterns) {
        ObjectNode criteria = Json.mapper().createObjectNode();
        var filters = criteria.putArray("Filters");
        for (String pattern : patterns) {
            filters.addObject().put("Pattern", pattern);
        }
        return FilterCriteria.parse(criteria, WHERE);
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode userInserted() {
        return json("""
                {"eventID": "c4ca4238a0b923820dcc509a6f75849b", "eventName": "INSERT", "eventVersion": "1.1",
                 "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
                 "dynamodb": {"ApproximateCreationDateTime": 1679437728,
                   "Keys": {"Id": {"S": "ID1"}},
                   "NewImage": {"Id": {"S": "ID1"}, "Email": {"S": "john@example.com"}},
                   "SequenceNumber": "100000000000000000001", "SizeBytes": 38,
                   "StreamViewType": "NEW_AND_OLD_IMAGES"},
                 "eventSourceARN": "arn:aws:dynamodb:us-east-1:000000000000:table/CloudAcademyLabs/stream/2023-03-21T22:28:48.000"}
                """);
    }

    static JsonNode userModified() {
        return json("""
                {"eventID": "c81e728d9d4c2f636f067f89cc14862c", "eventName": "MODIFY", "eventVersion": "1.1",
                 "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
                 "dynamodb": {"ApproximateCreationDateTime": 1679437790,
                   "Keys": {"Id": {"S": "ID2"}},
                   "NewImage": {"Id": {"S": "ID2"}, "Email": {"S": "John@Gmail.com"}},
                   "OldImage": {"Id": {"S": "ID2"}, "Email": {"S": "john@gmail.com"}},
                   "SequenceNumber": "100000000000000000002", "SizeBytes": 71,
                   "StreamViewType": "NEW_AND_OLD_IMAGES"},
                 "eventSourceARN": "arn:aws:dynamodb:us-east-1:000000000000:table/CloudAcademyLabs/stream/2023-03-21T22:28:48.000"}
                """);
    }

    static JsonNode userRemoved() {
        return json("""
                {"eventID": "eccbc87e4b5ce2fe28308fd9f2a7baf3", "eventName": "REMOVE", "eventVersion": "1.1",
                 "eventSource": "aws:dynamodb", "awsRegion": "us-east-1",
                 "dynamodb": {"ApproximateCreationDateTime": 1679437851,
                   "Keys": {"Id": {"S": "ID3"}},
                   "OldImage": {"Id": {"S": "ID3"}, "Email": {"S": "maria.garcia@outlook.com"}},
                   "SequenceNumber": "100000000000000000003", "SizeBytes": 45,
                   "StreamViewType": "NEW_AND_OLD_IMAGES"},
                 "eventSourceARN": "arn:aws:dynamodb:us-east-1:000000000000:table/CloudAcademyLabs/stream/2023-03-21T22:28:48.000"}
                """);
    }

    static JsonNode messageInserted() {
        return json("""
                {"eventID": "a87ff679a2f3e71d9181a67b7542122c", "eventName": "INSERT", "eventVersion": "1.1",
                 "eventSource": "aws:dynamodb", "awsRegion": "ca-central-1",
                 "dynamodb": {"ApproximateCreationDateTime": 1679437900,
                   "Keys": {"pk": {"S": "MSG#2b9aba41-d2b0-4e7c-83ae-e646efc6091e"},
                            "sk": {"S": "2023-03-21T22:28:48.000000+00:00"}},
                   "NewImage": {"pk": {"S": "MSG#2b9aba41-d2b0-4e7c-83ae-e646efc6091e"},
                                "sk": {"S": "2023-03-21T22:28:48.000000+00:00"},
                                "message_group_uuid": {"S": "2b9aba41-d2b0-4e7c-83ae-e646efc6091e"},
                                "message": {"S": "Already in there. I'll push the schema-load change tonight."},
                                "user_handle": {"S": "bayko"},
                                "likes": {"N": "12"},
                                "tags": {"SS": ["ops", "schema"]},
                                "archived": {"BOOL": false},
                                "reply_to": {"NULL": true}},
                   "SequenceNumber": "200000000000000000001", "SizeBytes": 312,
                   "StreamViewType": "NEW_IMAGE"},
                 "eventSourceARN": "arn:aws:dynamodb:ca-central-1:000000000000:table/cruddur-messages/stream/2023-03-21T22:28:48.000"}
                """);
    }
}
