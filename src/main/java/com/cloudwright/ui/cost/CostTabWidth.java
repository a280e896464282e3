package com.cloudwright.ui.cost;

import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;

/**
 * The cost table needs more width than the inspector: widens the side tabs while the Cost tab is
 * chosen, and gives the width back to the canvas when another tab is.
 */
final class CostTabWidth {

    private final TabPane sideTabs;
    /** The divider's position before the Cost tab widened the pane; NaN when it did not. */
    private double before = Double.NaN;
    /** Where the widening put the divider: a divider the user moved since is left where they put it. */
    private double widened = Double.NaN;

    CostTabWidth(TabPane sideTabs) {
        this.sideTabs = sideTabs;
    }

    /** Widens the pane (see {@link #makeRoom(TabPane, double, double)}), remembering how wide it was. */
    void widen(double preferred, double minNeighbour) {
        SplitPane split = splitOf(sideTabs);
        int index = split == null ? -1 : split.getItems().indexOf(sideTabs);
        if (index < 1) {
            return;
        }
        double position = split.getDividerPositions()[index - 1];
        makeRoom(sideTabs, preferred, minNeighbour);
        double now = split.getDividerPositions()[index - 1];
        if (Double.isNaN(before) && now != position) {
            before = position;
            widened = now;
        }
    }

    /** Gives back the width taken by {@link #widen}, if it took any. */
    void restore() {
        SplitPane split = splitOf(sideTabs);
        int index = split == null ? -1 : split.getItems().indexOf(sideTabs);
        if (index >= 1 && !Double.isNaN(before) && Math.abs(split.getDividerPositions()[index - 1] - widened) < 0.002) {
            split.setDividerPosition(index - 1, before);
        }
        before = Double.NaN;
        widened = Double.NaN;
    }

    private static SplitPane splitOf(TabPane tabs) {
        Parent up = tabs.getParent();
        while (up != null && !(up instanceof SplitPane)) {
            up = up.getParent();
        }
        return up instanceof SplitPane split ? split : null;
    }

    /**
     * @param preferred     the width the table's main columns need
     * @param minNeighbour  what the side tabs leave to the canvas beside them at least
     */
    static void makeRoom(TabPane sideTabs, double preferred, double minNeighbour) {
        SplitPane split = splitOf(sideTabs);
        if (split == null) {
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
