package com.cloudwright.cli;

import com.cloudwright.cfn.CfnExporter;
import com.cloudwright.cfn.ExportOptions;
import com.cloudwright.cfn.ExportProblem;
import com.cloudwright.cfn.ExportResult;
import com.cloudwright.cfn.TemplateFormat;
import com.cloudwright.io.AtomicFile;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code export cfn FILE [-o OUT] [--json] [--force]}: CloudFormation templates from a diagram.
 * Refused (exit 1) when the diagram has validation errors or draws something the templates would
 * leave out; {@code --force} writes them anyway and still names what was left out.
 */
@Command(name = "cfn", mixinStandardHelpOptions = true)
final class ExportCfnCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT")
    Path output;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--key-pair")
    boolean keyPair;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Diagram diagram;
        try {
            diagram = DiagramInput.load(file);
        } catch (DiagramInput.BadInputException e) {
            err.println("cloudwright: " + e.getMessage());
            return Cli.EXIT_BAD_INPUT;
        }
        boolean asJson = json || (output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".json"));
        ExportOptions options = new ExportOptions(asJson ? TemplateFormat.JSON : TemplateFormat.YAML, force, keyPair);
        ExportResult result = CfnExporter.export(diagram, Palette.bundled(), options);
        if (result.status() == ExportResult.Status.BLOCKED) {
            err.println("cloudwright: " + Cli.TEXT.get("cfn.blocked", result.problems().size()));
            result.problems().forEach(p -> err.println("  " + p));
            err.println(Cli.TEXT.get("cfn.blocked.hint", result.problems().size()));
            return Cli.EXIT_PROBLEMS;
        }
        if (result.status() == ExportResult.Status.FAILED) {
            err.println("cloudwright: " + Cli.TEXT.get("cfn.failed"));
            for (ExportProblem p : result.problems()) {
                err.println("  " + p);
            }
            return Cli.EXIT_PROBLEMS;
        }
        if (!result.dropped().isEmpty()) {
            // a template smaller than the drawing is written only when the user asked for it
            err.println((force ? "" : "cloudwright: ") + Cli.TEXT.get(force ? "cfn.dropped.forced" : "cfn.dropped",
                    result.dropped().size()));
            result.dropped().forEach(d -> err.println("  " + d.subject() + ": " + d.reason()));
            if (!force) {
                err.println(Cli.TEXT.get("cfn.dropped.hint", result.dropped().size()));
                return Cli.EXIT_PROBLEMS;
            }
        }
        if (!quiet) {
            result.warnings().forEach(w -> err.println(Cli.TEXT.get("cfn.note", w)));
            if (!result.acceptedRisks().isEmpty()) {
                err.println(Cli.TEXT.get("cfn.acceptedRisks", result.acceptedRisks().size()));
            }
        }
        if (output == null) {
            if (result.templates().size() > 1) {
                err.println("cloudwright: " + Cli.TEXT.get("cfn.severalRegions", result.templates().size(),
                        String.join(", ", result.templates().keySet())));
                return Cli.EXIT_BAD_INPUT;
            }
            spec.commandLine().getOut().print(result.text());
            spec.commandLine().getOut().flush();
            return 0;
        }
        Map<Path, String> files = new LinkedHashMap<>();
        boolean several = result.templates().size() > 1;
        result.templates().forEach((region, text) -> files.put(several ? perRegion(output, region) : output, text));
        for (Map.Entry<Path, String> f : files.entrySet()) {
            try {
                AtomicFile.write(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("cloudwright: " + Cli.TEXT.get("export.cannotWrite", f.getKey(), e.getMessage()));
                return Cli.EXIT_BAD_INPUT;
            }
        }
        var regions = result.templates().keySet().iterator();
        for (Path written : files.keySet()) {
            err.println(Cli.TEXT.get("cfn.wrote", written, regions.next()));
        }
        return 0;
    }

    /** OUT.yaml → OUT.us-east-1.yaml */
    static Path perRegion(Path output, String region) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String regional = dot > 0 ? name.substring(0, dot) + "." + region + name.substring(dot) : name + "." + region;
        return output.resolveSibling(regional);
    }
}
