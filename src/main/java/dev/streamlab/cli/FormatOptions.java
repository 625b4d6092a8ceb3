package dev.streamlab.cli;

import picocli.CommandLine.Option;

/** --plain: items read and written as plain JSON instead of DynamoDB JSON. */
final class FormatOptions {

    @Option(names = "--plain", description = "Read and write plain JSON instead of DynamoDB JSON.")
    boolean plain;
}
