package dev.streamlab.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A workshop scenario, read and checked whole by {@link ScenarioFile}: what it is about, the tables and triggers it
 * needs, the items it seeds, and its steps. Everything in it has been validated, so playing it never stops half-way
 * on something the file said.
 *
 * @param seed items per table, written only into tables the scenario had to create or that are empty
 */
public record Scenario(Path file, String title, String description, List<TableFile> tables,
        List<MappingSource> mappings, Map<String, List<Map<String, AttributeValue>>> seed, StepThrough stepThrough,
        List<ScenarioStep> steps) {

    public Scenario {
        tables = List.copyOf(tables);
        mappings = List.copyOf(mappings);
        // table by table in file order: a table's items are seeded in the order its files give them
        seed = Collections.unmodifiableMap(new LinkedHashMap<>(seed));
        steps = List.copyOf(steps);
    }

    /** Whether the presenter may choose to deliver the triggers' batches by hand. */
    public boolean offersStepping() {
        return stepThrough != StepThrough.NEVER && !mappings.isEmpty();
    }

    /** The functions the scenario's mapping files define. */
    public Set<String> functionNames() {
        return mappings.stream().flatMap(source -> source.file().functions().keySet().stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
