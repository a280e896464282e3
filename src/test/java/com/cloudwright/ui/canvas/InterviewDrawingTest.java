package com.cloudwright.ui.canvas;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.Geometry;
import com.cloudwright.render.LayoutChecker;
import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Validator;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 004's highly available LAMP service drawn from an empty canvas with the keyboard and a few
 * clicks, the way an architect does it in an interview: Region, VPC, two AZs with a public and a
 * private subnet each, two web servers made an Auto Scaling group, the load balancer across the
 * public subnets, the edge services and the users, the database and the cache, the gateways; every
 * connection made from the keyboard as the node is added (Shift+Enter in quick add). Counts the
 * user's actions (a typed name with Enter, a click, a shortcut each count one), checks that nothing
 * had to be moved after it was placed, and measures the saved drawing with the layout checker.
 */
class InterviewDrawingTest extends AppTestBase {

    private int actions;
    /** Where each node was first placed: the drawing needs no repair when every node is still there. */
    private final Map<String, Bounds> placed = new HashMap<>();
    private final List<String> services = new ArrayList<>();

    private String quickAdd(String query) {
        write(query).type(KeyCode.ENTER);
        return added(query);
    }

    /** Shift+Enter: the service is added and connected with the selected node. */
    private String addConnected(String query) {
        write(query);
        press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        return added(query);
    }

    private String added(String query) {
        actions++;
        waitUntil(() -> !window.quickAdd().isShowing());
        String id = doc().singleSelection();
        assertThat(id).as("'%s' added a node (status: %s)", query, doc().statusProperty().get()).isNotNull();
        assertThat(diagram().node(id)).as("'%s' selected the new node", query).isPresent();
        placed.put(id, diagram().requireNode(id).bounds());
        return id;
    }

    /** Clicks inside a container's bottom left corner, where nothing else is drawn. */
    private void clickInside(String id) {
        Bounds b = diagram().requireNode(id).bounds();
        clickOn(onCanvas(b.x() + 8, b.maxY() - 8));
        actions++;
        assertThat(doc().selection()).containsExactly(id);
    }

    /** Clicks a service's icon, or a group's outline at its left edge; with Ctrl, adds it to the selection. */
    private void clickNode(String id, boolean add) {
        Node n = diagram().requireNode(id);
        Bounds shape = Geometry.shapeOf(diagram(), n);
        var at = NodeTypes.isOverlayGroup(n.type()) ? onCanvas(shape.x() + 1, shape.y() + shape.h() / 2)
                : onCanvas(shape.centerX(), shape.centerY());
        if (add) {
            press(KeyCode.CONTROL).clickOn(at).release(KeyCode.CONTROL);
        } else {
            clickOn(at);
        }
        actions++;
        assertThat(doc().selection()).as("clicked %s at %s (status: %s)", id, at, doc().statusProperty().get()).contains(id);
    }

    /** Ctrl+9: the whole drawing in view. */
    private void fitToWindow() {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        actions++;
    }

    private String type(String id) {
        return diagram().requireNode(id).type();
    }

    private boolean connected(String from, String to) {
        return diagram().edgesFrom(from).stream().anyMatch(e -> e.to().equals(to));
    }

    @Test
    void drawTheHighlyAvailableLampServiceFromAnEmptyCanvas() throws Exception {
        String region = quickAdd("region");
        String vpc = quickAdd("vpc");
        String azA = quickAdd("az");
        String publicA = quickAdd("public subnet");
        String privateA = quickAdd("private subnet");   // beside the public one, in the same AZ
        String webA = quickAdd("web server");
        String azB = quickAdd("az");                    // from a server: the VPC is the nearest place for a zone
        String publicB = quickAdd("public subnet");
        String privateB = quickAdd("private subnet");
        String webB = quickAdd("web server");

        fitToWindow();
        clickNode(webA, true);
        press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        actions++;
        String group = doc().singleSelection();
        assertThat(type(group)).isEqualTo(NodeTypes.AUTO_SCALING_GROUP);

        String alb = addConnected("alb");               // the load balancer in front of the group
        String cloudFront = addConnected("cloudfront"); // in front of the load balancer
        String bucket = addConnected("s3");             // CloudFront's second origin
        clickNode(cloudFront, false);
        String users = addConnected("users");
        String dns = addConnected("route 53");
        clickNode(cloudFront, false);
        String waf = addConnected("waf");               // attached to CloudFront
        clickNode(group, false);
        String db = addConnected("mysql multi-az");
        clickNode(group, false);
        String cache = addConnected("redis");
        String igw = quickAdd("igw");                   // from the cache's subnet: the VPC it attaches to
        clickInside(publicA);
        String natA = quickAdd("nat");
        clickInside(publicB);
        String natB = quickAdd("nat");

        // What was drawn is the architecture of the walkthrough.
        Diagram d = diagram();
        Map<String, String> expectedTypes = new HashMap<>();
        expectedTypes.put(region, NodeTypes.REGION);
        expectedTypes.put(vpc, NodeTypes.VPC);
        expectedTypes.put(azA, NodeTypes.AVAILABILITY_ZONE);
        expectedTypes.put(azB, NodeTypes.AVAILABILITY_ZONE);
        for (String s : List.of(publicA, privateA, publicB, privateB)) {
            expectedTypes.put(s, NodeTypes.SUBNET);
        }
        expectedTypes.put(webA, "ec2");
        expectedTypes.put(webB, "ec2");
        expectedTypes.put(alb, "alb");
        expectedTypes.put(cloudFront, "cloudfront");
        expectedTypes.put(bucket, "s3");
        expectedTypes.put(users, "users");
        expectedTypes.put(dns, "route53");
        expectedTypes.put(waf, "waf");
        expectedTypes.put(db, "rds");
        expectedTypes.put(cache, "elasticache");
        expectedTypes.put(igw, "internet-gateway");
        expectedTypes.put(natA, "nat-gateway");
        expectedTypes.put(natB, "nat-gateway");
        expectedTypes.forEach((id, t) -> assertThat(type(id)).as(id).isEqualTo(t));
        assertThat(expectedTypes).as("21 nodes, all distinct").hasSize(21);
        assertThat(d.nodeCount()).as("the 21 nodes and the Auto Scaling group").isEqualTo(22);

        assertThat(d.requireNode(vpc).parent()).isEqualTo(region);
        assertThat(List.of(azA, azB)).allMatch(z -> vpc.equals(d.requireNode(z).parent()));
        assertThat(List.of(publicA, privateA)).allMatch(s -> azA.equals(d.requireNode(s).parent()));
        assertThat(List.of(publicB, privateB)).allMatch(s -> azB.equals(d.requireNode(s).parent()));
        assertThat(List.of(publicA, publicB)).allMatch(s -> d.requireNode(s).props().bool("public", false));
        assertThat(List.of(privateA, privateB)).noneMatch(s -> d.requireNode(s).props().bool("public", true));
        assertThat(d.requireNode(webA).parent()).isEqualTo(privateA);
        assertThat(d.requireNode(webB).parent()).isEqualTo(privateB);
        assertThat(d.requireNode(natA).parent()).isEqualTo(publicA);
        assertThat(d.requireNode(natB).parent()).isEqualTo(publicB);
        assertThat(d.requireNode(igw).parent()).isEqualTo(vpc);
        assertThat(d.requireNode(alb).parent()).as("the load balancer spans the zones").isEqualTo(vpc);
        Bounds albBox = d.requireNode(alb).bounds();
        assertThat(albBox.centerX()).as("centred between the AZs")
                .isBetween(d.requireNode(azA).bounds().maxX(), d.requireNode(azB).bounds().x());
        assertThat(albBox.centerY()).as("level with the public subnets")
                .isBetween(d.requireNode(publicA).bounds().y(), d.requireNode(publicA).bounds().maxY());
        assertThat(d.requireNode(db).props().string("engine")).hasValue("mysql");
        assertThat(d.requireNode(db).props().bool("multiAz", false)).isTrue();
        assertThat(d.members(d.requireNode(group))).extracting(Node::id).containsExactlyInAnyOrder(webA, webB);
        Bounds regionBox = d.requireNode(region).bounds();
        for (String outside : List.of(users, dns, cloudFront, waf)) {
            assertThat(d.requireNode(outside).parent()).as(outside + " stands outside the Region").isNull();
            assertThat(d.requireNode(outside).bounds().maxX()).as(outside + " left of the Region").isLessThan(regionBox.x());
        }
        assertThat(d.requireNode(bucket).parent()).as("S3 is regional").isEqualTo(region);
        assertThat(List.of(publicA, privateA, publicB, privateB))
                .extracting(id -> d.requireNode(id).props().string("cidr").orElse(""))
                .doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).startsWith("10.0."));

        // The eight connections, made from the keyboard.
        assertThat(connected(users, dns)).as("users → Route 53").isTrue();
        assertThat(connected(users, cloudFront)).as("users → CloudFront").isTrue();
        assertThat(connected(cloudFront, alb)).as("CloudFront → ALB").isTrue();
        assertThat(connected(cloudFront, bucket)).as("CloudFront → S3").isTrue();
        assertThat(connected(waf, cloudFront)).as("WAF → CloudFront").isTrue();
        assertThat(connected(alb, group)).as("ALB → group").isTrue();
        assertThat(connected(group, db)).as("group → RDS").isTrue();
        assertThat(connected(group, cache)).as("group → Redis").isTrue();
        assertThat(d.edgeCount()).isEqualTo(8);
        assertThat(d.edges()).filteredOn(e -> e.from().equals(waf)).extracting(Edge::label).containsOnlyNulls();

        // No repair: every service is where it was first put; containers only grew around what they hold.
        placed.forEach((id, first) -> {
            Node now = d.requireNode(id);
            if (NodeTypes.isContainer(now.type())) {
                assertThat(now.bounds().contains(first)).as(id + " only grew").isTrue();
            } else {
                assertThat(now.bounds()).as(id + " was not moved").isEqualTo(first);
            }
        });
        for (Node n : d.nodes()) {
            if (n.parent() != null) {
                assertThat(d.requireNode(n.parent()).bounds().contains(n.bounds())).as(n.id() + " shows whole").isTrue();
            }
        }

        var report = new Validator(Palette.bundled()).validate(d);
        var errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        Path saved = tempDir.resolve("interview.cwd.json");
        new DiagramWriter().write(d, saved);
        if (System.getProperty("interview.save") != null) {
            new DiagramWriter().write(d, Path.of(System.getProperty("interview.save")));
        }
        Diagram reread = new DiagramReader(Palette.bundled()).read(saved);
        LayoutChecker.Report layout = LayoutChecker.check(reread, Palette.bundled());
        System.out.println("INTERVIEW: " + actions + " actions, " + d.nodeCount() + " nodes, " + d.edgeCount()
                + " connections; layout: " + layout + " " + layout.examples() + "; problems: " + report.problems());
        assertThat(errors).as("validation errors of the finished drawing").isEmpty();
        // icons, parents, edges clear of titles and icons, labels clear of both: the whole checker
        assertThat(layout.total()).as(layout + " " + layout.examples()).isZero();
        assertThat(actions).as("actions for the whole drawing").isLessThanOrEqualTo(40);
    }
}
