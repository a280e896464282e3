package com.cloudwright.cli;

import com.cloudwright.cfn.read.TemplateFormatException;
import com.cloudwright.cfn.read.TemplateImporter;
import com.cloudwright.io.AtomicFile;
import com.cloudwright.io.DiagramWriter;
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
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code import cfn TEMPLATE [-o OUT.cwd.json] [--param K=V]… [--region R]}: a template as a laid-out diagram. */
@Command(name = "cfn", mixinStandardHelpOptions = true)
final class ImportCfnCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEMPLATE", descriptionKey = "template")
    Path template;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT")
    Path output;

    @Option(names = "--param", paramLabel = "KEY=VALUE")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--region", paramLabel = "REGION")
    String region;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Diagram diagram;
        TemplateImporter.Imported imported;
        try {
            imported = new TemplateImporter(Palette.bundled()).importTemplate(template, parameters, region);
            diagram = imported.diagram();
        } catch (TemplateFormatException e) {
            err.println("cloudwright: " + e.getMessage());
            return Cli.EXIT_BAD_INPUT;
        }
        if (imported.restored()) {
            err.println(Cli.TEXT.get("import.restored", template));
        } else if (imported.setAside() != null) {
            err.println(Cli.TEXT.get("import.setAside", template, imported.setAside()));
        }
        String text = new DiagramWriter().write(diagram);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            AtomicFile.write(output, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("cloudwright: " + Cli.TEXT.get("export.cannotWrite", output, e.getMessage()));
            return Cli.EXIT_BAD_INPUT;
        }
        Object aside = diagram.extra().get("cfnUnmapped");
        int kept = aside instanceof Map<?, ?> m ? m.size() : 0;
        err.println(Cli.TEXT.get("import.wrote", output, diagram.nodeCount(), diagram.edgeCount(), kept));
        return 0;
    }
}
