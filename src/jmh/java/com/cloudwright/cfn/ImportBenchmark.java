package com.cloudwright.cfn;

import com.cloudwright.cfn.read.TemplateImporter;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.testing.GeneratedTemplates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Import + layout of a generated 500-resource template (CloudFormation's per-stack limit): parse,
 * check, resolve, draw and lay out. The bar is under one second.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=ImportBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {

    private byte[] template;
    private TemplateImporter importer;

    @Setup(Level.Trial)
    public void setUp() {
        template = GeneratedTemplates.yaml(500).getBytes(StandardCharsets.UTF_8);
        importer = new TemplateImporter(Palette.bundled());
    }

    @Benchmark
    public Diagram importAndLayOut() throws Exception {
        return importer.read(template, "generated.yaml", Map.of(), "us-east-1");
    }
}
