package com.cloudwright.ui.cost;

import javafx.scene.control.TreeItem;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The cost table's tree items: made lazily (a big diagram's collapsed nodes cost one item each),
 * expanded as the user left them or else by default, and searched in display order.
 */
final class CostTreeItems {

    private CostTreeItems() {
    }

    /**
     * The tree items for the rows, expanded as the user left them ({@code expanded}, by row key,
     * kept up to date by the items) or else by default.
     */
    static List<TreeItem<CostRows.Row>> of(List<CostRows.Tree> rows, Map<String, Boolean> expanded, boolean manyNodes) {
        return rows.stream().map(t -> item(t, expanded, manyNodes)).toList();
    }

    private static TreeItem<CostRows.Row> item(CostRows.Tree t, Map<String, Boolean> expanded, boolean manyNodes) {
        TreeItem<CostRows.Row> item = new LazyItem(t, expanded, manyNodes);
        String key = t.row().key();
        item.setExpanded(expanded.getOrDefault(key, expandedByDefault(t.row(), manyNodes)));
        item.expandedProperty().addListener((o, was, is) -> expanded.put(key, is));
        return item;
    }

    /** Makes its children the first time they are asked for: a collapsed node of a big diagram costs one item. */
    private static final class LazyItem extends TreeItem<CostRows.Row> {
        private final CostRows.Tree tree;
        private final Map<String, Boolean> expanded;
        private final boolean manyNodes;
        private boolean built;

        LazyItem(CostRows.Tree tree, Map<String, Boolean> expanded, boolean manyNodes) {
            super(tree.row());
            this.tree = tree;
            this.expanded = expanded;
            this.manyNodes = manyNodes;
        }

        @Override
        public boolean isLeaf() {
            return tree.children().isEmpty();
        }

        @Override
        public javafx.collections.ObservableList<TreeItem<CostRows.Row>> getChildren() {
            if (!built) {
                built = true;
                super.getChildren().setAll(of(tree.children(), expanded, manyNodes));
            }
            return super.getChildren();
        }
    }

    private static boolean expandedByDefault(CostRows.Row row, boolean manyNodes) {
        if (row instanceof CostRows.SectionRow s) {
            return s.section() == CostRows.Section.NO_PRICE_DATA;
        }
        if (row instanceof CostRows.NodeRow) {
            return !manyNodes;
        }
        return !(row instanceof CostRows.UnpricedRow);
    }

    /** Counts the shown rows before the first that matches into {@code index[0]}; true when one matched. */
    static boolean find(TreeItem<CostRows.Row> item, Predicate<CostRows.Row> which, int[] index) {
        if (which.test(item.getValue())) {
            return true;
        }
        index[0]++;
        if (item.isExpanded() && !item.isLeaf()) {
            for (TreeItem<CostRows.Row> child : item.getChildren()) {
                if (find(child, which, index)) {
                    return true;
                }
            }
        }
        return false;
    }
}
