package com.cloudwright.ui.cost;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.cost.CostEstimate;
import com.cloudwright.cost.CostFormat;
import com.cloudwright.cost.NodeCost;
import com.cloudwright.cost.RegionComparison;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The same diagram priced in each Region with prices (snapshot or downloaded), side by side: one
 * row per priced node, a total row and a row counting the lines without a price, one column per
 * Region, ranked by the lines each prices, then cheapest first. A figure marked "+" is a lower bound.
 */
final class CostComparisonWindow {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** A row: a node's subtotal per region, or the totals. */
    record Row(String label, String service, List<String> cells, boolean total) {
    }

    private final Supplier<Window> owner;
    private Stage stage;
    private TableView<Row> table;
    private Label heading;

    CostComparisonWindow(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The table shown, or null before the first comparison. */
    TableView<Row> table() {
        return table;
    }

    Stage stage() {
        return stage;
    }

    void show(RegionComparison c) {
        if (stage == null) {
            build();
        }
        CostEstimate first = c.estimate(c.regions().get(0));
        heading.setText(TEXT.get("cost.compare.heading", first.currency(), first.priceSource()));
        table.getColumns().clear();
        TableColumn<Row, String> node = new TableColumn<>(TEXT.get("cost.compare.node"));
        node.setId("cost-compare-node");
        node.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue().label()));
        node.setPrefWidth(200);
        TableColumn<Row, String> service = new TableColumn<>(TEXT.get("cost.compare.service"));
        service.setId("cost-compare-service");
        service.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue().service()));
        service.setPrefWidth(170);
        table.getColumns().add(node);
        table.getColumns().add(service);
        for (int i = 0; i < c.regions().size(); i++) {
            int index = i;
            TableColumn<Row, String> col = new TableColumn<>(c.regions().get(i));
            col.setId("cost-compare-" + c.regions().get(i));
            col.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue().cells().get(index)));
            col.getStyleClass().add("cost-number-column");
            col.setPrefWidth(110);
            table.getColumns().add(col);
        }
        table.getItems().setAll(rows(c));
        stage.show();
        stage.toFront();
    }

    /** The rows of a comparison: priced nodes in diagram order, then the totals and the lines without a price. */
    static List<Row> rows(RegionComparison c) {
        List<Row> out = new ArrayList<>();
        CostEstimate first = c.estimate(c.regions().get(0));
        for (NodeCost n : first.pricedNodes()) {
            List<String> cells = new ArrayList<>();
            for (String r : c.regions()) {
                BigDecimal sub = c.subtotal(r, n.nodeId());
                NodeCost there = c.estimate(r).node(n.nodeId());
                cells.add(sub == null ? TEXT.get("cost.noPrice") : CostFormat.money(sub) + (there.incomplete() ? "+" : ""));
            }
            out.add(new Row(n.label(), n.service(), cells, false));
        }
        List<String> totals = new ArrayList<>();
        for (String r : c.regions()) {
            CostEstimate e = c.estimate(r);
            totals.add(CostFormat.money(e.total()) + (e.incomplete() ? "+" : ""));
        }
        out.add(new Row(TEXT.get("cost.compare.total"), "", totals, true));
        List<String> unpriced = new ArrayList<>();
        for (String r : c.regions()) {
            unpriced.add(String.valueOf(c.unpricedLines(r)));
        }
        out.add(new Row(TEXT.get("cost.compare.unpriced"), "", unpriced, true));
        return out;
    }

    private void build() {
        stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle(TEXT.get("cost.compare.title"));
        table = new TableView<>();
        table.setId("cost-compare-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("cost-total-row");
                if (!empty && row != null && row.total()) {
                    getStyleClass().add("cost-total-row");
                }
            }
        });
        heading = new Label();
        heading.getStyleClass().add("cost-muted");
        heading.setWrapText(true);
        Label footnote = new Label(TEXT.get("cost.compare.footnote"));
        footnote.getStyleClass().add("cost-muted");
        footnote.setWrapText(true);
        BorderPane root = new BorderPane(table, heading, null, footnote, null);
        root.getStyleClass().add("cost-compare");
        root.setId("cost-compare");
        Scene scene = new Scene(root, 920, 480);
        if (owner.get() != null && owner.get().getScene() != null) {
            scene.getStylesheets().addAll(owner.get().getScene().getStylesheets());
        }
        stage.setScene(scene);
    }
}
