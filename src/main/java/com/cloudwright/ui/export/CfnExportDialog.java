package com.cloudwright.ui.export;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Styles;
import com.cloudwright.ui.common.Background;
import com.cloudwright.ui.common.Dialogs;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.ui.common.WrappedLines;
import com.cloudwright.cfn.CfnExporter;
import com.cloudwright.cfn.ExportOptions;
import com.cloudwright.cfn.ExportProblem;
import com.cloudwright.cfn.ExportResult;
import com.cloudwright.cfn.TemplateFormat;
import com.cloudwright.io.AtomicFile;
import com.cloudwright.model.Diagram;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * File → Export → CloudFormation…: the template as it will be written (YAML or JSON, one per
 * Region), to copy or save. The diagram's validation errors block the export until the user
 * confirms "Export anyway"; a template that breaks its schema (an exporter bug) is refused with
 * the resource and property named. Exports run off the FX thread on a snapshot of the diagram.
 */
final class CfnExportDialog {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** How templates are made: {@link CfnExporter#export} in the app. */
    @FunctionalInterface
    interface Exporter {
        ExportResult export(Diagram diagram, com.cloudwright.palette.Palette palette, ExportOptions options);
    }

    private final Document doc;
    private final FileDialogs dialogs;
    private final Exporter exporter;
    private final Diagram snapshot;
    private final Stage stage = new Stage();
    private final ToggleGroup formats = new ToggleGroup();
    private final ToggleButton yaml = toggle("cfn.format.yaml", "cfn-yaml", TemplateFormat.YAML);
    private final ToggleButton json = toggle("cfn.format.json", "cfn-json", TemplateFormat.JSON);
    private final ComboBox<String> regions = new ComboBox<>();
    private final HBox regionBox;
    private final TextArea preview = new TextArea();
    private final StackPane body = new StackPane();
    private final VBox busy;
    private final ProblemList blocked = new ProblemList("cfn-blocked");
    private final ProblemList failed = new ProblemList("cfn-failed");
    private final Button force = new Button(TEXT.get("cfn.force"));
    private final ListView<String> notesList = new ListView<>();
    private final TitledPane notes = new TitledPane("", notesList);
    /** What the drawing has that the template leaves out: listed before anything is saved. */
    private final ListView<String> droppedList = new ListView<>();
    private final TitledPane dropped = new TitledPane("", droppedList);
    private final AcceptedRisksPane risks = new AcceptedRisksPane();
    private final Label footer = new Label();
    private final Button copy = new Button(TEXT.get("cfn.copy"));
    private final Button save = new Button(TEXT.get("cfn.save"));
    private final Map<TemplateFormat, ExportResult> results = new EnumMap<>(TemplateFormat.class);
    private boolean forced;
    /** The latest export asked for; an answer to an older one (a quick toggle) is dropped. */
    private long request;
    private ExportResult shown;

    static CfnExportDialog open(Document doc, Window owner, FileDialogs dialogs) {
        return open(doc, owner, dialogs, CfnExporter::export);
    }

    static CfnExportDialog open(Document doc, Window owner, FileDialogs dialogs, Exporter exporter) {
        CfnExportDialog dialog = new CfnExportDialog(doc, owner, dialogs, exporter);
        dialog.stage.show();
        dialog.export();
        return dialog;
    }

    private CfnExportDialog(Document doc, Window owner, FileDialogs dialogs, Exporter exporter) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.exporter = exporter;
        this.snapshot = doc.diagram().snapshot();

        yaml.setSelected(true);
        formats.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                formats.selectToggle(was); // one format is always chosen
            } else if (was != null) {
                export();
            }
        });
        regions.setId("cfn-region");
        regions.valueProperty().addListener((o, a, b) -> showTemplate());
        Label regionLabel = new Label(TEXT.get("cfn.region"));
        regionBox = new HBox(6, regionLabel, regions);
        regionBox.setAlignment(Pos.CENTER_LEFT);
        regionBox.setId("cfn-region-box");
        hide(regionBox);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        yaml.getStyleClass().add("first");
        json.getStyleClass().add("last");
        HBox formatBox = new HBox(0, yaml, json);
        formatBox.getStyleClass().add("segmented");
        HBox top = new HBox(10, new Label(TEXT.get("cfn.format")), formatBox, spacer, regionBox);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("export-toolbar");

        preview.setId("cfn-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.getStyleClass().add("code-preview");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        busy = new VBox(10, spinner, new Label(TEXT.get("cfn.exporting")));
        busy.setAlignment(Pos.CENTER);

        force.setId("cfn-force");
        force.getStyleClass().add("danger-button");
        force.setOnAction(e -> {
            forced = true;
            results.clear();
            export();
        });
        blocked.getChildren().add(force);
        body.getChildren().addAll(preview, busy, blocked, failed);

        notesList.setId("cfn-notes");
        notesList.setPrefHeight(130);
        WrappedLines.apply(notesList);
        notes.setId("cfn-notes-pane");
        notes.setExpanded(false);
        hide(notes);
        droppedList.setId("cfn-dropped");
        droppedList.setPrefHeight(110);
        WrappedLines.apply(droppedList);
        dropped.setId("cfn-dropped-pane");
        dropped.getStyleClass().add("warning-text");
        hide(dropped);

        copy.setId("cfn-copy");
        copy.setOnAction(e -> copyToClipboard());
        save.setId("cfn-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> saveToFile());
        Button close = new Button(TEXT.get("cfn.close"));
        close.setId("cfn-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(copy, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(copy, save, close);
        footer.setId("cfn-footer");
        footer.getStyleClass().add("export-footer");
        HBox.setHgrow(buttons, Priority.ALWAYS);
        HBox bottom = new HBox(10, footer, buttons);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox south = new VBox(8, dropped, risks, notes, bottom);
        BorderPane root = new BorderPane(body, top, null, south, null);
        root.setId("cfn-dialog");
        root.getStyleClass().add("export-dialog");
        BorderPane.setMargin(body, new javafx.geometry.Insets(8, 0, 8, 0));

        Scene scene = new Scene(root, 860, 640);
        Styles.applyTo(scene);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(TEXT.get("cfn.title", name(snapshot)));
        showOnly(busy);
    }

    Stage stage() {
        return stage;
    }

    private ToggleButton toggle(String key, String id, TemplateFormat format) {
        ToggleButton b = new ToggleButton(TEXT.get(key));
        b.setId(id);
        b.setUserData(format);
        b.setToggleGroup(formats);
        return b;
    }

    private TemplateFormat format() {
        return (TemplateFormat) formats.getSelectedToggle().getUserData();
    }

    private void export() {
        TemplateFormat format = format();
        ExportResult known = results.get(format);
        long id = ++request;
        if (known != null) {
            show(known);
            return;
        }
        showOnly(busy);
        setTemplateActions(false);
        ExportOptions options = ExportOptions.defaults().withFormat(format).withForce(forced);
        var palette = doc.palette();
        Background.run(() -> exporter.export(snapshot, palette, options), result -> {
            results.put(format, result);
            if (id == request) {
                show(result);
            }
        }, error -> {
            if (id == request) {
                failed.show(TEXT.get("cfn.failed.header"), List.of(String.valueOf(error.getMessage())));
                showOnly(failed);
            }
        });
    }

    private void show(ExportResult result) {
        shown = result;
        switch (result.status()) {
            case OK -> {
                String keep = regions.getValue();
                regions.getItems().setAll(result.templates().keySet());
                regions.setValue(keep != null && result.templates().containsKey(keep) ? keep : result.templates().firstKey());
                setVisible(regionBox, result.templates().size() > 1);
                showTemplate();
                showOnly(preview);
                notesList.getItems().setAll(result.warnings());
                notes.setText(TEXT.get("cfn.notes", result.warnings().size()));
                setVisible(notes, !result.warnings().isEmpty());
                droppedList.getItems().setAll(result.dropped().stream().map(d -> d.isConnection() ? d.reason()
                        : snapshot.node(d.nodeId()).map(n -> n.displayLabel()).orElse(d.nodeId()) + ": " + d.reason()).toList());
                dropped.setText(TEXT.get("cfn.dropped", result.dropped().size()));
                setVisible(dropped, !result.dropped().isEmpty());
                risks.show(result.acceptedRisks());
                footer.setText(forced ? TEXT.get("cfn.forced") : "");
                footer.getStyleClass().remove("warning-text");
                if (forced) {
                    footer.getStyleClass().add("warning-text");
                }
            }
            case BLOCKED -> {
                blocked.show(TEXT.get("cfn.blocked.header", result.problems().size()), lines(result.problems()));
                showOnly(blocked);
                hide(notes);
                hide(dropped);
                risks.show(List.of());
            }
            case FAILED -> {
                failed.show(TEXT.get("cfn.failed.header"), lines(result.problems()));
                showOnly(failed);
                hide(notes);
                hide(dropped);
                risks.show(List.of());
            }
        }
        setTemplateActions(result.ok());
    }

    private void showTemplate() {
        if (shown != null && shown.ok() && regions.getValue() != null) {
            preview.setText(shown.templates().get(regions.getValue()));
            preview.positionCaret(0);
            preview.setScrollTop(0);
        }
    }

    /** Each problem on one line, the node named by its label where it has one. */
    private List<String> lines(List<ExportProblem> problems) {
        return problems.stream().map(p -> {
            if (p.kind() == ExportProblem.Kind.VALIDATION) {
                String who = snapshot.node(p.subject()).map(n -> n.displayLabel()).orElse(p.subject());
                return (who.isEmpty() ? "" : who + ": ") + p.message() + (p.rule() == null ? "" : "  [" + p.rule() + "]");
            }
            return p.toString();
        }).toList();
    }

    private void copyToClipboard() {
        String text = preview.getText();
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        say(TEXT.get("cfn.copied", regions.getValue()));
    }

    private void saveToFile() {
        if (shown == null || !shown.ok()) {
            return;
        }
        String region = regions.getValue();
        String extension = format().extension();
        Path suggested = ExportNames.suggest(doc, shown.templates().size() > 1 ? region : null, extension);
        var type = new FileDialogs.FileType(TEXT.get("file.filter." + extension), extension);
        dialogs.chooseToExport(stage, suggested, type).ifPresent(file -> {
            byte[] bytes = shown.templates().get(region).getBytes(StandardCharsets.UTF_8);
            save.setDisable(true);
            Background.run(() -> {
                AtomicFile.write(file, bytes, false);
                return file;
            }, written -> {
                save.setDisable(false);
                say(TEXT.get("cfn.saved", written.getFileName(), region));
            }, error -> {
                save.setDisable(false);
                Dialogs.error(stage, TEXT.get("error.save.header", file.getFileName()),
                        TEXT.get("cfn.save.failed", String.valueOf(error.getMessage())));
            });
        });
    }

    private void say(String message) {
        footer.getStyleClass().remove("warning-text");
        footer.setText(message);
        doc.say(message);
    }

    private void setTemplateActions(boolean enabled) {
        copy.setDisable(!enabled);
        save.setDisable(!enabled);
    }

    private void showOnly(Node visible) {
        for (Node n : body.getChildren()) {
            n.setVisible(n == visible);
        }
    }

    private static void hide(Node n) {
        setVisible(n, false);
    }

    private static void setVisible(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private static String name(Diagram d) {
        return d.name() == null || d.name().isBlank() ? TEXT.get("document.untitled") : d.name();
    }

    /** A heading over a list of problems, one a line. */
    private static final class ProblemList extends VBox {
        private final Label header = new Label();
        private final ListView<String> list = new ListView<>();

        ProblemList(String id) {
            super(8);
            setId(id);
            getStyleClass().add("problem-list");
            header.setWrapText(true);
            header.getStyleClass().add("problem-list-header");
            list.setId(id + "-list");
            VBox.setVgrow(list, Priority.ALWAYS);
            getChildren().addAll(header, list);
        }

        void show(String heading, List<String> lines) {
            header.setText(heading);
            list.getItems().setAll(lines);
        }
    }
}
