package com.cloudwright.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code export <format> FILE …}: the parent of the export subcommands. Add a format by writing
 * its subcommand class and listing it in {@code subcommands}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a diagram as CloudFormation (and, with more subcommands, pictures).",
        subcommands = {ExportCfnCommand.class})
final class ExportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), ExportText.get("export.missingFormat"));
    }
}
