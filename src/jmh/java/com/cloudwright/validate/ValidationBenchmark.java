package com.cloudwright.validate;

import com.cloudwright.testing.WellArchitectedCells;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.SetNodeProperty;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Validation of generated diagrams ({@link WellArchitectedCells}): a full run, and the live path
 * after one edit (a command through the history, which makes {@link LiveValidator} re-validate
 * before {@code execute} returns). Run: {@code mvn -Pbench test-compile exec:exec -Dbench=ValidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    @Param({"1000", "10000"})
    int nodes;

    private Validator validator;
    private Diagram diagram;
    private LiveValidator live;
    private boolean multiAz;

    @Setup(Level.Trial)
    public void setUp() {
        validator = new Validator(Palette.bundled());
        diagram = WellArchitectedCells.cells(nodes);
        live = new LiveValidator(validator, diagram);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        live.close();
    }

    @Benchmark
    public ValidationReport fullRun() {
        return validator.validate(diagram);
    }

    /** One edit as the editor makes it (toggle a database's Multi-AZ), validation included. */
    @Benchmark
    public ValidationReport afterOneEdit() {
        multiAz = !multiAz;
        diagram.history().execute(new SetNodeProperty("c0-db", "multiAz", multiAz));
        return live.current();
    }

    /** One frame of a drag (geometry only): the live validator carries the report over. */
    @Benchmark
    public ValidationReport afterOneMove() {
        multiAz = !multiAz;
        diagram.history().execute(new MoveNodes(Set.of("c0-web-0"), multiAz ? 8 : -8, 0, null));
        return live.current();
    }

    /** The snapshot a background validation would take on the FX thread. */
    @Benchmark
    public Diagram snapshot() {
        return diagram.snapshot();
    }
}
