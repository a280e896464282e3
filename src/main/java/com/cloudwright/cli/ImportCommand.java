package com.cloudwright.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code import cfn …}: the parent of the import subcommands (one class per source format). */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportCfnCommand.class})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cloudwright: "
                + Cli.TEXT.get("import.missingFormat", String.join(", ", spec.subcommands().keySet())));
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.EXIT_BAD_INPUT;
    }
}
