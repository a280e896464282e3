package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.render.Geometry;
import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.validate.Fixture;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connecting to an Auto Scaling group by what the user sees: its label and the inside of its
 * outline take the drop (not the subnet beneath), and a refusal said before is cleared by the
 * connection that then succeeds.
 */
class ConnectToGroupTest extends AppTestBase {

    private void dragConnection(String from, double toX, double toY) {
        fx(() -> doc().select(from));
        Node a = diagram().requireNode(from);
        Point handle = Handles.connectHandle(Geometry.shapeOf(diagram(), a), window.canvas().scale());
        drag(onCanvas(handle.x(), handle.y()), MouseButton.PRIMARY).moveTo(onCanvas(toX, toY)).release(MouseButton.PRIMARY);
    }

    @Test
    void aDropOnTheGroupsLabelConnectsToTheGroupAndClearsTheEarlierRefusal() {
        fx(() -> {
            doc().replace(Fixture.web().build(), null);
            window.canvas().zoomToFit();
        });
        String refusal = "Application Load Balancer cannot send requests to Subnet";
        fx(() -> doc().say(refusal));   // what an earlier refused drop left in the status bar
        fx(() -> doc().execute(new com.cloudwright.model.RemoveElements(java.util.Set.of(
                diagram().edgesFrom("alb").stream().filter(e -> e.to().equals("asg")).findFirst().orElseThrow().id()))));
        Bounds outline = Geometry.shapeOf(diagram(), diagram().requireNode("asg"));
        dragConnection("alb", outline.x() + 40, outline.y() + Geometry.GROUP_HEADER / 2);
        waitUntil(() -> diagram().edgesFrom("alb").stream().anyMatch(e -> e.to().equals("asg")));
        assertThat(doc().statusProperty().get()).as("the refusal '%s' is gone", refusal).doesNotContain(refusal);
    }
}
