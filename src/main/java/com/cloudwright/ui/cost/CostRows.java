package com.cloudwright.ui.cost;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.cost.Assumption;
import com.cloudwright.cost.CostEstimate;
import com.cloudwright.cost.CostFormat;
import com.cloudwright.cost.LineItem;
import com.cloudwright.cost.NodeCost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the cost tree, without JavaFX: services (largest first) → nodes → line items →
 * the usage assumptions each line used; then the nodes that are not in the total, with why.
 * Each row has a key that stays the same across estimates, so the view keeps what was expanded.
 */
final class CostRows {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private CostRows() {
    }

    /** One row of the tree. */
    sealed interface Row {
        String key();
    }

    /** A palette service (Amazon EC2): the sum of its nodes. */
    record ServiceRow(String service, BigDecimal monthly, int nodes, boolean incomplete) implements Row {
        @Override
        public String key() {
            return "service:" + service;
        }
    }

    /** A priced node: its subtotal. */
    record NodeRow(NodeCost node) implements Row {
        @Override
        public String key() {
            return "node:" + node.nodeId();
        }
    }

    /** One line item of a node. */
    record LineRow(LineItem line) implements Row {
        @Override
        public String key() {
            return "line:" + line.nodeId() + "/" + line.dimension();
        }
    }

    /** A usage assumption, editable; {@code under} is the key of the row it is shown under. */
    record AssumptionRow(Assumption assumption, String under) implements Row {
        @Override
        public String key() {
            return under + "/" + assumption.nodeId() + "." + assumption.property();
        }
    }

    /** What a section of nodes outside the total holds. */
    enum Section { NO_PRICE_DATA, FREE }

    /** A heading over nodes that are not in the total. */
    record SectionRow(Section section, int count) implements Row {
        @Override
        public String key() {
            return "section:" + section;
        }
    }

    /** A node outside the total, with the reason. */
    record UnpricedRow(NodeCost node) implements Row {
        @Override
        public String key() {
            return "unpriced:" + node.nodeId();
        }
    }

    /** A row and the rows under it. */
    record Tree(Row row, List<Tree> children) {
        Tree {
            children = List.copyOf(children);
        }

        /** This row and every row under it, depth first. */
        List<Row> flatten() {
            List<Row> out = new ArrayList<>();
            collect(this, out);
            return out;
        }

        private static void collect(Tree t, List<Row> out) {
            out.add(t.row());
            t.children().forEach(c -> collect(c, out));
        }
    }

    /** The top-level rows for an estimate. */
    static List<Tree> of(CostEstimate estimate) {
        Map<String, List<NodeCost>> byService = new LinkedHashMap<>();
        List<NodeCost> noData = new ArrayList<>();
        List<NodeCost> free = new ArrayList<>();
        for (NodeCost n : estimate.nodes()) {
            switch (n.kind()) {
                case PRICED -> byService.computeIfAbsent(n.service(), s -> new ArrayList<>()).add(n);
                case NO_PRICE_DATA -> noData.add(n);
                case FREE, INCLUDED -> free.add(n);
            }
        }
        List<Tree> services = new ArrayList<>();
        byService.forEach((service, nodes) -> services.add(service(service, nodes)));
        services.sort((a, b) -> ((ServiceRow) b.row()).monthly().compareTo(((ServiceRow) a.row()).monthly()));
        List<Tree> out = new ArrayList<>(services);
        if (!noData.isEmpty()) {
            out.add(new Tree(new SectionRow(Section.NO_PRICE_DATA, noData.size()), noData.stream().map(CostRows::unpriced).toList()));
        }
        if (!free.isEmpty()) {
            out.add(new Tree(new SectionRow(Section.FREE, free.size()), free.stream().map(CostRows::unpriced).toList()));
        }
        return out;
    }

    private static Tree service(String service, List<NodeCost> nodes) {
        BigDecimal monthly = BigDecimal.ZERO;
        boolean incomplete = false;
        List<Tree> children = new ArrayList<>();
        for (NodeCost n : nodes) {
            monthly = monthly.add(n.subtotal());
            incomplete |= n.incomplete();
            children.add(node(n));
        }
        return new Tree(new ServiceRow(service, monthly, nodes.size(), incomplete), children);
    }

    private static Tree node(NodeCost n) {
        NodeRow row = new NodeRow(n);
        List<Tree> children = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (LineItem l : n.lines()) {
            LineRow line = new LineRow(l);
            List<Tree> assumptions = new ArrayList<>();
            for (Assumption a : l.assumptions()) {
                shown.add(a.nodeId() + "." + a.property());
                assumptions.add(new Tree(new AssumptionRow(a, line.key()), List.of()));
            }
            children.add(new Tree(line, assumptions));
        }
        // Usage no line uses yet (a quantity of 0 drops its line): still editable, under the node.
        for (Assumption a : n.assumptions()) {
            if (!shown.contains(a.nodeId() + "." + a.property())) {
                children.add(new Tree(new AssumptionRow(a, row.key()), List.of()));
            }
        }
        return new Tree(row, children);
    }

    private static Tree unpriced(NodeCost n) {
        UnpricedRow row = new UnpricedRow(n);
        return new Tree(row, n.assumptions().stream().map(a -> new Tree(new AssumptionRow(a, row.key()), List.of())).toList());
    }

    // ---- what each column shows (Java 17: no pattern switch yet) ---------------------------------

    static String item(Row row) {
        if (row instanceof ServiceRow s) {
            return TEXT.get("cost.row.service", s.service(), s.nodes());
        } else if (row instanceof NodeRow n) {
            return n.node().label();
        } else if (row instanceof LineRow l) {
            return l.line().description();
        } else if (row instanceof AssumptionRow a) {
            return a.assumption().label();
        } else if (row instanceof SectionRow s) {
            return TEXT.get(s.section() == Section.NO_PRICE_DATA ? "cost.section.noData" : "cost.section.free", s.count());
        }
        NodeCost u = ((UnpricedRow) row).node();
        return TEXT.get("cost.row.unpriced", u.label(), u.service(), u.unpriced());
    }

    static String monthly(Row row) {
        if (row instanceof ServiceRow s) {
            return money(s.monthly(), s.incomplete());
        } else if (row instanceof NodeRow n) {
            return n.node().lines().stream().noneMatch(LineItem::priced)
                    ? TEXT.get("cost.noPrice") : money(n.node().subtotal(), n.node().incomplete());
        } else if (row instanceof LineRow l) {
            return l.line().priced() ? CostFormat.money(l.line().monthly()) : TEXT.get("cost.noPrice");
        } else if (row instanceof UnpricedRow u) {
            return u.node().kind() == NodeCost.Kind.NO_PRICE_DATA ? TEXT.get("cost.noPrice") : "";
        }
        return "";
    }

    static String quantity(Row row) {
        if (row instanceof LineRow l) {
            return grouped(CostFormat.plain(l.line().quantity()));
        } else if (row instanceof AssumptionRow a) {
            return grouped(CostFormat.value(a.assumption().value()));
        }
        return "";
    }

    /** 1000000 → 1,000,000 for reading (the editor shows the plain number); other text unchanged. */
    static String grouped(String plain) {
        if (!plain.matches("-?\\d{5,}(\\.\\d+)?")) {
            return plain;
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String sign = whole.startsWith("-") ? "-" : "";
        String digits = whole.substring(sign.length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sign + sb + (dot < 0 ? "" : plain.substring(dot));
    }

    static String unit(Row row) {
        if (row instanceof LineRow l) {
            return l.line().unit();
        } else if (row instanceof AssumptionRow a) {
            return a.assumption().unit() == null ? "" : a.assumption().unit();
        }
        return "";
    }

    static String unitPrice(Row row) {
        if (row instanceof LineRow l && l.line().priced()) {
            return CostFormat.unitPrice(l.line().unitPrice()) + (l.line().tiered() ? " " + TEXT.get("cost.firstTier") : "");
        }
        return "";
    }

    /** Where a line's price came from, in a word or two; for an assumption, whether it is the default. */
    static String source(Row row) {
        if (row instanceof LineRow l) {
            if (!l.line().priced()) {
                return TEXT.get("cost.source.none");
            }
            return l.line().origin().fallback() != null ? TEXT.get("cost.source.fallback") : l.line().origin().source();
        } else if (row instanceof AssumptionRow a) {
            return TEXT.get(a.assumption().defaulted() ? "cost.assumption.default" : "cost.assumption.set");
        }
        return "";
    }

    /** The full story of a row, shown under the table when it is selected and as its tooltip. */
    static String detail(Row row) {
        if (row instanceof LineRow l) {
            if (!l.line().priced()) {
                return TEXT.get("cost.detail.missing", l.line().missing());
            }
            var o = l.line().origin();
            String from = TEXT.get("cost.detail.origin", o.source(), o.asOf())
                    + (o.detail() == null ? "" : " " + (o.detailAsOf() == null ? TEXT.get("cost.detail.figure", o.detail())
                    : TEXT.get("cost.detail.figureDated", o.detail(), o.detailAsOf())));
            return o.fallback() == null ? from : TEXT.get("cost.detail.fallback", o.fallback(), from);
        } else if (row instanceof AssumptionRow a) {
            return TEXT.get("cost.detail.assumption", a.assumption().display(), a.assumption().nodeId(),
                    TEXT.get(a.assumption().defaulted() ? "cost.assumption.default" : "cost.assumption.set"));
        } else if (row instanceof NodeRow n) {
            return TEXT.get("cost.detail.node", n.node().label(), n.node().nodeId(), n.node().service());
        } else if (row instanceof UnpricedRow u) {
            return TEXT.get("cost.detail.unpriced", u.node().label(), u.node().nodeId(), u.node().unpriced());
        } else if (row instanceof ServiceRow s) {
            return TEXT.get("cost.detail.service", s.service(), s.nodes());
        }
        return TEXT.get(((SectionRow) row).section() == Section.NO_PRICE_DATA
                ? "cost.detail.section.noData" : "cost.detail.section.free");
    }

    /** A style class for the row's status: a missing price, a fallback, or null. */
    static String status(Row row) {
        if (row instanceof LineRow l) {
            return !l.line().priced() ? "cost-missing" : l.line().origin().fallback() != null ? "cost-fallback" : null;
        } else if (row instanceof NodeRow n) {
            return n.node().incomplete() ? "cost-missing" : null;
        } else if (row instanceof ServiceRow s) {
            return s.incomplete() ? "cost-missing" : null;
        } else if (row instanceof UnpricedRow u) {
            return u.node().kind() == NodeCost.Kind.NO_PRICE_DATA ? "cost-missing" : null;
        }
        return null;
    }

    private static String money(BigDecimal v, boolean lowerBound) {
        return CostFormat.money(v) + (lowerBound ? "+" : "");
    }
}
