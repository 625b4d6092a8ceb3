package dev.streamlab.ui.triggers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.util.Optional;

/** A function's Environment.Variables as the form takes them: one NAME=value a line, as in a .env file. */
final class EnvironmentText {

    private EnvironmentText() {
    }

    /**
     * @return the variables as JSON, or empty when there are none
     * @throws UserInputException naming the line that is not NAME=value
     */
    static Optional<ObjectNode> variables(String text) {
        ObjectNode variables = Json.mapper().createObjectNode();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new UserInputException("Environment line " + (i + 1) + " \"" + line
                        + "\" is not NAME=value, such as TABLE_NAME=CloudAcademyLabs.");
            }
            variables.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return variables.isEmpty() ? Optional.empty() : Optional.of(variables);
    }
}
