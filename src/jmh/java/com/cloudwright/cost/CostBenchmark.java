package com.cloudwright.cost;

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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Estimate of a generated 5,000-node diagram: offline (bundled snapshot), the plan alone, and
 * the live source on a warm disk cache (loopback Price List server). The trial setup prints the
 * API calls of a cold cache (one per distinct query) and of a warm one (zero).
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=CostBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CostBenchmark {

    private static final String[] TYPES = {"t3.micro", "t3.medium", "m5.large", "c5.large", "r5.large", "t2.micro", "m6i.large"};

    private Diagram diagram;
    private CostEstimator estimator;
    private SnapshotPriceSource snapshot;
    private FakePricingServer server;
    private LivePriceSource warmLive;
    private Path cacheDir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        diagram = generate(5_000);
        estimator = new CostEstimator(Palette.bundled());
        snapshot = SnapshotPriceSource.bundled();

        server = new FakePricingServer().addResource("ec2-m5.large-us-east-1.json", "us-east-1");
        cacheDir = Files.createTempDirectory("cloudwright-bench-cache");
        CostPlan plan = estimator.plan(diagram, null);
        long distinct = plan.requests().stream().map(ProductQuery::of).distinct().count();
        LivePriceSource cold = live();
        plan.price(cold, Cancellation.none());
        warmLive = live();
        plan.price(warmLive, Cancellation.none());
        System.out.printf("%n[cost] %d nodes, %d distinct prices, %d distinct Price List queries; cold cache: %d API calls;"
                        + " warm cache: %d API calls%n", diagram.nodeCount(), plan.requests().size(), distinct,
                cold.apiCalls(), warmLive.apiCalls());
    }

    private LivePriceSource live() {
        return LivePriceSource.builder(server.client()).credentials(FakePricingServer.credentials())
                .cache(new PriceCache(cacheDir, Duration.ofDays(7))).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
    }

    @Benchmark
    public CostEstimate estimateOffline() {
        return estimator.estimate(diagram, null, snapshot, Cancellation.none());
    }

    @Benchmark
    public CostPlan planOnly() {
        return estimator.plan(diagram, null);
    }

    @Benchmark
    public CostEstimate estimateLiveWarmCache() {
        return estimator.plan(diagram, null).price(warmLive, Cancellation.none());
    }

    @Benchmark
    public String estimateOfflineAsJson() {
        return CostReport.json(estimator.estimate(diagram, null, snapshot, Cancellation.none()));
    }

    /** A Region of VPCs, each with two AZs of a public and a private subnet, filled with services. */
    static Diagram generate(int size) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(node("r1", "region", null, Map.of("region", "us-east-1")));
        int i = 0;
        int vpc = 0;
        while (nodes.size() < size) {
            String v = "vpc" + vpc;
            nodes.add(node(v, "vpc", "r1", Map.of("cidr", "10." + (vpc % 250) + ".0.0/16")));
            nodes.add(node(v + "-alb", "alb", v, Map.of()));
            for (String az : List.of("a", "b")) {
                String zone = v + "-" + az;
                nodes.add(node(zone, "availability-zone", v, Map.of("zone", az)));
                String pub = zone + "-pub";
                String priv = zone + "-priv";
                nodes.add(node(pub, "subnet", zone, Map.of("public", true)));
                nodes.add(node(priv, "subnet", zone, Map.of("public", false)));
                nodes.add(node(pub + "-nat", "nat-gateway", pub, Map.of()));
                List<String> members = new ArrayList<>();
                for (int k = 0; k < 20 && nodes.size() < size - 10; k++, i++) {
                    String id = priv + "-ec2-" + k;
                    nodes.add(node(id, "ec2", priv, Map.of("instanceType", TYPES[i % TYPES.length])));
                    if (k < 4) {
                        members.add(id);
                    }
                }
                nodes.add(node(priv + "-asg", "auto-scaling-group", null, Map.of("members", members, "desired", 4)));
                nodes.add(node(priv + "-db", "rds", priv, Map.of("multiAz", i % 2 == 0)));
                nodes.add(node(priv + "-cache", "elasticache", priv, Map.of()));
                nodes.add(node(pub + "-web", "ec2", pub, Map.of("instanceType", "t3.micro")));
            }
            nodes.add(node(v + "-s3", "s3", "r1", Map.of()));
            nodes.add(node(v + "-fn", "lambda", "r1", Map.of()));
            nodes.add(node(v + "-table", "dynamodb", "r1", Map.of()));
            nodes.add(node(v + "-queue", "sqs", "r1", Map.of()));
            nodes.add(node(v + "-role", "iam-role", null, Map.of()));
            vpc++;
        }
        return new Diagram("generated", "us-east-1", Map.of(), nodes.subList(0, Math.min(size, nodes.size())), List.of());
    }

    private static Node node(String id, String type, String parent, Map<String, ?> props) {
        return new Node(id, type, parent, new Bounds(0, 0, 64, 64), Props.of(props));
    }
}
