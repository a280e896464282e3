package com.cloudwright.ui.canvas;

import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.Geometry;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Validator;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 004's whiteboard walkthrough drawn from an empty canvas with the mouse and keyboard only,
 * the way an architect does it in an interview: Region, VPC, two AZs with a public and a private
 * subnet each, a load balancer, two web servers made an Auto Scaling group, the database, the
 * gateways and the users, then the connections. Counts the user's actions (a typed name with
 * Enter, a click, a drag, a shortcut each count one) and checks what the drawing became.
 */
class InterviewDrawingTest extends AppTestBase {

    private int actions;

    private void quickAdd(String query) {
        write(query).type(KeyCode.ENTER);
        actions++;
        waitUntil(() -> !window.quickAdd().isShowing());
    }

    /** Clicks a container's empty top-left corner, as one clicks its border to select it. */
    private void selectContainer(String id) {
        Bounds b = diagram().requireNode(id).bounds();
        // above its children's tops (they start 40 units down), so that a child's border is not nearer
        clickOn(onCanvas(b.x() + 8, b.y() + 12));
        actions++;
        assertThat(doc().selection()).containsExactly(id);
    }

    /** Clicks a service's icon, or a group's outline. */
    private void selectNode(String id, boolean add) {
        Node n = diagram().requireNode(id);
        Bounds b = NodeTypes.isOverlayGroup(n.type())
                ? new Bounds(Geometry.shapeOf(diagram(), n).x() + 1, Geometry.shapeOf(diagram(), n).y()
                        + Geometry.shapeOf(diagram(), n).h() / 4, 0, 0)
                : n.bounds();
        if (add) {
            press(KeyCode.CONTROL).clickOn(onCanvas(b.centerX(), b.centerY())).release(KeyCode.CONTROL);
        } else {
            clickOn(onCanvas(b.centerX(), b.centerY()));
        }
        actions++;
    }

    private void connect(String from, String to) {
        selectNode(from, false);
        assertThat(doc().selection()).as("the caller is selected").containsExactly(from);
        Node a = diagram().requireNode(from);
        Point handle = Handles.connectHandle(Geometry.shapeOf(diagram(), a), window.canvas().scale());
        Bounds target = Geometry.shapeOf(diagram(), diagram().requireNode(to));
        Point2D end = NodeTypes.isOverlayGroup(diagram().requireNode(to).type())
                ? onCanvas(target.x() + 4, target.centerY()) : onCanvas(target.centerX(), target.centerY());
        drag(onCanvas(handle.x(), handle.y()), MouseButton.PRIMARY).moveTo(end).release(MouseButton.PRIMARY);
        actions++;
        try {
            waitUntil(() -> diagram().edgesFrom(from).stream().anyMatch(e -> e.to().equals(to)));
        } catch (AssertionError notConnected) {
            throw new AssertionError("not connected " + from + " -> " + to + "; status: "
                    + doc().statusProperty().get() + "; selection: " + doc().selection(), notConnected);
        }
    }

    private String only(String type) {
        List<Node> nodes = diagram().nodesOfType(type);
        assertThat(nodes).hasSize(1);
        return nodes.get(0).id();
    }

    /** The node just added (quick add selects it), checked to be of the type the user wanted. */
    private String newest(String type) {
        String id = doc().singleSelection();
        assertThat(id).as("a node was added (status: %s)", doc().statusProperty().get()).isNotNull();
        assertThat(diagram().requireNode(id).type()).isEqualTo(type);
        return id;
    }

    @Test
    void drawTheHighlyAvailableWebServiceFromScratch() {
        fx(() -> window.canvas().zoomReset());
        clickOn(onCanvas(300, 300));
        actions++;

        quickAdd("region");
        String region = newest(NodeTypes.REGION);
        quickAdd("vpc");
        String vpc = newest(NodeTypes.VPC);
        quickAdd("az");
        String azA = newest(NodeTypes.AVAILABILITY_ZONE);
        quickAdd("public subnet");
        String publicA = newest(NodeTypes.SUBNET);
        selectContainer(azA);
        quickAdd("subnet");
        String privateA = newest(NodeTypes.SUBNET);

        fx(() -> window.canvas().zoomToFit());
        selectContainer(vpc);
        quickAdd("az");
        String azB = newest(NodeTypes.AVAILABILITY_ZONE);
        quickAdd("public subnet");
        String publicB = newest(NodeTypes.SUBNET);
        selectContainer(azB);
        quickAdd("subnet");
        String privateB = newest(NodeTypes.SUBNET);

        fx(() -> window.canvas().zoomToFit());
        selectContainer(publicA);
        quickAdd("nat");
        selectContainer(publicB);
        quickAdd("nat");
        selectContainer(publicA);
        quickAdd("alb");
        String alb = newest("alb");
        selectContainer(privateA);
        quickAdd("ec2");
        String webA = newest("ec2");
        selectContainer(privateB);
        quickAdd("ec2");
        String webB = newest("ec2");
        selectContainer(privateA);
        quickAdd("rds");
        String db = newest("rds");
        selectContainer(vpc);
        quickAdd("igw");
        type(KeyCode.ESCAPE);   // nothing selected: the next service goes on the canvas itself
        actions++;
        quickAdd("users");
        String users = newest("users");

        fx(() -> window.canvas().zoomToFit());
        selectNode(webA, false);
        selectNode(webB, true);
        press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        actions++;
        String asg = only(NodeTypes.AUTO_SCALING_GROUP);

        connect(users, alb);
        connect(alb, asg);
        connect(asg, db);

        // What was drawn is the architecture of the walkthrough.
        assertThat(List.of(region, vpc, azA, azB, publicA, privateA, publicB, privateB, alb, webA, webB, db, users))
                .doesNotContainNull();
        assertThat(diagram().requireNode(vpc).parent()).isEqualTo(region);
        assertThat(diagram().requireNode(publicA).props().bool("public", false)).isTrue();
        assertThat(diagram().requireNode(publicB).props().bool("public", false)).isTrue();
        assertThat(diagram().requireNode(privateB).props().bool("public", false)).isFalse();
        assertThat(diagram().requireNode(webB).parent()).isEqualTo(privateB);
        assertThat(diagram().members(diagram().requireNode(asg))).extracting(Node::id).containsExactlyInAnyOrder(webA, webB);
        assertThat(diagram().nodesOfType("nat-gateway")).hasSize(2);
        assertThat(List.of(publicA, privateA, publicB, privateB))
                .extracting(id -> diagram().requireNode(id).props().string("cidr").orElse(""))
                .doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).startsWith("10.0."));
        for (Node n : diagram().nodes()) {
            if (n.parent() != null) {
                assertThat(diagram().requireNode(n.parent()).bounds().contains(n.bounds())).as(n.id() + " shows whole").isTrue();
            }
        }
        if (System.getProperty("interview.save") != null) {
            try {
                new com.cloudwright.io.DiagramWriter().write(diagram(), java.nio.file.Path.of(System.getProperty("interview.save")));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        var report = new Validator(Palette.bundled()).validate(diagram());
        var errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        System.out.println("INTERVIEW: " + actions + " actions, " + diagram().nodeCount() + " nodes, "
                + diagram().edgeCount() + " connections; problems: " + report.problems());
        assertThat(errors).as("validation errors of the finished drawing").isEmpty();
        assertThat(actions).as("actions for the whole drawing").isLessThan(60);
    }
}
