package com.cloudwright.ui.problems;

import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.model.Bounds;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Severity;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems panel, badges and quick fixes, driven through the window with the real robot. */
class ProblemsPaneTest extends AppTestBase {

    private ProblemsPane pane() {
        return lookup("#problems-pane").queryAs(ProblemsPane.class);
    }

    private List<Problem> shownProblems() {
        return pane().table().getItems().stream().map(ProblemRow::problem).toList();
    }

    private boolean panelLists(String ruleId, String nodeId) {
        return shownProblems().stream().anyMatch(p -> p.ruleId().equals(ruleId) && p.node().orElse("").equals(nodeId));
    }

    /** The table row showing the first problem of a rule. */
    private TableRow<?> rowOf(String ruleId) {
        return lookup((javafx.scene.Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof ProblemRow row
                && row.ruleId().equals(ruleId)).query();
    }

    private void open(String dbSubnet) {
        fx(() -> doc().replace(ProblemFixtures.twoSubnets(dbSubnet), null));
        fx(() -> window.canvas().snapToGridProperty().set(false));
    }

    private Point2D centreOf(String nodeId) {
        Bounds b = diagram().requireNode(nodeId).bounds();
        return onCanvas(b.centerX(), b.centerY());
    }

    @Test
    void rdsPlacedInAPublicSubnetIsFlaggedFixedAndTheFixUndone() {
        open(null);
        waitUntil(() -> pane().model().report().revision() == diagram().revision());
        assertThat(shownProblems()).noneMatch(p -> p.ruleId().equals("CW-P004"));

        // drag an RDS from the palette into the public subnet
        clickOn("#palette-search").write("rds");
        Bounds publicSubnet = diagram().requireNode("pub-a").bounds();
        drag(paletteCell("rds"), MouseButton.PRIMARY).moveTo(onCanvas(publicSubnet.centerX(), publicSubnet.centerY() - 40))
                .moveTo(onCanvas(publicSubnet.centerX(), publicSubnet.centerY())).release(MouseButton.PRIMARY);
        waitUntil(() -> diagram().nodesOfType("rds").size() == 1);
        String db = diagram().nodesOfType("rds").get(0).id();
        assertThat(diagram().requireNode(db).parent()).isEqualTo("pub-a");

        waitUntil(() -> panelLists("CW-P004", db));
        assertThat(lookup("#status-problems").queryAs(Label.class).getText()).contains("error");

        // select the problem in the panel and apply its quick fix with the button
        clickOn(rowOf("CW-P004"));
        waitUntil(() -> lookup("#problem-fix-0").tryQuery().isPresent());
        Button fix = lookup((javafx.scene.Node n) -> n instanceof Button b && b.getText().startsWith("Fix: Move")).queryAs(Button.class);
        assertThat(fix.getText()).contains("to private subnet 'Private subnet 10.0.");
        clickOn(fix);

        waitUntil(() -> "priv-a".equals(diagram().requireNode(db).parent()));
        waitUntil(() -> !panelLists("CW-P004", db));
        assertThat(diagram().history().undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("to private subnet"));

        // the Edit menu names the fix
        clickOn("Edit");
        waitUntil(() -> menuItem("menu-undo").getText().matches("Undo Move .* to private subnet 'Private subnet [0-9./]+'"));
        push(KeyCode.ESCAPE);

        // one undo step brings the problem back
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> "pub-a".equals(diagram().requireNode(db).parent()));
        waitUntil(() -> panelLists("CW-P004", db));
    }

    @Test
    void movingTheRdsOnTheCanvasIntoThePublicSubnetFlagsItAndUndoClearsIt() {
        open("priv-a");
        waitUntil(() -> pane().model().report().revision() == diagram().revision());
        assertThat(panelLists("CW-P004", "db")).isFalse();
        Point2D from = centreOf("db");
        Bounds publicSubnet = diagram().requireNode("pub-a").bounds();
        drag(from, MouseButton.PRIMARY).moveTo(from.add(-80, 10))
                .moveTo(onCanvas(publicSubnet.centerX(), publicSubnet.centerY())).release(MouseButton.PRIMARY);
        waitUntil(() -> "pub-a".equals(diagram().requireNode("db").parent()));
        waitUntil(() -> panelLists("CW-P004", "db"));
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> "priv-a".equals(diagram().requireNode("db").parent()));
        waitUntil(() -> !panelLists("CW-P004", "db"));
    }

    @Test
    void f8StepsThroughTheProblemsSelectingEachNode() {
        open("pub-a");
        waitUntil(() -> panelLists("CW-P004", "db"));
        clickOn(centreOf("web").add(0, 120)); // empty canvas: nothing selected, the canvas has the focus
        type(KeyCode.F8);
        waitUntil(() -> pane().table().getSelectionModel().getSelectedIndex() == 0);
        Problem first = pane().table().getItems().get(0).problem();
        waitUntil(() -> doc().selection().contains(first.nodeIds().get(0)));
        type(KeyCode.F8);
        waitUntil(() -> pane().table().getSelectionModel().getSelectedIndex() == 1);
        press(KeyCode.SHIFT).type(KeyCode.F8).type(KeyCode.F8).release(KeyCode.SHIFT);
        int last = pane().table().getItems().size() - 1;
        waitUntil(() -> pane().table().getSelectionModel().getSelectedIndex() == last);
        Problem lastProblem = pane().table().getItems().get(last).problem();
        assertThat(doc().selection()).containsExactly(lastProblem.node().or(lastProblem::edge).orElseThrow());
    }

    @Test
    void clickingAProblemSelectsItsNodeAndScrollsItIntoViewAtTheSameZoom() {
        open("pub-a");
        waitUntil(() -> panelLists("CW-P004", "db"));
        fx(() -> window.canvas().panBy(-4000, -3000));
        double zoom = window.canvas().scale();
        Bounds db = diagram().requireNode("db").bounds();
        assertThat(window.canvas().visibleWorld().intersects(db)).isFalse();

        clickOn(rowOf("CW-P004"));
        waitUntil(() -> doc().selection().contains("db"));
        assertThat(doc().selection()).containsExactly("db");
        assertThat(window.canvas().visibleWorld().contains(db)).isTrue();
        assertThat(window.canvas().scale()).isEqualTo(zoom);

        // Enter on another problem selects that one's node
        Problem vpcProblem = shownProblems().stream().filter(p -> p.node().orElse("").equals("vpc")).findFirst().orElseThrow();
        fx(() -> pane().table().getSelectionModel().select(pane().table().getItems().stream()
                .filter(r -> r.problem().equals(vpcProblem)).findFirst().orElseThrow()));
        type(KeyCode.ENTER);
        waitUntil(() -> doc().selection().contains("vpc"));
    }

    @Test
    void severityTogglesAndTheTextFilterNarrowTheList() {
        open("pub-a");
        waitUntil(() -> panelLists("CW-P004", "db"));
        long errors = pane().model().report().count(Severity.ERROR);
        long all = pane().model().report().problems().size();
        assertThat(errors).isPositive();
        assertThat(all).isGreaterThan(errors);
        assertThat(lookup("#status-problems").queryAs(Label.class).getText())
                .isEqualTo(ProblemSummary.of(pane().model().report().counts()));
        assertThat(lookup("#problems-show-error").queryAs(ToggleButton.class).getText()).isEqualTo(errors + " errors");

        clickOn("#problems-show-error");
        waitUntil(() -> shownProblems().size() == all - errors);
        assertThat(shownProblems()).noneMatch(p -> p.severity() == Severity.ERROR);
        assertThat(lookup("#problems-shown-count").queryAs(Label.class).getText()).isEqualTo((all - errors) + " of " + all + " shown");
        clickOn("#problems-show-error");
        waitUntil(() -> shownProblems().size() == all);

        clickOn("#problems-filter").write("public subnet");
        waitUntil(() -> !shownProblems().isEmpty() && shownProblems().size() < all);
        assertThat(shownProblems()).allSatisfy(p ->
                assertThat((p.message() + p.hint()).toLowerCase()).contains("public").contains("subnet"));
        assertThat(shownProblems()).anyMatch(p -> p.ruleId().equals("CW-P004"));
        push(KeyCode.CONTROL, KeyCode.A).write("CW-P004");
        waitUntil(() -> shownProblems().size() == 1);
        assertThat(shownProblems().get(0).ruleId()).isEqualTo("CW-P004");
        type(KeyCode.ESCAPE);
        waitUntil(() -> shownProblems().size() == all);

        // sorting by the rule column, then by the node column, reorders the rows
        clickOn("Rule");
        waitUntil(() -> isSorted(shownProblems().stream().map(Problem::ruleId).toList()));
    }

    private static boolean isSorted(List<String> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).compareTo(values.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void restingOnABadgeShowsTheProblemsAndWhatToDo() {
        open("pub-a");
        waitUntil(() -> panelLists("CW-P004", "db"));
        ProblemBadges badges = lookup(".problem-badges").queryAs(ProblemBadges.class);
        Point2D badge = badges.badgeOnScreen("db").orElseThrow();
        Problem p004 = shownProblems().stream().filter(p -> p.ruleId().equals("CW-P004")).findFirst().orElseThrow();
        String hint = pane().model().hintOf(p004);
        assertThat(hint).isNotBlank();

        moveTo(badge.add(-20, -20)).moveTo(badge);
        waitUntil(() -> badges.tooltip().isShowing());
        assertThat(badges.tooltip().getText()).contains("CW-P004", p004.message(), hint);
        assertThat(Window.getWindows()).anyMatch(w -> w == badges.tooltip());

        moveTo(centreOf("web").add(0, 60));
        waitUntil(() -> !badges.tooltip().isShowing());
    }

    @Test
    void theNodesContextMenuOffersTheQuickFix() {
        open("pub-a");
        waitUntil(() -> panelLists("CW-P004", "db"));
        rightClickOn(centreOf("db"));
        waitUntil(() -> lookup("#canvas-context-menu").tryQuery().isPresent() || menuItemOrNull("quick-fix-0") != null);
        MenuItem fix = menuItem("quick-fix-0");
        assertThat(fix.getText()).startsWith("Fix: Move 'Orders DB' to private subnet");
        clickOn(fix.getText());
        waitUntil(() -> "priv-a".equals(diagram().requireNode("db").parent()));
        waitUntil(() -> !panelLists("CW-P004", "db"));
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> panelLists("CW-P004", "db"));
    }

    @Test
    void aNewDocumentStartsAfreshAndTheViewMenuHidesThePanel() {
        open("pub-a");
        waitUntil(() -> panelLists("CW-P004", "db"));
        press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> diagram().nodeCount() == 0);
        waitUntil(() -> shownProblems().isEmpty());
        assertThat(lookup("#status-problems").queryAs(Label.class).getText()).isEqualTo("No problems");

        SplitPane centre = lookup((javafx.scene.Node n) -> n instanceof SplitPane sp && sp.getItems().contains(pane()))
                .queryAs(SplitPane.class);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#problems-pane").tryQuery().isEmpty());
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#problems-pane").tryQuery().isPresent());
        assertThat(centre.getItems()).hasSize(2);
    }

    private MenuItem menuItem(String id) {
        MenuItem item = menuItemOrNull(id);
        assertThat(item).as("menu item " + id).isNotNull();
        return item;
    }

    /** A menu item by id in any open context menu or the menu bar. */
    private MenuItem menuItemOrNull(String id) {
        for (Window w : Window.getWindows()) {
            if (w instanceof javafx.scene.control.ContextMenu cm) {
                for (MenuItem mi : cm.getItems()) {
                    if (id.equals(mi.getId())) {
                        return mi;
                    }
                }
            }
        }
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        for (javafx.scene.control.Menu m : bar.getMenus()) {
            for (MenuItem mi : m.getItems()) {
                if (id.equals(mi.getId())) {
                    return mi;
                }
            }
        }
        return null;
    }
}
