package com.cloudwright.ui.problems;

import com.cloudwright.ui.UiText;
import com.cloudwright.ui.canvas.CanvasMenus;
import com.cloudwright.ui.canvas.DiagramCanvas;
import com.cloudwright.ui.common.Document;
import com.cloudwright.validate.ValidationReport;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Live validation in the main window: the problems panel under the canvas, the badges on it, the
 * quick fixes in its context menu, View → Problems (and next / previous problem) and the count in
 * the status bar.
 */
public final class ProblemsInWindow {

    private ProblemsInWindow() {
    }

    /** Builds the panel and everything that goes with it, and shows it under the canvas. */
    public static ProblemsPane install(Document doc, DiagramCanvas canvas, CanvasMenus menus, SplitPane centre, BorderPane root) {
        ProblemsModel model = new ProblemsModel(doc);
        new ProblemBadges(canvas, model);
        ProblemsPane pane = new ProblemsPane(model, canvas, centre);
        menus.addExtension(new QuickFixMenu(model, pane::showProblemsOf));
        if (root.getTop() instanceof MenuBar bar) {
            bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId()) || UiText.get("menu.view").equals(m.getText()))
                    .findFirst().ifPresent(view -> view.getItems().addAll(new SeparatorMenuItem(), menuItem(pane),
                            stepItem(pane, "menu.view.nextProblem", "F8", 1), stepItem(pane, "menu.view.previousProblem", "Shift+F8", -1)));
        }
        if (root.getBottom() instanceof HBox status) {
            // after the message and the spacer, before the node count and the zoom
            status.getChildren().add(Math.min(2, status.getChildren().size()), statusLabel(pane));
        }
        pane.shownProperty().set(true);
        return pane;
    }

    private static CheckMenuItem menuItem(ProblemsPane pane) {
        CheckMenuItem item = new CheckMenuItem(UiText.get("menu.view.problems"));
        item.setId("menu-view-problems");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        item.selectedProperty().bindBidirectional(pane.shownProperty());
        return item;
    }

    private static MenuItem stepItem(ProblemsPane pane, String key, String accelerator, int step) {
        MenuItem item = new MenuItem(UiText.get(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> pane.step(step));
        return item;
    }

    private static Label statusLabel(ProblemsPane pane) {
        ProblemsModel model = pane.model();
        Label label = new Label();
        label.setId("status-problems");
        label.getStyleClass().add("status-problems");
        label.textProperty().bind(model.summaryProperty());
        label.setOnMouseClicked(e -> pane.shownProperty().set(!pane.shownProperty().get()));
        Runnable icon = () -> {
            ValidationReport r = model.report();
            label.setGraphic(r == null || r.problems().isEmpty() ? null : SeverityIcon.of(r.problems().get(0).severity()));
        };
        model.reportProperty().addListener((o, a, b) -> icon.run());
        icon.run();
        return label;
    }
}
