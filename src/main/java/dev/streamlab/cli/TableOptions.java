package dev.streamlab.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The table a command works on, named first (StreamLab's way) or with --table-name (the AWS CLI's spelling), so a
 * copied {@code aws dynamodb} command runs here unchanged.
 */
final class TableOptions {

    @Parameters(paramLabel = "TABLE", arity = "0..1")
    String table;

    @Option(names = "--table-name", paramLabel = "TABLE", description = "The table, as the AWS CLI names it.")
    String tableName;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    String name() {
        if (table != null && tableName != null && !table.equals(tableName)) {
            throw new ParameterException(command.commandLine(), "Two tables are named, " + table + " and --table-name "
                    + tableName + ": give one.");
        }
        if (table == null && tableName == null) {
            throw new ParameterException(command.commandLine(), "No table is named: give TABLE (or --table-name).");
        }
        return table != null ? table : tableName;
    }
}
