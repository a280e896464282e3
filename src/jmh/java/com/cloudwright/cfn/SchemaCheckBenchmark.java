package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import com.cloudwright.palette.Palette;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The schema check alone, on the template of a generated diagram ({@link ExportDiagrams#cells}):
 * {@code warm} with every type's schema already compiled (every export after the first),
 * {@code cold} with a new checker each time, so each type's schema is compiled on first use (the
 * first export of a session).
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=SchemaCheckBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchemaCheckBenchmark {

    @Param({"1000"})
    public int nodes;

    private Template template;

    @Setup(Level.Trial)
    public void setUp() {
        template = CfnExporter.templates(ExportDiagrams.cells(nodes), Palette.bundled(), ExportOptions.defaults())
                .values().iterator().next();
        List<SchemaProblem> problems = SchemaChecker.bundled().check(template);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the generated template does not check clean: " + problems);
        }
    }

    @Benchmark
    public List<SchemaProblem> warm() {
        return SchemaChecker.bundled().check(template);
    }

    @Benchmark
    public List<SchemaProblem> cold() {
        return new SchemaChecker(type -> SchemaChecker.bundled().schema(type).orElse(null)).check(template);
    }
}
