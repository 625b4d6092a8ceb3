package dev.streamlab.trigger.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionDefinitionsTest {

    private static FunctionDefinition function(String body) {
        return MappingJson.parse("{\"functions\": {\"f\": " + body + "}, \"eventSourceMappings\": []}").functions().get("f");
    }

    @Test
    void readsTheThreeHandlerForms() {
        assertThat(function("{\"Handler\": \"builtin:email-checker\"}").handler())
                .isEqualTo(new Handler.Builtin("email-checker"));
        assertThat(function("{\"Handler\": \"com.example.Checker::handleRequest\"}").handler())
                .isEqualTo(new Handler.JavaClass("com.example.Checker", Optional.of("handleRequest")));
        assertThat(function("{\"Handler\": \"com.example.Checker\"}").handler())
                .isEqualTo(new Handler.JavaClass("com.example.Checker", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin:", "builtin:Email Checker", "com.example.", "com.1example.Checker",
            "com.example.Checker::", "com.example.Checker::handle-request", "com.class.Checker", "a::b::c", ""})
    void rejectsMalformedHandlersNamingTheValue(String handler) {
        assertThatThrownBy(() -> function("{\"Handler\": \"" + handler + "\"}"))
                .hasMessageStartingWith("mappings.json: function f has Handler \"" + handler + "\"; ");
    }

    @Test
    void requiresAHandler() {
        assertThatThrownBy(() -> function("{}")).hasMessageStartingWith("mappings.json: function f has no Handler; ");
    }

    @Test
    void readsEnvironmentVariables() {
        FunctionDefinition f = function("{\"Handler\": \"builtin:key-logger\", "
                + "\"Environment\": {\"Variables\": {\"TABLE_NAME\": \"cruddur-messages\", \"K\": \"V\"}}}");

        assertThat(f.name()).isEqualTo("f");
        assertThat(f.environment()).isEqualTo(Map.of("TABLE_NAME", "cruddur-messages", "K", "V"));
        assertThat(function("{\"Handler\": \"builtin:key-logger\"}").environment()).isEmpty();
    }

    @Test
    void rejectsNonStringVariablesAndBadNames() {
        assertThatThrownBy(() -> function("{\"Handler\": \"builtin:k\", \"Environment\": {\"Variables\": {\"N\": 5}}}"))
                .hasMessageStartingWith("mappings.json: function f has Environment.Variables.N 5; ");
        assertThatThrownBy(() -> function("{\"Handler\": \"builtin:k\", \"Environment\": {\"Variables\": {\"A-B\": \"x\"}}}"))
                .hasMessageStartingWith("mappings.json: function f has Environment.Variables.A-B \"x\"; ");
        assertThatThrownBy(() -> function("{\"Handler\": \"builtin:k\", \"Environment\": {\"Vars\": {}}}"))
                .hasMessage("mappings.json: function f has an unknown property \"Environment.Vars\"; "
                        + "the known ones in Environment are Variables.");
    }

    @Test
    void rejectsAFunctionNameLambdaWouldRefuse() {
        assertThatThrownBy(() -> MappingJson.parse("{\"functions\": {\"my function\": {\"Handler\": \"builtin:k\"}}, "
                + "\"eventSourceMappings\": []}"))
                .hasMessageStartingWith("mappings.json: the file has a function named \"my function\"; ");
    }
}
