package com.cloudwright.ui.problems;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.canvas.DiagramCanvas;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Point;
import com.cloudwright.render.EdgeRouter;
import com.cloudwright.render.Geometry;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.ValidationReport;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The problems panel under the canvas: every problem of the open diagram, kept current as it is
 * edited, sortable by column, filtered by severity and text. Clicking a problem (or Enter) selects
 * its node and scrolls it into view; the bar below says what to do and offers the quick fixes.
 * {@link ProblemsInWindow} puts it in the window with the badges, the quick fixes, its menu items and
 * the count in the status bar.
 */
final class ProblemsPane extends VBox {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final ProblemsModel model;
    private final DiagramCanvas canvas;
    private final SplitPane centre;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final Map<Severity, ToggleButton> severityToggles = new EnumMap<>(Severity.class);
    private final TextField filterField = new TextField();
    private final FilteredList<ProblemRow> filtered;
    private final TableView<ProblemRow> table = new TableView<>();
    private final Label shownCount = new Label();
    private final Label hint = new Label();
    private final HBox fixButtons = new HBox(6);
    private final QuickFixMenu fixItems;
    private ProblemFilter filter = ProblemFilter.ALL;
    /** The problem last selected, selected again when a new report lists it too. */
    private ProblemRow wanted;
    /** What the details bar shows: for this problem of this list of problems. */
    private ProblemRow detailsRow;
    private List<Problem> detailsProblems;
    private double divider = 0.78;

    ProblemsPane(ProblemsModel model, DiagramCanvas canvas, SplitPane centre) {
        this.model = model;
        this.canvas = canvas;
        this.centre = centre;
        this.fixItems = new QuickFixMenu(model, this::showProblemsOf);
        this.filtered = new FilteredList<>(model.rows(), filter);
        setId("problems-pane");
        getStyleClass().add("problems-pane");
        setMinHeight(0);
        SplitPane.setResizableWithParent(this, false);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar(), table, detailsBar());

        model.reportProperty().addListener((o, a, b) -> reportChanged());
        model.rows().addListener((ListChangeListener<ProblemRow>) c -> rowsChanged());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                wanted = b;
            }
            updateDetails();
        });
        shown.addListener((o, a, b) -> placeInWindow(b));
        reportChanged();
    }

    ProblemsModel model() {
        return model;
    }

    TableView<ProblemRow> table() {
        return table;
    }

    BooleanProperty shownProperty() {
        return shown;
    }

    /** Shows the panel with the first problem of a node or connection selected. */
    void showProblemsOf(String id) {
        shown.set(true);
        clearFilter();
        filtered.stream().filter(r -> r.problem().concerns(id)).findFirst().ifPresent(row -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        table.requestFocus();
    }

    // ---- parts ----------------------------------------------------------------------------

    private HBox toolbar() {
        HBox bar = new HBox(6);
        bar.getStyleClass().add("problems-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(TEXT.get("problems.title"));
        title.getStyleClass().add("problems-title");
        // the title and the counters keep their words when the pane narrows; the filter field gives way
        title.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().add(title);
        for (Severity s : Severity.values()) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("problems-show-" + s.id());
            toggle.getStyleClass().add("problems-severity-toggle");
            toggle.setGraphic(SeverityIcon.of(s));
            toggle.setSelected(true);
            toggle.setMinWidth(Region.USE_PREF_SIZE);
            toggle.setFocusTraversable(false);
            toggle.setTooltip(new Tooltip(TEXT.get("problems.toggle.tooltip." + s.id())));
            toggle.selectedProperty().addListener((o, a, on) -> setFilter(filter.withSeverity(s, on)));
            severityToggles.put(s, toggle);
            bar.getChildren().add(toggle);
        }
        filterField.setId("problems-filter");
        filterField.setPromptText(TEXT.get("problems.filter.prompt"));
        filterField.setPrefColumnCount(22);
        filterField.setMinWidth(60);
        filterField.textProperty().addListener((o, a, text) -> setFilter(filter.withText(text)));
        filterField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filterField.getText().isEmpty()) {
                filterField.clear();
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        shownCount.setId("problems-shown-count");
        shownCount.getStyleClass().add("problems-muted");
        Button close = new Button("\u2715");
        close.setId("problems-close");
        close.getStyleClass().add("problems-close");
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip(TEXT.get("problems.close")));
        close.setOnAction(e -> shown.set(false));
        close.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().addAll(filterField, spacer, shownCount, close);
        return bar;
    }

    private void buildTable() {
        table.setId("problems-table");
        table.getStyleClass().add("problems-table");
        SortedList<ProblemRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(TEXT.get("problems.placeholder.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<ProblemRow, Severity> severity = new TableColumn<>();
        severity.setId("problems-col-severity");
        severity.setGraphic(new Label(TEXT.get("problems.col.severity.short")));
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new ProblemCells.SeverityCell());
        severity.setComparator(Enum::compareTo);
        severity.setMinWidth(34);
        severity.setMaxWidth(34);
        severity.setResizable(false);

        TableColumn<ProblemRow, String> rule = textColumn("problems-col-rule", "problems.col.rule", ProblemRow::ruleId);
        rule.setMinWidth(78);
        rule.setMaxWidth(90);
        TableColumn<ProblemRow, String> where = textColumn("problems-col-node", "problems.col.node", ProblemRow::where);
        where.setMinWidth(120);
        where.setPrefWidth(180);
        TableColumn<ProblemRow, String> message = textColumn("problems-col-message", "problems.col.message", ProblemRow::message);
        message.setPrefWidth(620);
        message.setCellFactory(c -> new ProblemCells.MessageCell(model::hintOf));
        table.getColumns().add(severity);
        table.getColumns().add(rule);
        table.getColumns().add(where);
        table.getColumns().add(message);

        table.setRowFactory(t -> problemRow());
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            ProblemRow row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                reveal(row.problem());
                e.consume();
            }
        });
    }

    private static TableColumn<ProblemRow, String> textColumn(String id, String key,
                                                              Function<ProblemRow, String> value) {
        TableColumn<ProblemRow, String> column = new TableColumn<>(TEXT.get(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private TableRow<ProblemRow> problemRow() {
        TableRow<ProblemRow> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                reveal(row.getItem().problem());
                if (e.getClickCount() == 2) {
                    canvas.zoomToSelection();
                }
            }
        });
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            if (row.getItem() != null) {
                menu.getItems().addAll(ProblemRowMenu.items(model, fixItems, row.getItem().problem(), this::reveal));
            }
        });
        row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                .then((ContextMenu) null).otherwise(menu));
        return row;
    }

    private HBox detailsBar() {
        hint.setId("problems-hint");
        hint.getStyleClass().add("problems-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        fixButtons.setAlignment(Pos.CENTER_RIGHT);
        fixButtons.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, hint, fixButtons);
        bar.getStyleClass().add("problems-details");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Goes to the next (or previous) problem in the list, round the end, and shows its node. */
    void step(int by) {
        int count = table.getItems().size();
        if (count == 0) {
            return;
        }
        shown.set(true);
        int at = table.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (by > 0 ? 0 : count - 1) : Math.floorMod(at + by, count);
        table.getSelectionModel().clearAndSelect(next);
        table.scrollTo(next);
        reveal(table.getItems().get(next).problem());
    }

    // ---- behaviour ------------------------------------------------------------------------

    /** Selects the problem's node (or connection) and scrolls it into view, keeping the zoom. */
    void reveal(Problem problem) {
        String id = model.select(problem);
        if (id == null) {
            return;
        }
        Diagram d = model.document().diagram();
        Bounds world = d.node(id).map(n -> Geometry.outline(d, n))
                .orElseGet(() -> d.edge(id).map(e -> boundsOf(EdgeRouter.route(d, e))).orElse(null));
        if (world != null) {
            canvas.reveal(world);
        }
    }

    private static Bounds boundsOf(List<Point> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    private void setFilter(ProblemFilter next) {
        filter = next;
        filtered.setPredicate(next);
        updateShownCount();
    }

    private void clearFilter() {
        filterField.clear();
        severityToggles.values().forEach(t -> t.setSelected(true));
    }

    private void reportChanged() {
        ValidationReport r = model.report();
        for (Severity s : Severity.values()) {
            severityToggles.get(s).setText(ProblemSummary.count(s, r == null ? 0 : r.count(s)));
        }
        updateShownCount();
        updateDetails();
    }

    private void rowsChanged() {
        if (table.getSelectionModel().getSelectedItem() == null && wanted != null && filtered.contains(wanted)) {
            table.getSelectionModel().select(wanted);
        }
        updateShownCount();
    }

    private void updateShownCount() {
        int all = model.rows().size();
        int showing = filtered.size();
        shownCount.setText(showing == all ? "" : TEXT.get("problems.shown", showing, all));
        table.setPlaceholder(new Label(TEXT.get(all == 0 ? "problems.placeholder.none" : "problems.placeholder.filtered")));
    }

    /** The hint and fix buttons for the selected problem. */
    private void updateDetails() {
        ProblemRow row = table.getSelectionModel().getSelectedItem();
        List<Problem> problems = model.report() == null ? List.of() : model.report().problems();
        if (row != null && row.equals(detailsRow) && problems == detailsProblems) {
            return; // the same problem in the same report (only moved on to a later revision)
        }
        detailsRow = row;
        detailsProblems = problems;
        fixButtons.getChildren().clear();
        if (row == null) {
            hint.setText(model.rows().isEmpty() ? "" : TEXT.get("problems.hint.select"));
            return;
        }
        Problem problem = row.problem();
        String text = model.hintOf(problem);
        hint.setText(text.isBlank() ? "" : TEXT.get("problems.hint", text));
        List<QuickFix> fixes = model.quickFixes(problem);
        for (int i = 0; i < fixes.size(); i++) {
            String title = fixes.get(i).title();
            Button fix = new Button(TEXT.get("problems.fix", title));
            fix.setId("problem-fix-" + i);
            fix.getStyleClass().add("problem-fix-button");
            fix.setMnemonicParsing(false);
            // Asked for again on click: a fix is made for the diagram as it is at that moment.
            fix.setOnAction(e -> {
                model.quickFixes(problem).stream().filter(f -> f.title().equals(title)).findFirst()
                        .ifPresentOrElse(model::apply, () -> model.document().say(TEXT.get("problems.fix.gone", title)));
                table.requestFocus(); // the button goes with the problem; keep the keyboard in the list (Ctrl+Z undoes)
            });
            fixButtons.getChildren().add(fix);
        }
    }

    private void placeInWindow(boolean show) {
        List<javafx.scene.Node> items = centre.getItems();
        if (show && !items.contains(this)) {
            items.add(this);
            centre.setDividerPosition(items.size() - 2, divider);
        } else if (!show && items.contains(this)) {
            int index = items.indexOf(this);
            if (index > 0) {
                divider = centre.getDividerPositions()[index - 1];
            }
            items.remove(this);
            canvas.requestFocus();
        }
    }

}
