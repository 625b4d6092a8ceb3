package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A seed that DynamoDB stopped halfway, for a reason only the server could find (everything checkable was checked
 * first): the message says exactly what was written and what was not, so nothing is half-written unknowingly.
 */
final class SeedStopped {

    private SeedStopped() {
    }

    static UserInputException explain(RuntimeException cause, SeedFolder seed, List<String> created,
            Map<String, Integer> written) {
        String reason = cause instanceof UserInputException ? cause.getMessage()
                : "DynamoDB failed (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ").";
        List<String> done = new ArrayList<>();
        if (!created.isEmpty()) {
            done.add("created table" + (created.size() == 1 ? " " : "s ") + String.join(", ", created));
        }
        seed.items().forEach((table, items) -> {
            int count = written.getOrDefault(table, 0);
            if (count > 0) {
                done.add("wrote items 1 to " + count + " of " + items.size() + " of table " + table);
            }
        });
        String before = done.isEmpty() ? "Nothing was written before it stopped."
                : "Before it stopped, the seed " + String.join(", ", done) + "; nothing else was written.";
        return new UserInputException(strip(reason) + ". " + before, cause);
    }

    private static String strip(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
