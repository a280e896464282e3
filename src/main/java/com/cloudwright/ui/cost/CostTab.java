package com.cloudwright.ui.cost;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.common.FileDialogs;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The Cost tab beside the inspector and View → Cost Estimate (Shortcut+Shift+C). Its
 * {@link CostPane} is built when the tab is first chosen: until then it would only cost start-up
 * time, and the estimate is only worked out while the tab shows.
 */
public final class CostTab {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** Width the table's main columns need (item, monthly, quantity, unit). */
    private static final double PREFERRED_WIDTH = 500;
    /** What the Cost tab leaves to the canvas beside it at least. */
    private static final double MIN_NEIGHBOUR_WIDTH = 560;

    private CostTab() {
    }

    /** Adds the tab to the side tabs and the menu item to the menu bar's View menu. */
    public static void install(Document doc, TabPane sideTabs, BorderPane root, FileDialogs dialogs, Supplier<Window> owner) {
        Tab tab = new Tab(TEXT.get("tab.cost"));
        tab.setId("tab-cost");
        Supplier<CostPane> pane = () -> {
            if (tab.getContent() == null) {
                tab.setContent(new CostPane(new CostViewModel(doc), dialogs, owner));
            }
            return (CostPane) tab.getContent();
        };
        CostTabWidth width = new CostTabWidth(sideTabs);
        tab.selectedProperty().addListener((o, was, is) -> {
            if (is || tab.getContent() != null) {
                pane.get().model().setActive(is);
            }
            if (is) {
                width.widen(PREFERRED_WIDTH, MIN_NEIGHBOUR_WIDTH);
            } else {
                width.restore();
            }
        });
        sideTabs.getTabs().add(tab);
        MenuItem show = new MenuItem(TEXT.get("menu.view.cost"));
        show.setId("menu-view-cost");
        show.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        show.setOnAction(e -> {
            sideTabs.getSelectionModel().select(tab);
            pane.get().tree().requestFocus();
        });
        if (root.getTop() instanceof MenuBar bar) {
            bar.getMenus().stream().filter(m -> TEXT.get("menu.view").equals(m.getText())).findFirst()
                    .ifPresent(view -> view.getItems().addAll(new SeparatorMenuItem(), show));
        }
    }
}
