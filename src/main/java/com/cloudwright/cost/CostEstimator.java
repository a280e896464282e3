package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Props;
import com.cloudwright.model.net.Locator;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.PropertySpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Prices a diagram from the palette's pricing data (data over code: a new priced service is a
 * block in {@code palettes/pricing.json}). Every node ends up in the estimate: with line items,
 * or with the reason it has none.
 *
 * <p>For a UI: call {@link #plan} on the thread that owns the diagram (fast, no I/O), then
 * {@link CostPlan#price} on a background thread with a {@link Cancellation}.
 */
public final class CostEstimator {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    /** Variables the estimator works out from the drawing, not properties a user sets. */
    static final java.util.Set<String> DERIVED = java.util.Set.of("count", "inPublicSubnet", "internetEgress", "crossAzEdges");

    /** The region used when neither the caller nor the diagram names one. */
    public static final String DEFAULT_REGION = Locator.DEFAULT_REGION;

    private final Palette palette;

    public CostEstimator(Palette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    /** The estimate in the diagram's region. */
    public CostEstimate estimate(Diagram diagram, PriceSource source) {
        return estimate(diagram, null, source, Cancellation.none());
    }

    /** @param region overrides the diagram's region when not null */
    public CostEstimate estimate(Diagram diagram, String region, PriceSource source, Cancellation cancellation) {
        return plan(diagram, region).price(source, cancellation);
    }

    /** The same diagram priced in each region (one plan per region, prices fetched per region). */
    public RegionComparison compare(Diagram diagram, List<String> regions, PriceSource source, Cancellation cancellation) {
        Map<String, CostEstimate> out = new LinkedHashMap<>();
        for (String r : regions) {
            cancellation.check();
            out.put(r, plan(diagram, r).price(source, cancellation));
        }
        return new RegionComparison(regions, out);
    }

    /**
     * The Price List product a dimension of a service is priced from, for the given property
     * values (palette defaults for the others); empty when a value has no price mapping.
     */
    public java.util.Optional<PriceKey> key(String paletteId, String dimensionId, Map<String, ?> properties) {
        PaletteEntry entry = palette.require(paletteId);
        ServicePricing pricing = ServicePricing.of(entry);
        if (pricing == null) {
            return java.util.Optional.empty();
        }
        for (ServicePricing.Dimension d : pricing.dimensions()) {
            if (d.id().equals(dimensionId)) {
                java.util.function.Function<String, Object> defaults = name -> properties.containsKey(name)
                        ? properties.get(name) : entry.property(name).map(PropertySpec::defaultValue).orElse(null);
                java.util.function.Function<String, Object> values = name -> EdgeGeography.PROPERTY.equals(name)
                        && !properties.containsKey(name) ? EdgeGeography.of(pricing, defaults.apply("viewerLocation"),
                        defaults.apply("priceClass"), null) : defaults.apply(name);
                try {
                    return java.util.Optional.of(new PriceKey(d.service(), fill(d.filters(), values, pricing.values()),
                            fill(d.match(), values, pricing.values()), d.regionField(), d.global()));
                } catch (Template.Unresolved e) {
                    return java.util.Optional.empty();
                }
            }
        }
        throw new IllegalArgumentException("'" + paletteId + "' has no pricing dimension '" + dimensionId + "'");
    }

    /**
     * The region an estimate is shown in: the override, else the diagram's ({@link Locator#defaultRegion}),
     * else {@link #DEFAULT_REGION}.
     */
    public static String regionFor(Diagram diagram, String override) {
        if (override != null && !override.isBlank()) {
            return override.strip();
        }
        return new Locator(diagram).defaultRegion().orElse(DEFAULT_REGION);
    }

    /**
     * Reads what the estimate needs from the diagram. Fast and pure; call it where the diagram may be
     * read. Each node is priced in the Region it is drawn in ({@link Locator#regionName}), or every
     * node in {@code region} when one is given (a what-if).
     */
    public CostPlan plan(Diagram diagram, String region) {
        String r = regionFor(diagram, region);
        boolean override = region != null && !region.isBlank();
        Locator locator = new Locator(diagram);
        List<CostPlan.PlannedNode> nodes = new ArrayList<>(diagram.nodeCount());
        PlanMemo memo = new PlanMemo(new DrawingFacts(diagram, locator));
        for (Node node : diagram.nodes()) {
            String nodeRegion = override ? r : locator.regionName(node).orElse(r);
            nodes.add(planNode(diagram, node, nodeRegion, memo));
        }
        return new CostPlan(diagram.name(), r, nodes);
    }

    private CostPlan.PlannedNode planNode(Diagram diagram, Node node, String region, PlanMemo memo) {
        PaletteEntry entry = palette.entryOf(node).orElse(null);
        if (entry == null) {
            return unpriced(node, node.type(), "", TEXT.get("unpriced.unknownType", node.type()),
                    NodeCost.Kind.NO_PRICE_DATA, List.of());
        }
        List<Assumption> assumptions = assumptions(node, entry);
        Node group = pricingGroupOf(diagram, node);
        if (group != null) {
            return unpriced(node, entry.displayLabel(), entry.category(),
                    TEXT.get("unpriced.included", group.displayLabel()), NodeCost.Kind.INCLUDED, assumptions);
        }
        ServicePricing pricing = ServicePricing.of(entry);
        if (pricing != null && pricing.free() != null) {
            return unpriced(node, entry.displayLabel(), entry.category(), TEXT.get("unpriced.free", pricing.displayFree()),
                    NodeCost.Kind.FREE, assumptions);
        }
        if (pricing == null || !pricing.priced()) {
            String why = pricing != null && pricing.unpriced() != null
                    ? TEXT.get("unpriced.notPriced", entry.displayLabel(), pricing.displayUnpriced())
                    : TEXT.get("unpriced.noData", entry.displayLabel());
            return unpriced(node, entry.displayLabel(), entry.category(), why, NodeCost.Kind.NO_PRICE_DATA, assumptions);
        }
        if (pricing.members() != null) {
            return planGroup(diagram, node, entry, pricing, region, assumptions, memo);
        }
        List<CostPlan.PlannedLine> lines = lines(diagram, node, entry, pricing, region, 1, null, memo);
        if (lines.isEmpty()) {
            return unpriced(node, entry.displayLabel(), entry.category(), TEXT.get("unpriced.noUsage"),
                    NodeCost.Kind.FREE, assumptions);
        }
        return new CostPlan.PlannedNode(node.id(), node.displayLabel(), node.type(), entry.displayLabel(), entry.category(),
                lines, assumptions, null, NodeCost.Kind.PRICED);
    }

    /** An Auto Scaling group: desired capacity × what one member costs. */
    private CostPlan.PlannedNode planGroup(Diagram diagram, Node group, PaletteEntry entry, ServicePricing pricing,
                                           String region, List<Assumption> groupAssumptions, PlanMemo memo) {
        List<Node> members = new ArrayList<>();
        for (Node m : diagram.members(group)) {
            if (pricing.members().types().contains(m.type())) {
                members.add(m);
            }
        }
        if (members.isEmpty()) {
            return unpriced(group, entry.displayLabel(), entry.category(), TEXT.get("unpriced.noMembers"),
                    NodeCost.Kind.FREE, groupAssumptions);
        }
        Node member = members.get(0);
        PaletteEntry memberEntry = palette.require(member.type());
        ServicePricing memberPricing = ServicePricing.of(memberEntry);
        String countProperty = pricing.members().count();
        Object countValue = palette.propertyValue(group, countProperty);
        double count = countValue == null ? members.size() : toNumber(countValue, members.size());
        Assumption countAssumption = new Assumption(group.id(), countProperty,
                entry.property(countProperty).map(PropertySpec::displayLabel).orElse(countProperty),
                countValue == null ? members.size() : countValue, TEXT.get("unit.instances"), !group.props().has(countProperty));
        List<Assumption> assumptions = new ArrayList<>(groupAssumptions);
        assumptions.add(countAssumption);
        assumptions.addAll(assumptions(member, memberEntry));
        List<CostPlan.PlannedLine> lines = memberPricing == null ? List.of()
                : lines(diagram, member, memberEntry, memberPricing, region, count, countAssumption, memo);
        lines = lines.stream().map(l -> new CostPlan.PlannedLine(group.id(), l.dimension(), l.description(),
                l.apiQuantity(), l.per(), l.unit(), l.request(), l.assumptions(), l.missing())).toList();
        return new CostPlan.PlannedNode(group.id(), group.displayLabel(), group.type(), entry.displayLabel(), entry.category(),
                lines, assumptions, null, NodeCost.Kind.PRICED);
    }

    private List<CostPlan.PlannedLine> lines(Diagram diagram, Node node, PaletteEntry entry, ServicePricing pricing,
                                             String region, double count, Assumption countAssumption, PlanMemo memo) {
        boolean publicSubnet = diagram.subnetOf(node).map(s -> s.props().bool("public", false)).orElse(false);
        ToDoubleFunction<String> vars = name -> switch (name) {
            case "count" -> count;
            case "inPublicSubnet" -> publicSubnet ? 1 : 0;
            case "internetEgress" -> memo.facts.internetEgress(node, palette.propertyValue(node, "scheme"));
            case "crossAzEdges" -> memo.facts.crossAzEdges(node);
            default -> {
                int colon = name.indexOf(':');
                Object v = palette.propertyValue(node, colon < 0 ? name : name.substring(0, colon));
                if (v == null) {
                    throw new Expr.UnboundName(name);
                }
                yield colon < 0 ? toNumber(v, Double.NaN) : tableNumber(pricing, name.substring(colon + 1), v);
            }
        };
        List<CostPlan.PlannedLine> out = new ArrayList<>(pricing.dimensions().size());
        for (ServicePricing.Dimension d : pricing.dimensions()) {
            if (d.when() != null && !truthy(d.when(), vars) || !applies(node, d)) {
                continue;
            }
            String missing = null;
            double quantity = 0;
            try {
                quantity = d.quantity().evaluate(vars);
                if (Double.isNaN(quantity) || quantity < 0) {
                    missing = TEXT.get("missing.badQuantity", d.quantity().toString());
                }
            } catch (Expr.UnboundName e) {
                missing = TEXT.get("missing.property", e.name());
            }
            if (missing == null && quantity == 0) {
                continue;
            }
            java.util.function.Function<String, Object> values = name -> EdgeGeography.PROPERTY.equals(name)
                    ? EdgeGeography.of(pricing, palette.propertyValue(node, "viewerLocation"),
                    palette.propertyValue(node, "priceClass"), region) : palette.propertyValue(node, name);
            PlanMemo.Resolved r = memo.of(d).computeIfAbsent(memo.signature(d, values), sig -> resolve(d, values, pricing));
            String description = r.description();
            PriceRequest request = null;
            if (missing == null) {
                if (r.key() != null) {
                    request = PriceRequest.of(r.key(), region);
                } else {
                    missing = r.missing();
                }
            }
            out.add(new CostPlan.PlannedLine(node.id(), d.id(), description, quantity, d.per(), d.displayUnit(), request,
                    lineAssumptions(node, entry, d, countAssumption), missing));
        }
        return out;
    }

    private static PlanMemo.Resolved resolve(ServicePricing.Dimension d, java.util.function.Function<String, Object> values,
                                         ServicePricing pricing) {
        String description;
        try {
            description = Template.describe(d.displayDescription(), values, pricing.values());
        } catch (Template.Unresolved e) {
            description = d.displayDescription();
        }
        try {
            return new PlanMemo.Resolved(description, new PriceKey(d.service(), fill(d.filters(), values, pricing.values()),
                    fill(d.match(), values, pricing.values()), d.regionField(), d.global()), null);
        } catch (Template.Unresolved e) {
            return new PlanMemo.Resolved(description, null, e.getMessage());
        }
    }

    /** onlyIf and skipIf name one value or several separated by '|' ("dc2.large|dc2.8xlarge"). */
    private boolean applies(Node node, ServicePricing.Dimension d) {
        for (Map.Entry<String, String> c : d.onlyIf().entrySet()) {
            if (!anyOf(c.getValue(), CostFormat.value(palette.propertyValue(node, c.getKey())))) {
                return false;
            }
        }
        for (Map.Entry<String, String> c : d.skipIf().entrySet()) {
            if (anyOf(c.getValue(), CostFormat.value(palette.propertyValue(node, c.getKey())))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyOf(String alternatives, String value) {
        for (String a : alternatives.split("\\|", -1)) {
            if (a.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** A choice read as a number through a values table ("G.2X" → "2" DPUs); NaN when the table has no row. */
    private static double tableNumber(ServicePricing pricing, String table, Object value) {
        String row = pricing.values().getOrDefault(table, Map.of()).get(CostFormat.value(value));
        return row == null ? Double.NaN : toNumber(row, Double.NaN);
    }

    private static boolean truthy(Expr when, ToDoubleFunction<String> vars) {
        try {
            return when.evaluate(vars) != 0;
        } catch (Expr.UnboundName e) {
            return false;
        }
    }

    private static Map<String, String> fill(Map<String, String> templates, java.util.function.Function<String, Object> values,
                                            Map<String, Map<String, String>> tables) {
        Map<String, String> out = new LinkedHashMap<>();
        templates.forEach((k, t) -> out.put(k, Template.fill(t, values, tables)));
        return out;
    }

    private List<Assumption> lineAssumptions(Node node, PaletteEntry entry, ServicePricing.Dimension d,
                                             Assumption countAssumption) {
        List<Assumption> out = new ArrayList<>();
        for (String name : d.quantity().names()) {
            if (name.equals("count")) {
                if (countAssumption != null) {
                    out.add(countAssumption);
                }
                continue;
            }
            if (DERIVED.contains(name)) {
                continue;
            }
            String property = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            Object v = palette.propertyValue(node, property);
            if (v != null && out.stream().noneMatch(a -> a.property().equals(property))) {
                out.add(assumption(node, entry, property, v));
            }
        }
        return out;
    }

    private List<Assumption> assumptions(Node node, PaletteEntry entry) {
        List<Assumption> out = new ArrayList<>();
        for (PropertySpec p : entry.properties()) {
            if (p.isUsage()) {
                Object v = palette.propertyValue(node, p.name());
                if (v != null) {
                    out.add(assumption(node, entry, p.name(), v));
                }
            }
        }
        return out;
    }

    private static Assumption assumption(Node node, PaletteEntry entry, String name, Object value) {
        PropertySpec spec = entry.property(name).orElse(null);
        return new Assumption(node.id(), name, spec == null ? name : spec.displayLabel(), value,
                spec == null ? null : spec.displayUnit(), !node.props().has(name));
    }

    /** The Auto Scaling group (or other member-priced group) a node is priced with, if any. */
    private Node pricingGroupOf(Diagram diagram, Node node) {
        for (Node group : diagram.groupsOf(node.id())) {
            if (!NodeTypes.isOverlayGroup(group.type())) {
                continue;
            }
            PaletteEntry ge = palette.entryOf(group).orElse(null);
            ServicePricing gp = ge == null ? null : ServicePricing.of(ge);
            if (gp != null && gp.members() != null && gp.members().types().contains(node.type())) {
                return group;
            }
        }
        return null;
    }

    private static CostPlan.PlannedNode unpriced(Node node, String service, String category, String reason,
                                                 NodeCost.Kind kind, List<Assumption> assumptions) {
        return new CostPlan.PlannedNode(node.id(), node.displayLabel(), node.type(), service, category, List.of(),
                assumptions, reason, kind);
    }

    static double toNumber(Object v, double fallback) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return Props.asNumber(v).orElse(fallback);
    }
}
