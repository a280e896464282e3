package com.cloudwright.ui.cost;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.cost.CostEstimate;
import com.cloudwright.cost.CostFormat;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Cost tab: the monthly estimate of the open diagram grouped by service (service → node →
 * line items → the usage assumptions behind each line, editable in place), the total, where the
 * prices came from, and the nodes that are not in the total with why. Region what-if, live prices
 * with progress and Cancel, region comparison and CSV export sit above the table.
 */
public final class CostPane extends VBox {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** Width the table's main columns need (item, monthly, quantity, unit). */
    private static final double PREFERRED_WIDTH = 500;
    /** What the Cost tab leaves to the canvas beside it at least. */
    private static final double MIN_NEIGHBOUR_WIDTH = 560;

    private final CostViewModel model;
    private final FileDialogs dialogs;
    private final Supplier<Window> owner;
    private final TreeTableView<CostRows.Row> tree = new TreeTableView<>(new TreeItem<>());
    private final Map<String, Boolean> expanded = new HashMap<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final Label whatIf = new Label();
    private final Hyperlink resetRegion = new Hyperlink(TEXT.get("cost.region.reset"));
    private final HBox whatIfRow = new HBox(4);
    private final Label total = new Label();
    private final Label lowerBound = new Label(TEXT.get("cost.lowerBound"));
    private final Label source = new Label();
    private final HBox progressRow;
    private final Label message = new Label();
    private final Label details = new Label();
    private final Label notes = new Label();
    private final javafx.scene.control.TitledPane notesPane = new javafx.scene.control.TitledPane();
    private final PauseTransition showProgressLater = new PauseTransition(Duration.millis(300));
    private final CostComparisonWindow comparisonWindow;
    private CostEstimate pending;
    private boolean updatingRegion;

    CostPane(CostViewModel model, FileDialogs dialogs, Supplier<Window> owner) {
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
        this.comparisonWindow = new CostComparisonWindow(owner);
        getStyleClass().add("cost-pane");
        setId("cost-pane");

        region.setId("cost-region");
        region.setItems(model.regions());
        region.setOnAction(e -> {
            if (!updatingRegion && region.getValue() != null) {
                model.chooseRegion(region.getValue());
            }
        });
        Label regionLabel = new Label(TEXT.get("cost.region"));
        regionLabel.setLabelFor(region);
        whatIf.getStyleClass().add("cost-what-if");
        whatIf.setId("cost-what-if");
        resetRegion.setId("cost-region-reset");
        resetRegion.setOnAction(e -> model.chooseRegion(null));
        regionLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox regionRow = new HBox(6, regionLabel, region);
        regionRow.setAlignment(Pos.CENTER_LEFT);
        whatIf.setWrapText(true);
        whatIfRow.getChildren().addAll(whatIf, resetRegion);
        whatIfRow.setAlignment(Pos.CENTER_LEFT);
        whatIfRow.setId("cost-what-if-row");

        CheckBox live = new CheckBox(TEXT.get("cost.live"));
        live.setId("cost-live");
        live.selectedProperty().bindBidirectional(model.liveProperty());
        live.setTooltip(new javafx.scene.control.Tooltip(TEXT.get("cost.live.tooltip")));
        Button compare = new Button(TEXT.get("cost.compare"));
        compare.setId("cost-compare");
        compare.setOnAction(e -> model.compareRegions());
        Button export = new Button(TEXT.get("cost.export"));
        export.setId("cost-export");
        export.setOnAction(e -> model.exportCsv(owner.get(), dialogs));
        export.disableProperty().bind(model.estimateProperty().isNull());
        Button download = new Button(TEXT.get("cost.download"));
        download.setId("cost-download");
        download.setTooltip(new javafx.scene.control.Tooltip(TEXT.get("cost.download.tooltip")));
        download.setOnAction(e -> model.downloadPrices());
        download.disableProperty().bind(model.download().runningProperty());
        FlowPane actions = new FlowPane(8, 6, live, compare, download, export);
        actions.setAlignment(Pos.CENTER_LEFT);

        total.setId("cost-total");
        total.getStyleClass().add("cost-total");
        lowerBound.setId("cost-lower-bound");
        lowerBound.getStyleClass().add("cost-lower-bound");
        lowerBound.setWrapText(true);
        total.setMinWidth(Region.USE_PREF_SIZE);
        source.setId("cost-source");
        source.getStyleClass().add("cost-muted");
        source.setWrapText(true);

        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(60);
        Label progressText = new Label();
        progressText.setId("cost-progress");
        progressText.textProperty().bind(model.progressProperty());
        progressText.setWrapText(true);
        HBox.setHgrow(progressText, Priority.ALWAYS);
        Button cancel = new Button(TEXT.get("cost.cancel"));
        cancel.setId("cost-cancel");
        cancel.setOnAction(e -> model.cancel());
        progressRow = new HBox(6, bar, progressText, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.getStyleClass().add("cost-progress-row");
        progressRow.setId("cost-progress-row");
        show(progressRow, false);
        showProgressLater.setOnFinished(e -> show(progressRow, model.busyProperty().get()));
        model.busyProperty().addListener((o, was, is) -> {
            if (is && model.liveProperty().get()) {
                show(progressRow, true);
            } else if (is) {
                showProgressLater.playFromStart();
            } else {
                showProgressLater.stop();
                show(progressRow, false);
            }
        });

        message.setId("cost-message");
        message.getStyleClass().add("cost-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        buildTree();
        VBox.setVgrow(tree, Priority.ALWAYS);

        details.setId("cost-details");
        details.getStyleClass().add("cost-details");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.setText(TEXT.get("cost.details.hint"));
        notes.setId("cost-notes");
        notes.getStyleClass().add("cost-muted");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notesPane.setContent(notes);
        notesPane.setExpanded(false);
        notesPane.setAnimated(false);
        notesPane.setId("cost-notes-pane");

        getChildren().addAll(regionRow, whatIfRow, actions, total, lowerBound, source, progressRow,
                new PriceDownloadRow(model.download()), message, tree, details, notesPane);

        model.estimateProperty().addListener((o, a, e) -> showWhenNotEditing(e));
        model.regionProperty().addListener((o, a, b) -> showRegion());
        model.regions().addListener((ListChangeListener<String>) c -> showRegion());
        model.onComparison(comparisonWindow::show);
        showRegion();
        showEstimate(null);
    }

    /** Adds the Cost tab to the side tabs and View → Cost Estimate (Shortcut+Shift+C) to the menu bar. */
    public static CostPane install(Document doc, TabPane sideTabs, BorderPane root, FileDialogs dialogs, Supplier<Window> owner) {
        CostViewModel model = new CostViewModel(doc);
        CostPane pane = new CostPane(model, dialogs, owner);
        Tab tab = new Tab(TEXT.get("tab.cost"), pane);
        tab.setId("tab-cost");
        tab.selectedProperty().addListener((o, was, is) -> {
            model.setActive(is);
            if (is) {
                CostTabWidth.makeRoom(sideTabs, PREFERRED_WIDTH, MIN_NEIGHBOUR_WIDTH);
            }
        });
        sideTabs.getTabs().add(tab);
        model.setActive(tab.isSelected());
        MenuItem show = new MenuItem(TEXT.get("menu.view.cost"));
        show.setId("menu-view-cost");
        show.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        show.setOnAction(e -> {
            sideTabs.getSelectionModel().select(tab);
            pane.tree.requestFocus();
        });
        if (root.getTop() instanceof MenuBar bar) {
            bar.getMenus().stream().filter(m -> TEXT.get("menu.view").equals(m.getText())).findFirst()
                    .ifPresent(view -> view.getItems().addAll(new SeparatorMenuItem(), show));
        }
        return pane;
    }

    CostViewModel model() {
        return model;
    }

    TreeTableView<CostRows.Row> tree() {
        return tree;
    }

    CostComparisonWindow comparisonWindow() {
        return comparisonWindow;
    }

    /** Scrolls to and selects the first shown row that matches; its index among the shown rows, or -1. */
    int reveal(Predicate<CostRows.Row> which) {
        int i = indexOf(which);
        if (i >= 0) {
            tree.scrollTo(Math.max(0, i - 3));
            tree.getSelectionModel().select(i);
        }
        return i;
    }

    /** The index among the shown rows (inside expanded branches) of the first row that matches, or -1; one walk. */
    private int indexOf(Predicate<CostRows.Row> which) {
        int[] index = {0};
        for (TreeItem<CostRows.Row> top : tree.getRoot().getChildren()) {
            if (CostTreeItems.find(top, which, index)) {
                return index[0];
            }
        }
        return -1;
    }

    // ---- the table -----------------------------------------------------------------------------

    private void buildTree() {
        tree.setId("cost-tree");
        tree.setShowRoot(false);
        tree.setEditable(true);
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        tree.setPlaceholder(new Label(TEXT.get("cost.empty")));
        TreeTableColumn<CostRows.Row, CostRows.Row> item = column("item", CostRows::item, 210);
        TreeTableColumn<CostRows.Row, CostRows.Row> monthly = column("monthly", CostRows::monthly, 90);
        monthly.getStyleClass().add("cost-number-column");
        TreeTableColumn<CostRows.Row, CostRows.Row> quantity = new TreeTableColumn<>(TEXT.get("cost.column.quantity"));
        quantity.setId("cost-col-quantity");
        quantity.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue().getValue()));
        quantity.setCellFactory(c -> new CostCells.Value(model));
        quantity.setPrefWidth(90);
        quantity.setSortable(false);
        quantity.setEditable(true);
        quantity.getStyleClass().add("cost-number-column");
        TreeTableColumn<CostRows.Row, CostRows.Row> unit = column("unit", CostRows::unit, 110);
        TreeTableColumn<CostRows.Row, CostRows.Row> unitPrice = column("unitPrice", CostRows::unitPrice, 100);
        unitPrice.getStyleClass().add("cost-number-column");
        TreeTableColumn<CostRows.Row, CostRows.Row> src = column("source", CostRows::source, 150);
        tree.getColumns().setAll(List.of(item, monthly, quantity, unit, unitPrice, src));
        tree.setTreeColumn(item);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                details.setText(b == null || b.getValue() == null ? TEXT.get("cost.details.hint") : CostRows.detail(b.getValue())));
        // Enter or F2 on a usage assumption edits its value, as a double-click does.
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            TreeItem<CostRows.Row> selected = tree.getSelectionModel().getSelectedItem();
            if ((e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.F2)
                    && tree.getEditingCell() == null && selected != null && selected.getValue() instanceof CostRows.AssumptionRow) {
                tree.edit(tree.getSelectionModel().getSelectedIndex(), quantity);
                e.consume();
            }
        });
        tree.editingCellProperty().addListener((o, a, b) -> {
            if (b == null && pending != null) {
                CostEstimate e = pending;
                pending = null;
                showEstimate(e);
            }
        });
    }

    private TreeTableColumn<CostRows.Row, CostRows.Row> column(String id, Function<CostRows.Row, String> text, double width) {
        TreeTableColumn<CostRows.Row, CostRows.Row> c = new TreeTableColumn<>(TEXT.get("cost.column." + id));
        c.setId("cost-col-" + id);
        c.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue().getValue()));
        c.setCellFactory(col -> new CostCells.Text(text));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setEditable(false);
        return c;
    }

    private void showWhenNotEditing(CostEstimate e) {
        if (tree.getEditingCell() != null) {
            pending = e;
        } else {
            showEstimate(e);
        }
    }

    private void showEstimate(CostEstimate e) {
        if (e == null) {
            total.setText(TEXT.get("cost.total.pending"));
            show(lowerBound, false);
            source.setText("");
            notes.setText("");
            notesPane.setText(TEXT.get("cost.notes", 0));
            return;
        }
        total.setText(TEXT.get("cost.total", CostFormat.money(e.total())));
        show(lowerBound, e.incomplete());
        source.setText(TEXT.get("cost.source", e.priceSource()));
        notes.setText(String.join("\n", e.notes()));
        notesPane.setText(TEXT.get("cost.notes", e.notes().size()));

        String selected = tree.getSelectionModel().getSelectedItem() == null
                || tree.getSelectionModel().getSelectedItem().getValue() == null
                ? null : tree.getSelectionModel().getSelectedItem().getValue().key();
        int firstVisible = firstVisibleRow();
        boolean manyNodes = e.pricedNodes().size() > 60;
        TreeItem<CostRows.Row> root = tree.getRoot();
        root.getChildren().setAll(CostTreeItems.of(CostRows.of(e), expanded, manyNodes));
        if (firstVisible > 0) {
            tree.scrollTo(firstVisible);
        }
        if (selected != null) {
            int i = indexOf(r -> r.key().equals(selected));
            if (i >= 0) {
                tree.getSelectionModel().select(i);
            }
        }
    }

    private int firstVisibleRow() {
        if (tree.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return 0;
    }

    private void showRegion() {
        updatingRegion = true;
        try {
            region.setValue(model.regionProperty().get());
        } finally {
            updatingRegion = false;
        }
        boolean whatIfRegion = model.regionOverrideProperty().get() != null;
        whatIf.setText(whatIfRegion ? TEXT.get("cost.region.whatIf", model.diagramRegion()) : "");
        show(whatIfRow, whatIfRegion);
    }

    private static void show(javafx.scene.Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
