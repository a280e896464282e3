package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.validate.Validator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * CloudFormation export of generated 1,000- and 5,000-node diagrams ({@link ExportDiagrams#cells}),
 * against a bare Jackson parse of the same file. {@code export} is the exporter alone (build, schema
 * check, YAML); {@code openValidateExport} is what the command line does: read the file, validate,
 * export.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=ExportBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {

    @Param({"1000", "5000"})
    public int nodes;

    private final ObjectMapper json = new ObjectMapper();
    private Palette palette;
    private byte[] file;
    private Diagram diagram;
    private CfnExporter exporter;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        palette = Palette.bundled();
        file = new DiagramWriter().write(ExportDiagrams.cells(nodes)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        diagram = new DiagramReader(palette).read(file, "generated");
        exporter = new CfnExporter(DiagramCheck.NONE);
        ExportResult check = exporter.run(diagram, palette, ExportOptions.defaults());
        if (!check.ok()) {
            throw new IllegalStateException("the generated diagram does not export: " + check.problems());
        }
    }

    @Benchmark
    public JsonNode jacksonParse() throws Exception {
        return json.readTree(file);
    }

    @Benchmark
    public Diagram open() throws Exception {
        return new DiagramReader(palette).read(file, "generated");
    }

    @Benchmark
    public ExportResult export() {
        return exporter.run(diagram, palette, ExportOptions.defaults());
    }

    @Benchmark
    public ExportResult openValidateExport() throws Exception {
        Diagram d = new DiagramReader(palette).read(file, "generated");
        new Validator(palette).validate(d);
        return exporter.run(d, palette, ExportOptions.defaults());
    }
}
