package com.cloudwright.cfn;

import com.cloudwright.coverage.CfnCoverage;
import com.cloudwright.coverage.Drop;
import com.cloudwright.model.net.Locator;
import com.cloudwright.model.net.Link;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exports a diagram as CloudFormation: one template per Region, wired from the drawing, checked
 * against AWS's resource schemas before anything is returned. Deterministic: the same diagram
 * gives the same bytes.
 *
 * <pre>{@code
 * ExportResult r = CfnExporter.export(diagram, palette, ExportOptions.defaults());
 * if (r.ok()) show(r.text()); else show(r.problems());
 * }</pre>
 */
public final class CfnExporter {

    /** CloudFormation's limits: past them a template does not deploy as one stack. */
    static final int MAX_RESOURCES = 500;
    static final int MAX_PARAMETERS = 200;
    static final int MAX_OUTPUTS = 200;
    static final int MAX_BODY_BYTES = 1_000_000;

    private final DiagramCheck check;
    private final SchemaChecker schemas;

    public CfnExporter(DiagramCheck check) {
        this(check, SchemaChecker.bundled());
    }

    CfnExporter(DiagramCheck check, SchemaChecker schemas) {
        this.check = Objects.requireNonNull(check, "check");
        this.schemas = Objects.requireNonNull(schemas, "schemas");
    }

    /** Exports with the standard validation gate (the diagram's errors block the export unless forced). */
    public static ExportResult export(Diagram diagram, Palette palette, ExportOptions options) {
        return new CfnExporter(ValidationGate.standard()).run(diagram, palette, options);
    }

    public ExportResult run(Diagram diagram, Palette palette, ExportOptions options) {
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(options, "options");
        List<Drop> dropped = CfnCoverage.drops(diagram, palette);
        if (!options.force()) {
            List<ExportProblem> errors = check.errors(diagram, palette);
            if (!errors.isEmpty()) {
                return new ExportResult(ExportResult.Status.BLOCKED, options.format(), Map.of(), errors, List.of(), dropped);
            }
        }
        SortedMap<String, Build> builds;
        try {
            builds = build(diagram, palette, options);
        } catch (RuntimeException e) {
            // a bug must not take the app down with it: report it like a schema failure
            return new ExportResult(ExportResult.Status.FAILED, options.format(), Map.of(), List.of(
                    new ExportProblem(ExportProblem.Kind.INTERNAL, "", "", Build.text("export.problem.internal",
                            e.getClass().getSimpleName(), e.getMessage()).shown())), List.of(), dropped);
        }
        List<ExportProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<AcceptedRisk> risks = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        boolean several = builds.size() > 1;
        for (Map.Entry<String, Build> e : builds.entrySet()) {
            Template t = e.getValue().template;
            for (SchemaProblem p : schemas.check(t)) {
                problems.add(new ExportProblem(ExportProblem.Kind.SCHEMA, p.resource(), p.path(),
                        (p.type() == null ? "" : p.type() + ": ") + p.message()));
            }
            String text = write(t, options.format());
            texts.put(e.getKey(), text);
            String prefix = several ? e.getKey() + ": " : "";
            e.getValue().notesShown().forEach(n -> warnings.add(prefix + n));
            risks.addAll(e.getValue().acceptedRisks);
            limits(t, text, prefix, warnings);
        }
        if (!problems.isEmpty()) {
            return new ExportResult(ExportResult.Status.FAILED, options.format(), Map.of(), problems, warnings, dropped);
        }
        return new ExportResult(ExportResult.Status.OK, options.format(), texts, List.of(), warnings, dropped)
                .withAcceptedRisks(risks);
    }

    static String write(Template t, TemplateFormat format) {
        Map<String, Object> tree = TemplateTree.of(t);
        return format == TemplateFormat.JSON ? JsonWriter.write(tree) : YamlWriter.write(tree);
    }

    private static void limits(Template t, String text, String prefix, List<String> warnings) {
        if (t.resources().size() > MAX_RESOURCES) {
            warnings.add(prefix + Build.text("export.warning.tooManyResources", t.resources().size(), MAX_RESOURCES).shown());
        }
        if (t.parameters().size() > MAX_PARAMETERS) {
            warnings.add(prefix + Build.text("export.warning.tooManyParameters", t.parameters().size(),
                    MAX_PARAMETERS).shown());
        }
        if (t.outputs().size() > MAX_OUTPUTS) {
            warnings.add(prefix + Build.text("export.warning.tooManyOutputs", t.outputs().size(), MAX_OUTPUTS).shown());
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BODY_BYTES) {
            warnings.add(prefix + Build.text("export.warning.tooLarge", bytes, MAX_BODY_BYTES).shown());
        }
    }

    // ---- building ------------------------------------------------------------------------------

    /** Region → the finished build of its template (not yet checked). */
    static SortedMap<String, Build> build(Diagram diagram, Palette palette, ExportOptions options) {
        SortedMap<String, Build> out = new TreeMap<>();
        regions(diagram).forEach((region, nodes) -> out.put(region, buildOne(diagram, palette, region, nodes, options)));
        return out;
    }

    /** Templates by Region, for tests. */
    static SortedMap<String, Template> templates(Diagram diagram, Palette palette, ExportOptions options) {
        SortedMap<String, Template> out = new TreeMap<>();
        build(diagram, palette, options).forEach((r, b) -> out.put(r, b.template));
        return out;
    }

    /** Each node's Region ({@link Locator#regionName}), us-east-1 when the diagram names none. */
    static SortedMap<String, List<Node>> regions(Diagram diagram) {
        Locator locator = new Locator(diagram);
        String fallback = locator.defaultRegion().orElse(Locator.DEFAULT_REGION);
        SortedMap<String, List<Node>> out = new TreeMap<>();
        List<Node> nodes = new ArrayList<>(diagram.nodes());
        nodes.sort(Comparator.comparing(Node::id));
        for (Node n : nodes) {
            out.computeIfAbsent(locator.region(n), k -> new ArrayList<>()).add(n);
        }
        if (out.isEmpty()) {
            out.put(fallback, new ArrayList<>());
        }
        return out;
    }

    private static Build buildOne(Diagram diagram, Palette palette, String region, List<Node> nodes,
                                  ExportOptions options) {
        Build b = new Build(diagram, palette, region, nodes, options);
        b.network.declare();
        for (Node n : nodes) {
            Mappers.forType(n.type()).ifPresent(m -> m.declare(n, b));
        }
        List<Node> wiring = new ArrayList<>(nodes);
        wiring.sort(Comparator.comparing((Node n) -> Mappers.wiringStage(n.type())).thenComparing(Node::id));
        for (Node n : wiring) {
            Mappers.forType(n.type()).ifPresent(m -> m.wire(n, b));
        }
        wireLinks(b);
        b.securityGroups.emit();
        b.access.emit();
        b.policies.emit();
        b.access.breakCycles();
        StackExports.add(b);
        StackTags.apply(b);
        // the accepted risks name the resources by their final ids: an imported stack's first
        OriginalIds.apply(b);
        b.acceptedRisks.addAll(AcceptedRisks.apply(b));
        explain(b, nodes);
        b.template.metadata().put("Cloudwright", Metadata.of(b, nodes));
        return b;
    }

    /** Network and IAM for every edge: ingress on the callee's port from the caller's group, least privilege. */
    private static void wireLinks(Build b) {
        for (Link l : b.links()) {
            Node caller = l.caller();
            Node callee = l.callee();
            Optional<String> calleeGroup = b.securityGroups.existing(callee);
            if (calleeGroup.isPresent()) {
                if (b.securityGroups.existing(caller).isPresent()) {
                    int port = caller.type().equals("alb") || caller.type().equals("nlb")
                            ? targetPort(b, caller, callee, l.edge()) : Ports.of(b, callee, l.edge());
                    b.securityGroups.allow(callee, caller, port, Ports.protocol(l.edge()));
                } else if (Mappers.NO_RESOURCE.contains(caller.type())
                        && !(isLoadBalancer(callee) && SecurityGroups.internetFacing(b, callee))) {
                    b.note(Build.text("export.note.notOpenedToInternet", b.id(callee), caller.displayLabel()));
                } else if (RUNS_CODE.contains(caller.type())
                        && b.template.resource(b.ids.knows(caller) ? b.id(caller) : "") != null) {
                    b.note(Build.text("export.note.callerOutsideVpc", b.id(caller), b.id(callee), b.id(caller),
                            b.id(callee)));
                }
            }
            b.access.grant(caller, callee, l.edge());
        }
    }

    /** Callers whose code opens connections, and so must sit in the VPC to reach what is in it. */
    private static final java.util.Set<String> RUNS_CODE = java.util.Set.of("lambda", "glue");

    private static boolean isLoadBalancer(Node n) {
        return n.type().equals("alb") || n.type().equals("nlb");
    }

    private static int targetPort(Build b, Node lb, Node target, Edge edge) {
        if (lb.props().has("targetPort")) {
            return (int) b.integer(lb, "targetPort");
        }
        return Ports.of(b, target, edge);
    }

    /** Every node the template holds nothing for is named in the Metadata, with the reason. */
    private static void explain(Build b, List<Node> nodes) {
        for (Node n : nodes) {
            if (!b.resourcesOf(n).isEmpty() || b.notMapped().containsKey(n.id())) {
                continue;
            }
            Optional<TemplateText> reason = Mappers.noResourceReason(n.type());
            if (reason.isPresent()) {
                b.notMapped(n, reason.get());
            } else if (n.type().equals("ec2") && b.group(n, NodeTypes.AUTO_SCALING_GROUP).isPresent()) {
                continue; // launched by its Auto Scaling group, listed there
            } else if (n.type().equals(NodeTypes.SECURITY_GROUP)) {
                b.notMapped(n, Build.text("export.reason.groupMembersOutsideVpc"));
            } else if (!Mappers.mapped(n.type())) {
                // CfnCoverage names the services left out; what is left is outside AWS or unknown
                Optional<Drop> drop = b.drops.stream().filter(d -> !d.isConnection() && d.nodeId().equals(n.id())).findFirst();
                String label = b.palette.entry(n.type()).map(e -> e.label()).orElse(n.type());
                boolean external = b.palette.entry(n.type())
                        .map(e -> e.kind() == com.cloudwright.palette.EntryKind.EXTERNAL).orElse(false);
                if (drop.isPresent()) {
                    b.notMappedInEnglish(n, drop.get().reasonInEnglish());
                } else {
                    b.notMapped(n, Build.text(external ? "export.reason.outsideAws" : "export.reason.unknownType", label));
                }
            } else {
                b.notMapped(n, Build.text("export.reason.notConnected"));
            }
        }
    }
}
