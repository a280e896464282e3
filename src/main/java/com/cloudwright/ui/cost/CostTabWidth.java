package com.cloudwright.ui.cost;

import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;

/** The cost table needs more width than the inspector: widens the side tabs when the Cost tab is chosen. */
final class CostTabWidth {

    private CostTabWidth() {
    }

    /**
     * @param preferred     the width the table's main columns need
     * @param minNeighbour  what the side tabs leave to the canvas beside them at least
     */
    static void makeRoom(TabPane sideTabs, double preferred, double minNeighbour) {
        Parent up = sideTabs.getParent();
        while (up != null && !(up instanceof SplitPane)) {
            up = up.getParent();
        }
        if (!(up instanceof SplitPane split)) {
            return;
        }
        int index = split.getItems().indexOf(sideTabs);
        double width = split.getWidth();
        if (index < 1 || width <= 0 || sideTabs.getWidth() >= preferred) {
            return;
        }
        double[] dividers = split.getDividerPositions();
        double before = index >= 2 ? dividers[index - 2] : 0;
        double wanted = 1 - preferred / width;
        double keepCanvas = before + minNeighbour / width;
        split.setDividerPosition(index - 1, Math.min(dividers[index - 1], Math.max(wanted, keepCanvas)));
    }
}
