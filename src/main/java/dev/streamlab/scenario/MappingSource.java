package dev.streamlab.scenario;

import dev.streamlab.trigger.mapping.MappingFile;
import java.nio.file.Path;

/** One of a scenario's mapping files, read and checked. */
public record MappingSource(Path path, MappingFile file) {
}
