package dev.streamlab.scenario;

import java.util.List;

/** What a scenario file says, before the table, mapping and seed files it names are read. */
record ScenarioDraft(String title, String description, List<String> tables, List<String> mappings,
        List<String> seed, StepThrough stepThrough, List<ScenarioStep> steps) {
}
