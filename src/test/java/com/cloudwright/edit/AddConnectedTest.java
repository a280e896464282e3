package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

/** Quick add with Shift+Enter: the new service joined to the selected node, the way requests flow, in one undo step. */
class AddConnectedTest {

    private final Diagram d = Fixtures.sample();

    private String addConnected(String type, String selected) {
        AddConnected add = new AddConnected(PALETTE,
                new QuickAdd(PALETTE, PALETTE.entry(type).orElseThrow(), selected, null), selected);
        d.history().execute(add);
        return add.addedId();
    }

    private List<Edge> edgesOf(String id) {
        return d.edges().stream().filter(e -> e.from().equals(id) || e.to().equals(id)).toList();
    }

    @Test
    void aLoadBalancerAddedBesideAGroupCallsTheGroupAndIsOneUndoStep() {
        int edges = d.edgeCount();
        String alb = addConnected("alb", "asg");
        assertThat(edgesOf(alb)).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(alb);
            assertThat(e.to()).isEqualTo("asg");
        });
        assertThat(d.history().undoDescription()).hasValue("Add Application Load Balancer connected to Auto Scaling group");
        d.history().undo();
        assertThat(d.node(alb)).isEmpty();
        assertThat(d.edgeCount()).isEqualTo(edges);
    }

    @Test
    void theDirectionIsTheOneThePaletteAllows() {
        String cdn = addConnected("cloudfront", "users");
        assertThat(edgesOf(cdn)).singleElement().satisfies(e -> assertThat(e.from()).isEqualTo("users"));
        String waf = addConnected("waf", cdn);
        assertThat(edgesOf(waf)).singleElement().satisfies(e -> {
            assertThat(e.from()).as("WAF attaches to CloudFront").isEqualTo(waf);
            assertThat(e.label()).as("an attachment has no port").isNull();
        });
        String bucket = addConnected("s3", cdn);
        assertThat(d.requireNode(bucket).parent()).as("a regional service beside a global one goes into the Region").isEqualTo("r1");
    }

    @Test
    void aPairThatCannotTalkIsAddedUnconnectedWithTheReason() {
        AddConnected add = new AddConnected(PALETTE,
                new QuickAdd(PALETTE, PALETTE.entry("route53").orElseThrow(), "dlq", null), "dlq");
        d.history().execute(add);
        assertThat(d.node(add.addedId())).isPresent();
        assertThat(edgesOf(add.addedId())).isEmpty();
        assertThat(add.refusal()).isPresent();
    }

    @Test
    void aLoadBalancerIsDrawnAcrossTheZonesLevelWithThePublicSubnets() {
        d.history().execute(new com.cloudwright.model.RemoveElements(java.util.Set.of("asg", "web2")));   // the gap between the zones left free
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.entry("alb").orElseThrow(), "db", null);
        d.history().execute(add);
        Node n = d.requireNode(add.addedId());
        assertThat(n.parent()).isEqualTo("vpc");
        Bounds b = n.bounds();
        assertThat(b.centerX()).isBetween(d.requireNode("aza").bounds().maxX(), d.requireNode("azb").bounds().x());
        assertThat(b.y()).isBetween(d.requireNode("pub-a").bounds().y(), d.requireNode("pub-a").bounds().maxY() - b.h());
    }

    @Test
    void whereAGroupsOutlineFillsTheGapTheLoadBalancerGoesWhereThereIsRoom() {
        String alb = addConnected("alb", "web");   // the group of web and web2 spans the gap between the zones
        Bounds b = d.requireNode(alb).bounds();
        assertThat(d.requireNode(alb).parent()).isEqualTo("vpc");
        assertThat(b.intersects(com.cloudwright.render.Geometry.shapeOf(d, d.requireNode("asg")))).isFalse();
    }
}
