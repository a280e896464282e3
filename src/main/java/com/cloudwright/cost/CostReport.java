package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.i18n.Columns;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes estimates for people and programs: text (grouped by node, assumptions beside each line),
 * JSON (PRODUCT.md's {@code {"region","currency","priceSource","items":[…],"total"}} followed by
 * assumptions, sources, unpriced nodes and notes) and CSV. Region comparisons likewise.
 */
public final class CostReport {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CostReport() {
    }

    // ---- one region --------------------------------------------------------------------------

    public static String text(CostEstimate e) {
        StringBuilder sb = new StringBuilder();
        boolean named = e.diagramName() != null && !e.diagramName().isBlank();
        sb.append(named ? TEXT.get("report.title.named", e.diagramName(), e.region(), e.currency())
                : TEXT.get("report.title", e.region(), e.currency())).append('\n');
        sb.append(TEXT.get("report.prices", e.priceSource())).append('\n');
        List<String> fallbacks = new java.util.ArrayList<>();
        for (NodeCost n : e.pricedNodes()) {
            sb.append('\n').append(n.label()).append(" (").append(n.service()).append(")");
            if (!n.label().equals(n.nodeId())) {
                sb.append(" [").append(n.nodeId()).append(']');
            }
            sb.append("  ").append(CostFormat.money(n.subtotal())).append('\n');
            for (LineItem l : n.lines()) {
                sb.append("  ").append(l.description()).append(": ");
                if (l.priced()) {
                    sb.append(CostFormat.plain(l.quantity())).append(' ').append(l.unit()).append(" × ")
                            .append(CostFormat.unitPrice(l.unitPrice())).append(l.tiered() ? " " + TEXT.get("report.firstTier") : "")
                            .append(" = ").append(CostFormat.money(l.monthly()));
                } else {
                    sb.append(CostFormat.plain(l.quantity())).append(' ').append(l.unit()).append(" — ").append(TEXT.get("report.noPrice")).append(": ")
                            .append(l.missing());
                }
                if (!l.assumptions().isEmpty()) {
                    sb.append("   [").append(l.assumptions().stream().map(Assumption::display)
                            .collect(Collectors.joining(", "))).append(']');
                }
                if (l.origin() != null && l.origin().fallback() != null) {
                    int ref = fallbacks.indexOf(l.origin().fallback());
                    if (ref < 0) {
                        fallbacks.add(l.origin().fallback());
                        ref = fallbacks.size() - 1;
                    }
                    sb.append("   ").append(TEXT.get("report.fallbackRef", ref + 1));
                }
                sb.append('\n');
            }
        }
        List<NodeCost> unpriced = e.unpricedNodes();
        if (!unpriced.isEmpty()) {
            sb.append('\n').append(TEXT.get("report.notInTotal")).append('\n');
            for (NodeCost n : unpriced) {
                sb.append("  ").append(n.label()).append(" (").append(n.service()).append("): ").append(n.unpriced()).append('\n');
            }
        }
        sb.append('\n').append(TEXT.get("report.total", CostFormat.money(e.total())));
        if (e.incomplete()) {
            sb.append(' ').append(TEXT.get("report.lowerBound"));
        }
        sb.append('\n');
        for (String note : e.notes()) {
            sb.append(TEXT.get("report.note", note)).append('\n');
        }
        for (int i = 0; i < fallbacks.size(); i++) {
            sb.append(TEXT.get("report.fallbackNote", i + 1, fallbacks.get(i))).append('\n');
        }
        return sb.toString();
    }

    public static String json(CostEstimate e) {
        ObjectNode root = JSON.createObjectNode();
        root.put("region", e.region());
        root.put("currency", e.currency());
        root.put("priceSource", e.priceSource());
        ArrayNode items = root.putArray("items");
        for (LineItem l : e.pricedLines()) {
            ObjectNode i = items.addObject();
            i.put("node", l.nodeId());
            i.put("description", l.description());
            i.put("quantity", l.quantity());
            i.put("unit", l.unit());
            i.put("unitPrice", l.unitPrice());
            i.put("monthly", l.monthly());
            i.put("dimension", l.dimension());
            ArrayNode assumptions = i.putArray("assumptions");
            l.assumptions().forEach(a -> assumption(assumptions.addObject(), a));
            ObjectNode source = i.putObject("source");
            source.put("name", l.origin().source());
            source.put("asOf", l.origin().asOf());
            if (l.origin().detail() != null) {
                source.put("detail", l.origin().detail());
            }
            if (l.origin().detailAsOf() != null) {
                source.put("detailAsOf", l.origin().detailAsOf());
            }
            if (l.origin().fallback() != null) {
                source.put("fallback", l.origin().fallback());
            }
        }
        root.put("total", e.total());
        root.put("complete", !e.incomplete());
        ArrayNode unpriced = root.putArray("unpriced");
        for (NodeCost n : e.nodes()) {
            if (n.kind() != NodeCost.Kind.PRICED) {
                ObjectNode u = unpriced.addObject();
                u.put("node", n.nodeId());
                u.put("service", n.service());
                u.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
                u.put("reason", n.unpriced());
            }
            for (LineItem l : n.lines()) {
                if (!l.priced()) {
                    ObjectNode u = unpriced.addObject();
                    u.put("node", l.nodeId());
                    u.put("service", n.service());
                    u.put("kind", "line");
                    u.put("description", l.description());
                    u.put("quantity", l.quantity());
                    u.put("unit", l.unit());
                    u.put("reason", l.missing());
                }
            }
        }
        ArrayNode notes = root.putArray("notes");
        e.notes().forEach(notes::add);
        return write(root);
    }

    private static void assumption(ObjectNode n, Assumption a) {
        n.put("node", a.nodeId());
        n.put("property", a.property());
        n.put("label", a.label());
        Object v = a.value();
        if (v instanceof Number num) {
            n.put("value", new BigDecimal(CostFormat.number(num.doubleValue())));
        } else if (v instanceof Boolean b) {
            n.put("value", b);
        } else {
            n.put("value", String.valueOf(v));
        }
        if (a.unit() != null) {
            n.put("unit", a.unit());
        }
        n.put("default", a.defaulted());
    }

    public static String csv(CostEstimate e) {
        StringBuilder sb = new StringBuilder();
        sb.append("node,service,description,quantity,unit,unitPrice,monthly,assumptions,source,note\n");
        for (NodeCost n : e.nodes()) {
            if (n.kind() != NodeCost.Kind.PRICED) {
                row(sb, n.nodeId(), n.service(), "", "", "", "", "", "", "", n.unpriced());
                continue;
            }
            for (LineItem l : n.lines()) {
                String assumptions = l.assumptions().stream().map(Assumption::display).collect(Collectors.joining("; "));
                String source = l.origin() == null ? "" : l.origin().source() + " " + l.origin().asOf();
                String note = l.priced() ? (l.origin().fallback() == null ? "" : l.origin().fallback()) : l.missing();
                row(sb, l.nodeId(), n.service(), l.description(), CostFormat.plain(l.quantity()), l.unit(),
                        l.priced() ? CostFormat.plain(l.unitPrice()) : "", l.priced() ? CostFormat.plain(l.monthly()) : "",
                        assumptions, source, note);
            }
        }
        row(sb, "", "", TEXT.get("report.csv.total", e.currency(), e.region()), "", "", "", CostFormat.plain(e.total()),
                "", e.priceSource(), e.incomplete() ? TEXT.get("report.lowerBound") : "");
        return sb.toString();
    }

    // ---- several regions ----------------------------------------------------------------------

    public static String text(RegionComparison c) {
        List<String> regions = c.regions();
        CostEstimate first = c.estimate(regions.get(0));
        int labelWidth = 12;
        for (NodeCost n : first.pricedNodes()) {
            labelWidth = Math.max(labelWidth, Columns.width(n.label()) + Columns.width(n.service()) + 3);
        }
        labelWidth = Math.min(labelWidth, 48);
        StringBuilder sb = new StringBuilder();
        sb.append(TEXT.get("report.compare.title", first.currency())).append('\n');
        sb.append(TEXT.get("report.prices", first.priceSource())).append("\n\n");
        sb.append(Columns.pad("", labelWidth));
        regions.forEach(r -> sb.append(Columns.padLeft(r, 16)));
        sb.append('\n');
        for (NodeCost n : first.pricedNodes()) {
            sb.append(Columns.pad(Columns.truncate(n.label() + " (" + n.service() + ")", labelWidth), labelWidth));
            for (String r : regions) {
                NodeCost rn = c.estimate(r).node(n.nodeId());
                BigDecimal sub = c.subtotal(r, n.nodeId());
                String cell = (sub == null ? TEXT.get("report.noPrice") : CostFormat.money(sub)) + (rn.incomplete() ? "*" : " ");
                sb.append(Columns.padLeft(cell, 16));
            }
            sb.append('\n');
        }
        sb.append(Columns.pad(TEXT.get("report.compare.total"), labelWidth));
        for (String r : regions) {
            CostEstimate e = c.estimate(r);
            sb.append(Columns.padLeft(CostFormat.money(e.total()) + (e.incomplete() ? "*" : " "), 16));
        }
        sb.append('\n').append(Columns.pad(TEXT.get("report.compare.unpriced"), labelWidth));
        for (String r : regions) {
            sb.append(Columns.padLeft(c.unpricedLines(r) + " ", 16));
        }
        sb.append("\n\n").append(TEXT.get("report.compare.star")).append('\n');
        sb.append(TEXT.get("report.compare.order")).append('\n');
        sb.append(TEXT.get("report.note", TEXT.get("note.freeTier"))).append('\n');
        return sb.toString();
    }

    public static String json(RegionComparison c) {
        ObjectNode root = JSON.createObjectNode();
        CostEstimate first = c.estimate(c.regions().get(0));
        root.put("currency", first.currency());
        root.put("priceSource", first.priceSource());
        ArrayNode regions = root.putArray("regions");
        c.regions().forEach(regions::add);
        ObjectNode totals = root.putObject("totals");
        ObjectNode complete = root.putObject("complete");
        ObjectNode unpriced = root.putObject("unpricedLines");
        for (String r : c.regions()) {
            totals.put(r, c.estimate(r).total());
            complete.put(r, !c.estimate(r).incomplete());
            unpriced.put(r, c.unpricedLines(r));
        }
        ArrayNode nodes = root.putArray("nodes");
        for (NodeCost n : first.pricedNodes()) {
            ObjectNode o = nodes.addObject();
            o.put("node", n.nodeId());
            o.put("service", n.service());
            ObjectNode monthly = o.putObject("monthly");
            for (String r : c.regions()) {
                monthly.put(r, c.subtotal(r, n.nodeId()));
            }
        }
        return write(root);
    }

    public static String csv(RegionComparison c) {
        StringBuilder sb = new StringBuilder("node,service");
        c.regions().forEach(r -> sb.append(',').append(r));
        sb.append('\n');
        CostEstimate first = c.estimate(c.regions().get(0));
        for (NodeCost n : first.pricedNodes()) {
            sb.append(cell(n.nodeId())).append(',').append(cell(n.service()));
            for (String r : c.regions()) {
                BigDecimal sub = c.subtotal(r, n.nodeId());
                sb.append(',').append(sub == null ? "" : CostFormat.plain(sub));
            }
            sb.append('\n');
        }
        sb.append(',').append(cell(TEXT.get("report.compare.total")));
        c.regions().forEach(r -> sb.append(',').append(CostFormat.plain(c.estimate(r).total())));
        sb.append('\n');
        return sb.toString();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells[i]));
        }
        sb.append('\n');
    }

    static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
