package com.cloudwright.coverage;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.net.Link;
import com.cloudwright.model.net.Links;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.palette.NodeValues;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the CloudFormation export can express of a drawing, worked out once for the exporter (which
 * skips what is left out and names it in the template and after the export) and the validator
 * (which shows it as a problem while drawing, before anything is exported).
 *
 * <p>A node is left out when its palette entry has no CloudFormation resource types (no schema is
 * bundled for it), or when what it stands for is bought outside CloudFormation (Shield Advanced). A connection is left out when its caller turns connections into specific
 * resources (origins, targets, subscriptions, integrations, alias records) and has none for the
 * callee's type; other connections become security-group rules and IAM access, which every pair
 * has.
 */
public final class CfnCoverage {

    /** Drawn, yet nothing to create and nothing lost: outside AWS, or a product with no stack part. */
    public static final Set<String> NO_RESOURCE = Set.of("users", "on-premises", "direct-connect", "quicksight");

    /** What an EventBridge rule (or an S3 notification through EventBridge) can deliver to. */
    public static final Set<String> RULE_TARGETS = Set.of("lambda", "sqs", "sns", "step-functions",
            "kinesis-data-streams", "kinesis-firehose");

    /** Services a REST API integrates with directly (a proxy for functions, an AWS integration otherwise). */
    public static final Set<String> REST_API_INTEGRATIONS = Set.of("lambda", "sqs", "sns", "step-functions");

    /** What an API's edges may also reach without an integration: its authorizer, tracing and logs. */
    private static final Set<String> API_COMPANIONS = Set.of("cognito", "xray", "cloudwatch");

    /** Callers whose connections become resources of their own, and the callee types they have them for. */
    private static final Map<String, Set<String>> EXPRESSED = Map.of(
            "cloudfront", Set.of("s3", "alb", "nlb", "api-gateway", "ec2", "waf"),
            "route53", Set.of("cloudfront", "alb", "nlb", "elastic-ip"),
            "alb", Set.of("ec2", "ecs", "fargate", "lambda"),
            "nlb", Set.of("ec2", "ecs", "fargate"),
            "sns", Set.of("sqs", "lambda"),
            "eventbridge", RULE_TARGETS);

    private CfnCoverage() {
    }

    /** The callee types a caller's connections become resources for; every type when it has no list. */
    public static Optional<Set<String>> callees(String callerType) {
        return Optional.ofNullable(EXPRESSED.get(callerType));
    }

    /**
     * Whether the template wires a connection from the caller to the callee in this diagram. An
     * instance its Auto Scaling group launches has no address of its own until it runs, and may be
     * replaced at any time, so CloudFront has nothing to name as its origin: the distribution needs
     * the load balancer in front of the group instead.
     */
    public static boolean expresses(Diagram diagram, Node caller, Node callee, NodeValues values) {
        if (caller.type().equals("cloudfront") && callee.type().equals("ec2") && launchedByGroup(diagram, callee)) {
            return false;
        }
        return expresses(caller, callee, values);
    }

    /** Whether an instance is one of those an Auto Scaling group launches. */
    private static boolean launchedByGroup(Diagram diagram, Node instance) {
        return diagram.groupsOf(instance.id()).stream().anyMatch(g -> g.type().equals(NodeTypes.AUTO_SCALING_GROUP));
    }

    /** Whether a connection of these types is wired, wherever its ends are drawn. */
    public static boolean expresses(Node caller, Node callee, NodeValues values) {
        if (caller.type().equals("api-gateway")) {
            if (API_COMPANIONS.contains(callee.type())) {
                return true;
            }
            String apiType = values.string(caller, "apiType").orElse("REST");
            return apiType.equals("HTTP") || apiType.equals("WEBSOCKET")
                    ? callee.type().equals("lambda") : REST_API_INTEGRATIONS.contains(callee.type());
        }
        Set<String> callees = EXPRESSED.get(caller.type());
        return callees == null || callees.contains(callee.type());
    }

    /** Whether a node of the entry becomes no resource: a service with no CloudFormation types. */
    public static boolean leftOut(PaletteEntry entry) {
        return entry.kind() == EntryKind.SERVICE && entry.cfnTypes().isEmpty() && !NO_RESOURCE.contains(entry.id());
    }

    /** Everything drawn that the export leaves out, nodes first, each kind in id order. */
    public static List<Drop> drops(Diagram diagram, Palette palette) {
        NodeValues values = new NodeValues(palette);
        List<Drop> nodes = new ArrayList<>();
        for (Node n : diagram.nodes()) {
            Optional<PaletteEntry> entry = palette.entryOf(n);
            if (entry.isPresent() && leftOut(entry.get())) {
                nodes.add(new Drop(n.id(), null, null, "drop.noResource", List.of(entry.get().label())));
            } else if (n.type().equals("shield") && values.bool(n, "advanced", false)) {
                nodes.add(new Drop(n.id(), null, null, "drop.shieldAdvanced", List.of()));
            }
        }
        nodes.sort(Comparator.comparing(Drop::nodeId));
        List<Drop> edges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Link l : Links.of(diagram).all()) {
            Node caller = l.caller();
            Node callee = l.callee();
            if (caller == callee || expresses(diagram, caller, callee, values) || !mayCall(palette, caller, callee)
                    || !seen.add(l.edge().id() + "\n" + callee.id())) {
                continue;
            }
            String callerLabel = label(palette, caller);
            String calleeLabel = label(palette, callee);
            String key = expresses(caller, callee, values) ? "drop.connection.scaledInstance"
                    : "drop.connection." + caller.type();
            edges.add(new Drop(caller.id(), l.edge().id(), callee.id(), key,
                    List.of(callerLabel, calleeLabel, caller.id(), callee.id())));
        }
        edges.sort(Comparator.comparing(Drop::edgeId).thenComparing(Drop::calleeId));
        List<Drop> out = new ArrayList<>(nodes);
        out.addAll(edges);
        return out;
    }

    /** Connections the palette forbids are the validator's own error, not something the export drops. */
    private static boolean mayCall(Palette palette, Node caller, Node callee) {
        Optional<PaletteEntry> a = palette.entryOf(caller);
        Optional<PaletteEntry> b = palette.entryOf(callee);
        return a.isPresent() && b.isPresent() && a.get().mayCall(b.get());
    }

    private static String label(Palette palette, Node node) {
        return palette.entryOf(node).map(PaletteEntry::label).orElse(node.type());
    }
}
