package com.cloudwright.ui.export;

import com.cloudwright.export.PictureExporter;
import com.cloudwright.ui.common.Styles;
import com.cloudwright.ui.common.Background;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.ui.UiText;
import com.cloudwright.export.ImageOptions;
import com.cloudwright.export.PngExporter;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * File → Export → Picture…: PNG or SVG, scale, background, whole diagram or selection, padding,
 * with the output size in pixels shown as the options change. The export runs off the FX thread
 * with a progress bar; Cancel stops it and leaves no file.
 */
final class PictureExportDialog {

    private static final double[] SCALES = {1, 2, 4};

    private final PictureExports exports;
    private final Document doc;
    private final Stage stage = new Stage();
    private final ToggleGroup format = new ToggleGroup();
    private final ToggleGroup scale = new ToggleGroup();
    private final ToggleGroup background = new ToggleGroup();
    private final ToggleGroup area = new ToggleGroup();
    private final RadioButton whole = new RadioButton(UiText.get("picture.area.whole"));
    private final RadioButton selection = new RadioButton();
    private final Spinner<Integer> padding = new Spinner<>(0, 400, 24, 4);
    private final Label size = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Button export = new Button(UiText.get("picture.export"));
    private final Button cancel = new Button(UiText.get("picture.cancel"));
    private final GridPane form = new GridPane();
    private final List<String> selectedNodes;
    private PictureJob job;

    PictureExportDialog(PictureExports exports, Window owner) {
        this.exports = exports;
        this.doc = exports.document();
        this.selectedNodes = exports.selectedNodes();
        PictureSettings start = exports.settings();

        HBox formats = segmented(format,
                choice("picture.format.png", "picture-png", PictureExporter.Format.PNG),
                choice("picture.format.svg", "picture-svg", PictureExporter.Format.SVG));
        ToggleButton[] scaleButtons = new ToggleButton[SCALES.length];
        for (int i = 0; i < SCALES.length; i++) {
            scaleButtons[i] = choice("picture.scale." + (int) SCALES[i], "picture-scale-" + (int) SCALES[i], SCALES[i]);
        }
        HBox scales = segmented(scale, scaleButtons);
        HBox backgrounds = segmented(background,
                choice("picture.background.white", "picture-white", ImageOptions.Background.WHITE),
                choice("picture.background.transparent", "picture-transparent", ImageOptions.Background.TRANSPARENT));
        whole.setId("picture-whole");
        whole.setToggleGroup(area);
        whole.setUserData(false);
        selection.setId("picture-selection");
        selection.setToggleGroup(area);
        selection.setUserData(true);
        selection.setText(UiText.get("picture.area.selection", selectedNodes.size()));
        selection.setDisable(selectedNodes.isEmpty());
        padding.setId("picture-padding");
        padding.setEditable(true);
        padding.setPrefWidth(90);
        size.setId("picture-size");
        size.getStyleClass().add("picture-size");

        select(format, start.format());
        select(scale, start.scale());
        select(background, start.background());
        area.selectToggle(start.selectionOnly() && !selectedNodes.isEmpty() ? selection : whole);
        padding.getValueFactory().setValue((int) Math.round(start.padding()));
        for (ToggleGroup g : List.of(format, scale, background, area)) {
            g.selectedToggleProperty().addListener((o, was, now) -> {
                if (now == null) {
                    g.selectToggle(was); // one choice is always made
                }
                updateSize();
            });
        }
        padding.valueProperty().addListener((o, a, b) -> updateSize());

        form.setId("picture-form");
        form.getStyleClass().add("export-form");
        int row = 0;
        form.addRow(row++, label("picture.format"), formats);
        form.addRow(row++, label("picture.scale"), scales);
        form.addRow(row++, label("picture.background"), backgrounds);
        form.addRow(row++, label("picture.area"), new VBox(6, whole, selection));
        form.addRow(row++, label("picture.padding"), new HBox(6, padding, new Label(UiText.get("picture.padding.unit"))));
        form.addRow(row, label("picture.size"), size);
        for (javafx.scene.Node n : form.getChildren()) {
            if (n instanceof HBox h) {
                h.setAlignment(Pos.CENTER_LEFT);
            }
        }

        progress.setId("picture-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressText.setId("picture-progress-text");
        progressText.getStyleClass().add("export-footer");
        HBox progressRow = new HBox(8, progress, progressText);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.setId("picture-progress-row");
        progressRow.setVisible(false);

        export.setId("picture-export");
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseFileAndExport());
        cancel.setId("picture-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelOrClose());
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(export, cancel);

        VBox root = new VBox(14, form, progressRow, buttons);
        root.setId("picture-dialog");
        root.getStyleClass().add("export-dialog");
        Scene scene = new Scene(root);
        Styles.applyTo(scene);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(UiText.get("picture.title"));
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> {
            if (job != null) {
                e.consume(); // the window stays until the export has finished or been cancelled
                job.cancel();
            }
        });
        updateSize();
    }

    void show() {
        stage.show();
    }

    private PictureSettings settings() {
        return new PictureSettings((PictureExporter.Format) format.getSelectedToggle().getUserData(),
                (Double) scale.getSelectedToggle().getUserData(),
                (ImageOptions.Background) background.getSelectedToggle().getUserData(),
                (Boolean) area.getSelectedToggle().getUserData(),
                Objects.requireNonNullElse(padding.getValue(), 0));
    }

    /** The output size for the current options, or why there is none. */
    private void updateSize() {
        PictureSettings s = settings();
        try {
            PngExporter.Dimension d = PictureExporter.forFormat(s.format()).size(doc.diagram(), s.options(selectedNodes));
            size.setText(UiText.get(s.format() == PictureExporter.Format.PNG ? "picture.size.png" : "picture.size.svg",
                    d.width(), d.height(), d.width() * (double) d.height() / 1e6));
            size.getStyleClass().remove("error-text");
            export.setDisable(false);
        } catch (IllegalArgumentException e) {
            size.setText(e.getMessage());
            if (!size.getStyleClass().contains("error-text")) {
                size.getStyleClass().add("error-text");
            }
            export.setDisable(true);
        }
    }

    private void chooseFileAndExport() {
        PictureSettings s = settings();
        String extension = s.format().extension();
        Path previous = exports.lastFile();
        Path suggested = previous != null && previous.getFileName().toString().endsWith("." + extension)
                ? previous : ExportNames.suggest(doc, null, extension);
        var type = new FileDialogs.FileType(UiText.get("file.filter." + extension), extension);
        exports.dialogs().chooseToExport(stage, suggested, type).ifPresent(file -> run(s, file));
    }

    private void run(PictureSettings s, Path file) {
        form.setDisable(true);
        export.setDisable(true);
        progress.progressProperty().unbind();
        progress.setProgress(0);
        progressText.setText(UiText.get("picture.writing", file.getFileName()));
        progress.getParent().setVisible(true);
        job = exports.start(s, selectedNodes, file, done -> {
            job = null;
            doc.say(exports.doneMessage(done));
            stage.close();
        }, error -> {
            job = null;
            form.setDisable(false);
            export.setDisable(false);
            progress.getParent().setVisible(false);
            exports.failed(file, error);
        });
        progress.progressProperty().bind(job.progressProperty());
    }

    private void cancelOrClose() {
        if (job != null) {
            job.cancel();
            progressText.setText(UiText.get("picture.cancelling"));
        } else {
            stage.close();
        }
    }

    private static Label label(String key) {
        Label l = new Label(UiText.get(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private static ToggleButton choice(String key, String id, Object value) {
        ToggleButton b = new ToggleButton(UiText.get(key));
        b.setId(id);
        b.setUserData(value);
        return b;
    }

    private static HBox segmented(ToggleGroup group, ToggleButton... buttons) {
        for (ToggleButton b : buttons) {
            b.setToggleGroup(group);
        }
        buttons[0].getStyleClass().add("first");
        buttons[buttons.length - 1].getStyleClass().add("last");
        HBox box = new HBox(0, buttons);
        box.getStyleClass().add("segmented");
        return box;
    }

    private static void select(ToggleGroup group, Object value) {
        for (Toggle t : group.getToggles()) {
            if (Objects.equals(t.getUserData(), value)) {
                group.selectToggle(t);
                return;
            }
        }
        group.selectToggle(group.getToggles().get(0));
    }
}
