package com.cloudwright.cli;

import com.cloudwright.i18n.Bundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code export cfn|png|svg …}: the parent of the export subcommands (each format is one class
 * listed here).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a diagram as CloudFormation (cfn) or a picture (png, svg).",
        subcommands = {ExportCfnCommand.class, ExportPngCommand.class, ExportSvgCommand.class})
final class ExportCommand implements Callable<Integer> {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cli.export");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cloudwright: "
                + TEXT.get("export.missingFormat", String.join(", ", spec.subcommands().keySet())));
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.EXIT_BAD_INPUT;
    }
}
