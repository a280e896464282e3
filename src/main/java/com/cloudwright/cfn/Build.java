package com.cloudwright.cfn;

import com.cloudwright.coverage.CfnCoverage;
import com.cloudwright.coverage.Drop;
import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Props;
import com.cloudwright.model.net.Link;
import com.cloudwright.model.net.Links;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.palette.NodeValues;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PropertySpec;
import com.cloudwright.palette.PropertyType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The state of one template's export: the diagram nodes it covers, the names, the template
 * being filled, and the shared builders (network, security groups, IAM, resource policies) that
 * several mappers add to before they are written out.
 */
final class Build {

    /** The notes and reasons the exporter writes into templates and shows after an export. */
    static final Bundle TEXT = Bundle.named("com.cloudwright.cfn.messages");

    final Diagram diagram;
    final Palette palette;
    final String region;
    final ExportOptions options;
    final Template template;
    final LogicalIds ids;
    final Network network;
    final SecurityGroups securityGroups;
    final Access access;
    final ResourcePolicies policies;
    private final Set<String> here;
    private final Map<String, String> notMapped = new TreeMap<>();
    private final Map<String, TemplateText> notes = new TreeMap<>();
    private final Links links;
    private final NodeValues values;
    /** What this template leaves out of the drawing, as {@link CfnCoverage} decides it. */
    final List<Drop> drops;
    /** The best-practice findings the template accepts, with reasons (filled once it is complete). */
    final List<AcceptedRisk> acceptedRisks = new java.util.ArrayList<>();
    private final Map<String, List<Resource>> byNode = new java.util.HashMap<>();

    Build(Diagram diagram, Palette palette, String region, List<Node> nodes, ExportOptions options) {
        this.diagram = diagram;
        this.palette = palette;
        this.region = region;
        this.options = options;
        this.template = new Template(description(diagram, region));
        this.ids = new LogicalIds(nodes);
        Set<String> inTemplate = new LinkedHashSet<>();
        nodes.forEach(n -> inTemplate.add(n.id()));
        this.here = Set.copyOf(inTemplate);
        noteEdgesLeavingTheRegion();
        this.links = Links.among(diagram, n -> here.contains(n.id()));
        this.values = new NodeValues(palette);
        this.drops = CfnCoverage.drops(diagram, palette).stream().filter(d -> here.contains(d.nodeId())).toList();
        this.network = new Network(this);
        this.securityGroups = new SecurityGroups(this);
        this.access = new Access(this);
        this.policies = new ResourcePolicies(this);
    }

    private static String description(Diagram d, String region) {
        String name = d.name() == null || d.name().isBlank() ? "Untitled diagram" : d.name();
        return name + " (" + region + ") - exported by Cloudwright";
    }

    // ---- nodes ---------------------------------------------------------------------------------

    boolean inTemplate(Node node) {
        return here.contains(node.id());
    }

    String id(Node node) {
        return ids.of(node);
    }

    Fn.Ref ref(Node node) {
        return Fn.ref(id(node));
    }

    /** Adds the node's main resource, named after the node. */
    Resource primary(Node node, String type) {
        return track(template.add(new Resource(id(node), type, node.id())));
    }

    /** Adds a resource belonging to the node, named after it plus a suffix. */
    Resource add(Node node, String suffix, String type) {
        return track(template.add(new Resource(ids.claim(id(node) + suffix), type, node.id())));
    }

    private Resource track(Resource r) {
        byNode.computeIfAbsent(r.nodeId(), k -> new ArrayList<>()).add(r);
        return r;
    }

    /** The node's resource of a type, if it made one. */
    Optional<Resource> resourceOf(Node node, String type) {
        return byNode.getOrDefault(node.id(), List.of()).stream().filter(r -> r.type().equals(type)).findFirst();
    }

    /** The resources made for the node, by logical id. */
    List<String> resourcesOf(Node node) {
        return byNode.getOrDefault(node.id(), List.of()).stream().map(Resource::logicalId).sorted().toList();
    }

    /** Adds a resource not tied to one node. */
    Resource add(String wantedId, String type) {
        return template.add(new Resource(ids.claim(wantedId), type, null));
    }

    /**
     * A parameter, declared once however often it is asked for. Parameters share the namespace of
     * resources, so a node whose label gives the same name pushes the parameter to a numbered one.
     */
    Fn.Ref parameter(Template.Parameter p) {
        Template.Parameter checked = p;
        if (p.allowedPattern() != null && p.defaultValue() instanceof String d
                && !java.util.regex.Pattern.compile(p.allowedPattern()).matcher(d).matches()) {
            note(text("build.note.parameterDefaultInvalid", p.name(), d, p.constraintDescription()));
            checked = new Template.Parameter(p.name(), p.type(), p.description(), null, p.allowedPattern(),
                    p.allowedValues(), p.constraintDescription());
        }
        String name = parameterNames.computeIfAbsent(checked, k -> ids.claim(k.name()));
        return template.parameter(checked.withName(name));
    }

    /** Whether the template wires the connection (else it is one of the {@link #drops}). */
    boolean expresses(Node caller, Node callee) {
        return CfnCoverage.expresses(diagram, caller, callee, values);
    }

    /**
     * For a mapper that meets a connection {@link CfnCoverage} says it expresses and has no way to:
     * the two disagree, which is a bug (the export reports it instead of dropping the connection).
     */
    static IllegalStateException unexpressed(Node caller, Node callee) {
        return new IllegalStateException("CfnCoverage says " + caller.type() + " → " + callee.type()
                + " is exported, yet no mapper writes it (" + caller.id() + " → " + callee.id() + ")");
    }

    void notMapped(Node node, TemplateText reason) {
        notMapped.put(node.id(), reason.english());
    }

    void notMappedInEnglish(Node node, String reason) {
        notMapped.put(node.id(), reason);
    }

    /** Records a reason unless a mapper already gave a more specific one. */
    void notMappedUnlessExplained(Node node, TemplateText reason) {
        notMapped.putIfAbsent(node.id(), reason.english());
    }

    /** Node id → why the template holds nothing for it, in English (only the Metadata carries these). */
    Map<String, String> notMapped() {
        return notMapped;
    }

    void note(TemplateText text) {
        notes.putIfAbsent(text.english(), text);
    }

    /** The notes in the template's order (sorted by their English text), in English for the Metadata. */
    List<String> notesInEnglish() {
        return List.copyOf(notes.keySet());
    }

    /** The same notes in the same order, in the user's language. */
    List<String> notesShown() {
        return notes.values().stream().map(TemplateText::shown).toList();
    }

    // ---- properties ----------------------------------------------------------------------------

    /**
     * A node's property, or the palette default. A value the palette does not allow (a choice not
     * among its values, a number out of its range, text where a number or a flag belongs) is
     * replaced by the default or the nearest bound, with a note: the validator reports such values,
     * and a forced export must still give a template that deploys.
     */
    Object prop(Node node, String name) {
        Object value = node.props().get(name);
        Optional<PropertySpec> spec = palette.entryOf(node).flatMap(e -> e.property(name));
        if (value == null || spec.isEmpty()) {
            return palette.propertyValue(node, name);
        }
        PropertySpec p = spec.get();
        Object fallback = p.defaultValue();
        switch (p.type()) {
            case CHOICE -> {
                if (!p.values().contains(value.toString())) {
                    return replaced(node, name, value, fallback, text("build.why.notOneOf", p.values()));
                }
            }
            case INTEGER, NUMBER -> {
                Double number = Props.asNumber(value).orElse(null);
                if (number == null || number.isNaN() || number.isInfinite()) {
                    return replaced(node, name, value, fallback, text("build.why.notANumber"));
                }
                if (p.min() != null && number < p.min()) {
                    return replaced(node, name, value, bound(p.min(), p), text("build.why.belowMinimum", p.min()));
                }
                if (p.max() != null && number > p.max()) {
                    return replaced(node, name, value, bound(p.max(), p), text("build.why.aboveMaximum", p.max()));
                }
                return p.type() == PropertyType.INTEGER ? (Object) Math.round(number) : (Object) number;
            }
            case BOOLEAN -> {
                boolean flag = value instanceof Boolean || value instanceof String s
                        && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"));
                if (!flag) {
                    return replaced(node, name, value, fallback, text("build.why.notABoolean"));
                }
            }
            default -> {
                if (value instanceof Map || (value instanceof List && p.type() != PropertyType.NODE_REFS && p.type() != PropertyType.CIDRS)) {
                    return replaced(node, name, value, fallback, text("build.why.notSingle"));
                }
            }
        }
        return value;
    }

    private static Object bound(double limit, PropertySpec p) {
        return p.type() == PropertyType.INTEGER ? (Object) Math.round(limit) : (Object) limit;
    }

    private Object replaced(Node node, String name, Object value, Object used, TemplateText why) {
        note(used == null ? text("build.note.propertyDropped", node.id(), name, value, why)
                : text("build.note.propertyReplaced", node.id(), name, value, why, used));
        return used;
    }

    /**
     * The node's property, else the default its palette entry declares (which must exist: a
     * default is palette data, not a literal here).
     */
    String string(Node node, String name) {
        return string(node, name, paletteDefault(node, name).toString());
    }

    long integer(Node node, String name) {
        Object d = paletteDefault(node, name);
        return integer(node, name, Props.asNumber(d).map(Math::round).orElseThrow(() -> new IllegalStateException(
                node.type() + "." + name + ": the palette default '" + d + "' is no number")));
    }

    boolean bool(Node node, String name) {
        Object d = paletteDefault(node, name);
        if (!(d instanceof Boolean flag)) {
            throw new IllegalStateException(node.type() + "." + name + ": the palette default '" + d + "' is no flag");
        }
        return bool(node, name, flag);
    }

    private Object paletteDefault(Node node, String name) {
        return palette.entryOf(node).flatMap(e -> e.property(name)).map(PropertySpec::defaultValue).orElseThrow(() ->
                new IllegalStateException("the palette gives " + node.type() + " no default for " + name));
    }

    /** The node's property, else the palette default, else the fallback (for entries that lack the property). */
    String string(Node node, String name, String fallback) {
        Object v = prop(node, name);
        return v == null || v.toString().isBlank() ? fallback : v.toString();
    }

    long integer(Node node, String name, long fallback) {
        return Props.asNumber(prop(node, name)).map(Math::round).orElse(fallback);
    }

    boolean bool(Node node, String name, boolean fallback) {
        return Props.asBoolean(prop(node, name), fallback);
    }

    /** Common tags: a Name naming the stack and the node's label. */
    Object nameTag(Node node) {
        return Json.nameTag(Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(id(node))));
    }

    // ---- edges ---------------------------------------------------------------------------------

    /** Every caller → callee pair of the template, overlay groups expanded, in a stable order. */
    List<Link> links() {
        return links.all();
    }

    List<Link> linksFrom(Node caller) {
        return links.from(caller);
    }

    List<Link> linksTo(Node callee) {
        return links.to(callee);
    }

    List<Node> callees(Node caller, String type) {
        return links.callees(caller, type);
    }

    List<Node> callers(Node callee, String type) {
        return links.callers(callee, type);
    }

    /** Nodes joined to this one by an edge in either direction (for services drawn "attached"). */
    List<Node> neighbours(Node node) {
        return links.neighbours(node);
    }

    /** An edge between this template's Region and another is left to the user: say so. */
    private void noteEdgesLeavingTheRegion() {
        for (Edge e : diagram.edges()) {
            boolean fromHere = here.contains(e.from()) && diagram.node(e.from()).isPresent();
            boolean toHere = here.contains(e.to()) && diagram.node(e.to()).isPresent();
            if (fromHere && !toHere && diagram.node(e.to()).isPresent()) {
                note(text("build.note.edgeCrossesRegions", e.id(), e.from(), e.to()));
            }
        }
    }

    /** The overlay group of the given type the node belongs to (first by id), if any. */
    Optional<Node> group(Node node, String type) {
        return diagram.groupsOf(node.id()).stream().filter(g -> g.type().equals(type))
                .min(Comparator.comparing(Node::id));
    }

    /** Each distinct parameter gets its own name: two key pairs drawn are KeyName and KeyName2. */
    private final Map<Template.Parameter, String> parameterNames = new java.util.HashMap<>();
    private Set<String> deadLetterQueues;

    /** The queues some other queue names as its dead-letter queue. */
    Set<String> deadLetterQueues() {
        if (deadLetterQueues == null) {
            Set<String> out = new java.util.HashSet<>();
            for (Node q : nodesOfType("sqs")) {
                q.props().string("deadLetterQueue").ifPresent(out::add);
            }
            deadLetterQueues = out;
        }
        return deadLetterQueues;
    }

    /** Nodes of a type in this template, by id. */
    List<Node> nodesOfType(String type) {
        List<Node> out = new ArrayList<>(diagram.nodesOfType(type));
        out.removeIf(n -> !here.contains(n.id()));
        out.sort(Comparator.comparing(Node::id));
        return out;
    }

    static <T> T require(T value, String what) {
        return Objects.requireNonNull(value, what);
    }

    /**
     * A note or reason from the bundle. Arguments are written as plain text (no number grouping):
     * the notes land in the template's Metadata, which must not change with the user's language.
     */
    static TemplateText text(String key, Object... args) {
        return TemplateText.of(key, args);
    }
}
