package dev.streamlab.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the shape of a scenario file: its fields, each of the right kind, and the ones it must have. */
final class ScenarioReader {

    static final List<String> FIELDS = List.of("title", "description", "tables", "mappings", "seed",
            "stepThroughTriggers", "steps");
    private static final String STEP_THROUGH_VALUES = "\"optional\", \"suggested\" or \"never\"";

    private final String source;
    private String title;
    private String description;
    private List<String> tables = List.of();
    private List<String> mappings = List.of();
    private List<String> seed = List.of();
    private StepThrough stepThrough = StepThrough.OPTIONAL;
    private final List<ScenarioStep> steps = new ArrayList<>();

    private ScenarioReader(String source) {
        this.source = source;
    }

    /** @param source the file as messages name it */
    static ScenarioDraft read(String json, String source) {
        // a field given twice would otherwise silently keep the last value
        try (JsonParser parser = Json.mapper().createParser(json).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION
                .mappedFeature())) {
            if (parser.nextToken() == null) {
                throw new UserInputException(source + " is empty; a scenario file is {\"title\": ..., \"description\":"
                        + " ..., \"steps\": [...]}.");
            }
            var reader = new ScenarioReader(source);
            reader.readTop(new ScenarioJson(parser, source));
            if (parser.nextToken() != null) {
                throw new UserInputException(source + " goes on after its object ends, at line "
                        + parser.currentTokenLocation().getLineNr() + ": give exactly one JSON object.");
            }
            return reader.draft();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new UserInputException(source + " is not valid JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ".", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readTop(ScenarioJson json) throws IOException {
        json.fields("the file", FIELDS, name -> {
            switch (name) {
                case "title" -> title = json.text("title");
                case "description" -> description = json.text("description");
                case "tables" -> tables = json.texts("tables");
                case "mappings" -> mappings = json.texts("mappings");
                case "seed" -> seed = json.texts("seed");
                case "stepThroughTriggers" -> stepThrough = StepThrough.of(json.text(name)).orElseThrow(() ->
                        json.problem(name, "must be " + STEP_THROUGH_VALUES));
                default -> json.elements("steps", index -> steps.add(new StepReader(json, "steps[" + index + "]")
                        .read()));
            }
        });
    }

    private ScenarioDraft draft() {
        require(title, "title", "the title the scenario bar shows, e.g. \"title\": \"Seed 003: the EmailChecker lab\"");
        require(description, "description", "a few sentences on what the scenario shows, read before the first step");
        if (steps.isEmpty()) {
            throw new UserInputException(source + " has no steps; give \"steps\": [{\"caption\": \"...\", \"put\": "
                    + "{\"table\": \"...\", \"item\": {...}}}, ...].");
        }
        return new ScenarioDraft(title, description, tables, mappings, seed, stepThrough, steps);
    }

    private void require(String value, String field, String what) {
        if (value == null) {
            throw new UserInputException(source + " has no \"" + field + "\"; give " + what + ".");
        }
    }

    /** Reads one element of "steps". */
    private static final class StepReader {

        private static final List<String> STEP = List.of("caption", "captionWhenStepping", "put", "update", "delete");
        private static final List<String> WRITES = List.of("put", "update", "delete");

        private final ScenarioJson json;
        private final String where;
        private String caption;
        private Optional<String> captionWhenStepping = Optional.empty();
        private Optional<StepWrite> write = Optional.empty();

        StepReader(ScenarioJson json, String where) {
            this.json = json;
            this.where = where;
        }

        ScenarioStep read() throws IOException {
            json.fields(where, STEP, name -> {
                switch (name) {
                    case "caption" -> caption = json.text(where + ".caption");
                    case "captionWhenStepping" -> captionWhenStepping = Optional.of(
                            json.text(where + ".captionWhenStepping"));
                    default -> {
                        if (write.isPresent()) {
                            throw json.problem(where + "." + name, "is a second write; a step makes at most one of "
                                    + String.join(", ", WRITES) + ": split it into two steps");
                        }
                        write = Optional.of(new WriteReader(json, where + "." + name).read(name));
                    }
                }
            });
            if (caption == null) {
                throw json.problem(where, "has no \"caption\"; give the sentence the presenter reads for this step");
            }
            return new ScenarioStep(caption, captionWhenStepping, write);
        }
    }
}
