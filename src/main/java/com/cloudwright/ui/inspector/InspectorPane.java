package com.cloudwright.ui.inspector;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Document;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.SetDiagramFields;
import com.cloudwright.model.SetLabel;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.model.UpdateEdge;
import com.cloudwright.palette.AwsRegions;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.PropertySpec;
import com.cloudwright.palette.PropertyType;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Edits the selection's properties, each change one undoable command. Fields show the palette
 * default as a prompt, so an empty field means "the default".
 */
public final class InspectorPane extends ScrollPane {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final Document doc;
    private final VBox content = new VBox();
    private String focusedKey;

    public InspectorPane(Document doc) {
        this.doc = doc;
        getStyleClass().add("inspector-pane");
        content.getStyleClass().add("inspector-content");
        setContent(content);
        setFitToWidth(true);
        doc.selection().addListener((SetChangeListener<String>) c -> rebuild());
        doc.revisionProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        focusedKey = null;
        if (getScene() != null && getScene().getFocusOwner() != null
                && getScene().getFocusOwner().getProperties().get("inspector-key") instanceof String key
                && isInside(getScene().getFocusOwner())) {
            focusedKey = key;
        }
        content.getChildren().clear();
        Diagram d = doc.diagram();
        String id = doc.singleSelection();
        if (doc.selection().size() > 1) {
            content.getChildren().add(title(TEXT.get("inspector.many", doc.selection().size())));
        } else if (id != null && d.node(id).isPresent()) {
            showNode(d.requireNode(id));
        } else if (id != null && d.edge(id).isPresent()) {
            showEdge(d.edge(id).get());
        } else {
            showDiagram(d);
        }
    }

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == content) {
                return true;
            }
        }
        return false;
    }

    private void showDiagram(Diagram d) {
        content.getChildren().add(title(TEXT.get("inspector.diagram")));
        GridPane grid = grid();
        addRow(grid, "name", TEXT.get("inspector.diagram.name"),
                text("name", d.name(), null, v -> doc.execute(new SetDiagramFields(v, d.region()))), null);
        ComboBox<String> region = new ComboBox<>();
        region.getItems().setAll(AwsRegions.COMMON);
        region.setEditable(true);
        region.setValue(d.region());
        region.getProperties().put("inspector-key", "region");
        region.setOnAction(e -> {
            String v = region.getValue();
            if (v != null && AwsRegions.isPlausible(v.strip()) && !v.strip().equals(d.region())) {
                doc.execute(new SetDiagramFields(d.name(), v.strip()));
            }
        });
        addRow(grid, "region", TEXT.get("inspector.diagram.region"), region, null);
        content.getChildren().add(grid);
        content.getChildren().add(new Label(TEXT.get("inspector.diagram.counts", d.nodeCount(), d.edgeCount())));
    }

    private void showNode(com.cloudwright.model.Node n) {
        PaletteEntry entry = doc.palette().require(n.type());
        content.getChildren().add(title(entry.displayLabel()));
        GridPane grid = grid();
        Label id = new Label(n.id());
        id.setId("inspector-id");
        addRow(grid, "id", TEXT.get("inspector.id"), id, null);
        addRow(grid, "label", TEXT.get("inspector.label"),
                text("label", n.label(), entry.displayLabel(), v -> doc.execute(new SetLabel(n.id(), v))), null);
        content.getChildren().add(grid);

        List<PropertySpec> config = new ArrayList<>();
        List<PropertySpec> usage = new ArrayList<>();
        for (PropertySpec p : entry.properties()) {
            (p.isUsage() ? usage : config).add(p);
        }
        addSection(n, TEXT.get("inspector.section.config"), config);
        addSection(n, TEXT.get("inspector.section.usage"), usage);
        restoreFocus();
    }

    private void addSection(com.cloudwright.model.Node n, String heading, List<PropertySpec> specs) {
        if (specs.isEmpty()) {
            return;
        }
        Label h = new Label(heading);
        h.getStyleClass().add("inspector-section");
        GridPane grid = grid();
        for (PropertySpec p : specs) {
            addRow(grid, p.name(), p.displayLabel() + (p.unit() != null ? " (" + p.displayUnit() + ")" : ""),
                    editor(n, p), p.displayDescription());
        }
        content.getChildren().addAll(h, grid);
    }

    private void showEdge(Edge e) {
        Diagram d = doc.diagram();
        content.getChildren().add(title(TEXT.get("inspector.edge",
                com.cloudwright.edit.Connections.name(doc.palette(), d, d.requireNode(e.from())),
                com.cloudwright.edit.Connections.name(doc.palette(), d, d.requireNode(e.to())))));
        GridPane grid = grid();
        addRow(grid, "label", TEXT.get("inspector.label"),
                text("label", e.label(), null, v -> doc.execute(UpdateEdge.label(e.id(), v))), null);
        String port = doc.palette().portOf(d.requireNode(e.to())).map(String::valueOf).orElse(null);
        addRow(grid, "port", TEXT.get("inspector.edge.port"),
                text("port", e.props().string("port").orElse(null), port,
                        v -> doc.execute(UpdateEdge.property(e.id(), "port", parseNumber(v, PropertyType.INTEGER)))), null);
        addRow(grid, "protocol", TEXT.get("inspector.edge.protocol"),
                text("protocol", e.props().string("protocol").orElse(null), "tcp",
                        v -> doc.execute(UpdateEdge.property(e.id(), "protocol", v.isBlank() ? null : v))), null);
        content.getChildren().add(grid);
        restoreFocus();
    }

    private javafx.scene.Node editor(com.cloudwright.model.Node n, PropertySpec p) {
        Object current = n.props().get(p.name());
        Object def = p.defaultValue();
        switch (p.type()) {
            case BOOLEAN -> {
                CheckBox box = new CheckBox();
                box.setSelected(n.props().bool(p.name(), def instanceof Boolean b && b));
                box.getProperties().put("inspector-key", p.name());
                box.setOnAction(e -> doc.execute(new SetNodeProperty(n.id(), p.name(), box.isSelected())));
                return box;
            }
            case CHOICE -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.getItems().setAll(p.values());
                combo.setValue(current != null ? current.toString() : def != null ? def.toString() : null);
                combo.getProperties().put("inspector-key", p.name());
                combo.setOnAction(e -> {
                    if (combo.getValue() != null && !combo.getValue().equals(String.valueOf(current == null ? def : current))) {
                        doc.execute(new SetNodeProperty(n.id(), p.name(), combo.getValue()));
                    }
                });
                return combo;
            }
            case NODE_REF -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.getItems().add("");
                Diagram d = doc.diagram();
                (p.targetType() != null ? d.nodesOfType(p.targetType()) : List.copyOf(d.nodes())).stream()
                        .filter(o -> !o.id().equals(n.id())).forEach(o -> combo.getItems().add(o.id()));
                combo.setValue(current == null ? "" : current.toString());
                combo.getProperties().put("inspector-key", p.name());
                combo.setOnAction(e -> doc.execute(new SetNodeProperty(n.id(), p.name(),
                        combo.getValue() == null || combo.getValue().isEmpty() ? null : combo.getValue())));
                return combo;
            }
            case NODE_REFS -> {
                Label members = new Label(String.join(", ", n.props().strings(p.name())));
                members.setWrapText(true);
                return members;
            }
            case TEXT -> {
                return textArea(p.name(), n.props().string(p.name()).orElse(null),
                        v -> doc.execute(new SetNodeProperty(n.id(), p.name(), v.isBlank() ? null : v)));
            }
            case CIDRS -> {
                List<String> cidrs = n.props().strings(p.name());
                return text(p.name(), cidrs.isEmpty() ? null : String.join(", ", cidrs), null, v -> {
                    List<String> list = java.util.Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                    doc.execute(new SetNodeProperty(n.id(), p.name(), list.isEmpty() ? null : list));
                });
            }
            default -> {
                String shown = current == null ? null : n.props().string(p.name()).orElse(String.valueOf(current));
                return text(p.name(), shown, def == null ? null : String.valueOf(def), v -> {
                    Object value = v.isBlank() ? null
                            : p.type() == PropertyType.INTEGER || p.type() == PropertyType.NUMBER ? parseNumber(v, p.type()) : v.strip();
                    if (value == null && !v.isBlank()) {
                        return;
                    }
                    doc.execute(new SetNodeProperty(n.id(), p.name(), value));
                });
            }
        }
    }

    private static Object parseNumber(String v, PropertyType type) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return type == PropertyType.INTEGER ? (Object) Long.parseLong(v.strip()) : (Object) Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A text field that commits on Enter or when it loses focus, if the text changed. */
    private TextField text(String key, String value, String prompt, Consumer<String> commit) {
        TextField field = new TextField(value == null ? "" : value);
        field.setPromptText(prompt);
        field.setId("inspector-" + key);
        field.getProperties().put("inspector-key", key);
        String original = field.getText();
        Runnable apply = () -> {
            if (!field.getText().equals(original)) {
                commit.accept(field.getText());
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (was && !is && field.getScene() != null) {
                apply.run();
            }
        });
        return field;
    }

    /** A text area for a script: it commits when it loses focus, if the text changed (Enter is a new line). */
    private javafx.scene.control.TextArea textArea(String key, String value, Consumer<String> commit) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(value == null ? "" : value);
        area.setId("inspector-" + key);
        area.getProperties().put("inspector-key", key);
        area.setPrefRowCount(6);
        area.setWrapText(false);
        area.setStyle("-fx-font-family: monospace;");
        String original = area.getText();
        area.focusedProperty().addListener((o, was, is) -> {
            if (was && !is && area.getScene() != null && !area.getText().equals(original)) {
                commit.accept(area.getText());
            }
        });
        return area;
    }

    private void restoreFocus() {
        if (focusedKey == null) {
            return;
        }
        content.lookupAll("*").stream()
                .filter(n -> focusedKey.equals(n.getProperties().get("inspector-key")))
                .findFirst().ifPresent(javafx.scene.Node::requestFocus);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-title");
        return l;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, editors);
        return grid;
    }

    private static void addRow(GridPane grid, String key, String label, javafx.scene.Node editor, String help) {
        Label l = new Label(label);
        l.setLabelFor(editor);
        if (help != null) {
            l.setTooltip(new Tooltip(help));
        }
        if (editor instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        editor.getProperties().putIfAbsent("inspector-key", key);
        grid.addRow(grid.getRowCount(), l, editor);
    }
}
