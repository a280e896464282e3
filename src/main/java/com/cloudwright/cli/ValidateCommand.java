package com.cloudwright.cli;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.ValidationReport;
import com.cloudwright.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code validate FILE}: runs every rule and prints the problems; exit 1 when there is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.validate.messages");

    enum Format { text, json }

    enum Level {
        error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

        final Severity severity;

        Level(Severity severity) {
            this.severity = severity;
        }
    }

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--format", defaultValue = "text")
    Format format;

    @Option(names = "--severity", defaultValue = "info")
    Level severity;

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
        ValidationReport report = new Validator(Palette.bundled()).validate(diagram);
        List<Problem> shown = report.atLeast(severity.severity);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(ProblemsJson.write(shown));
        } else {
            printText(out, shown, report);
        }
        return report.hasErrors() ? Cli.EXIT_PROBLEMS : 0;
    }

    private void printText(PrintWriter out, List<Problem> shown, ValidationReport report) {
        for (Problem p : shown) {
            out.printf(Locale.ROOT, "%-7s %s  %s: %s%n", p.severity().id(), p.ruleId(), p.node().orElse("-"), p.message());
            if (!p.hint().isBlank()) {
                out.printf(Locale.ROOT, "        %s%n", p.hint());
            }
        }
        out.printf(Locale.ROOT, "%s: %s%n", file, summary(report));
    }

    static String summary(ValidationReport report) {
        if (report.problems().isEmpty()) {
            return TEXT.get("validator.summary.none");
        }
        return TEXT.get("validator.summary", report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO));
    }
}
