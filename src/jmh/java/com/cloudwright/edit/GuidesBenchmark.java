package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the canvas pays while dragging in a 2,000-node diagram (1 Region, 1 VPC, 4 AZs,
 * 40 subnets, 1,950 services): building the alignment guides when a drag starts, snapping one
 * frame to them, and one whole frame of dragging 50 nodes (move + drop preview).
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench=GuidesBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GuidesBenchmark {

    private Diagram diagram;
    private List<String> fifty;
    private AlignmentGuides guides;
    private Bounds moving;
    private DragSession drag;
    private int frame;

    @Setup(Level.Trial)
    public void build() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(node("r1", "region", null, 0, 0, 10_400, 6_200));
        nodes.add(node("vpc", "vpc", "r1", 40, 60, 10_000, 6_000));
        int services = 0;
        for (int az = 0; az < 4; az++) {
            String azId = "az" + az;
            nodes.add(node(azId, "availability-zone", "vpc", 60 + az * 2_480, 100, 2_440, 5_900));
            for (int s = 0; s < 10; s++) {
                String subnet = azId + "-s" + s;
                double sx = 80 + az * 2_480;
                double sy = 140 + s * 580;
                nodes.add(node(subnet, "subnet", azId, sx, sy, 2_400, 560));
                for (int i = 0; i < 49 && services < 1_950; i++, services++) {
                    nodes.add(node("n" + services, i % 7 == 0 ? "rds" : "ec2", subnet,
                            sx + 40 + (i % 16) * 140 + (i * 7 % 13), sy + 60 + (i / 16) * 120, 64, 64));
                }
            }
        }
        diagram = new Diagram("bench", "us-east-1", Map.of(), nodes, List.of());
        fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add("n" + i);
        }
        guides = AlignmentGuides.forDrag(diagram, fifty);
        moving = new Bounds(2_000, 3_000, 600, 300);
    }

    @Setup(Level.Iteration)
    public void startDrag() {
        drag = DragSession.begin(diagram, Palette.bundled(), fifty);
    }

    @TearDown(Level.Iteration)
    public void endDrag() {
        drag.cancel();
    }

    private static Node node(String id, String type, String parent, double x, double y, double w, double h) {
        return new Node(id, type, parent, null, new Bounds(x, y, w, h), Props.EMPTY, Map.of());
    }

    /** At drag start: collect and sort the features of the 1,950 other nodes. */
    @Benchmark
    public AlignmentGuides buildGuides() {
        return AlignmentGuides.forDrag(diagram, fifty);
    }

    /** Each frame: snap the dragged box to the guides. */
    @Benchmark
    public GuideSnap snapOneFrame() {
        frame++;
        return guides.snap(moving.translate(frame % 97, frame % 89), 6);
    }

    /** Each frame of dragging 50 nodes: move them (one undo step) and preview where they land. */
    @Benchmark
    public DropPlan dragFrameOf50Nodes() {
        frame++;
        return drag.moveTo(frame % 40, frame % 30);
    }
}
