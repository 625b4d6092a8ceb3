package dev.streamlab.data.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.data.Expressions;
import dev.streamlab.data.ItemPageRequest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AwsCliCommandTest {

    @Test
    void aScanOfATableIsOneShortCommand() {
        assertThat(AwsCliCommand.of(ItemPageRequest.scan("Orders"), new CodeTarget(Optional.empty(), "eu-west-1")))
                .isEqualTo("aws dynamodb scan \\\n    --table-name Orders \\\n    --region eu-west-1");
    }

    @Test
    void aQueryCarriesEveryPartQuotedForTheShell() {
        var request = new ItemPageRequest("cruddur-messages", Optional.of("message-group-sk-index"),
                Optional.of("message_group_uuid = :g"), Optional.of("#t <> :t"), Optional.empty(),
                new Expressions(Map.of("#t", "text"), Map.of(":g", AttributeValue.fromS("g1"),
                        ":t", AttributeValue.fromS("it's"))),
                true, 100, Optional.empty());
        var target = new CodeTarget(Optional.of("http://localhost:8000"), "us-east-1");
        assertThat(AwsCliCommand.of(request, target)).isEqualTo("""
                aws dynamodb query \\
                    --table-name cruddur-messages \\
                    --index-name message-group-sk-index \\
                    --key-condition-expression 'message_group_uuid = :g' \\
                    --filter-expression '#t <> :t' \\
                    --expression-attribute-names '{"#t":"text"}' \\
                    --expression-attribute-values '{":g":{"S":"g1"},":t":{"S":"it'\\''s"}}' \\
                    --no-scan-index-forward \\
                    --region us-east-1 \\
                    --endpoint-url http://localhost:8000""");
    }
}
