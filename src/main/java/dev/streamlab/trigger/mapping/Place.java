package dev.streamlab.trigger.mapping;

import dev.streamlab.model.UserInputException;

/**
 * Where in a mapping file a value sits, e.g. {@code mappings.json} and {@code eventSourceMappings[1] (FunctionName x)},
 * so that every message starts by saying which file and which entry to fix.
 */
record Place(String source, String subject) {

    /** One sentence: "SOURCE: SUBJECT PROBLEM." */
    UserInputException problem(String problem) {
        return new UserInputException(source + ": " + subject + " " + problem + ".");
    }

    Place about(String otherSubject) {
        return new Place(source, otherSubject);
    }
}
