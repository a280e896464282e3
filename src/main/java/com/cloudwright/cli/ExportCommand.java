package com.cloudwright.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code export cfn|png|svg …}: the parent of the export subcommands (each format is one class
 * listed here).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        subcommands = {ExportCfnCommand.class, ExportPngCommand.class, ExportSvgCommand.class})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cloudwright: "
                + Cli.TEXT.get("export.missingFormat", String.join(", ", spec.subcommands().keySet())));
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.EXIT_BAD_INPUT;
    }
}
