package com.cloudwright.ui.canvas;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.palette.IconCache;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * Type-to-add: a search box over the canvas (Ctrl+K or just start typing). The list follows the
 * palette search as you type; Enter adds the highlighted service, Shift+Enter adds it connected to
 * the selected node (the hint under the box names it), Escape closes.
 */
public final class QuickAddPopup {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final Palette palette;
    private final Popup popup = new Popup();
    private final TextField query = new TextField();
    private final ListView<PaletteEntry> results = new ListView<>();
    private final IconCache icons = new IconCache();
    private final Label hint = new Label();
    private Chooser onChoose = (e, typed, connect) -> { };

    /** What is done with the service picked: {@code connect} when Shift+Enter asked for a connection too. */
    @FunctionalInterface
    public interface Chooser {
        void choose(PaletteEntry entry, String typed, boolean connect);
    }

    public QuickAddPopup(Palette palette) {
        this.palette = palette;
        query.setId("quick-add-query");
        query.setPromptText(TEXT.get("quickadd.prompt"));
        results.setId("quick-add-results");
        results.setPrefSize(360, 260);
        results.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0);   // long names are cut short, never widen the list into a horizontal scroll bar
            }

            @Override
            protected void updateItem(PaletteEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(e.displayLabel() + "  ·  " + palette.displayCategory(e.category()));
                var image = e.icon() == null ? null : icons.get(e.icon(), 40);
                if (image != null) {
                    ImageView view = new ImageView(image);
                    view.setFitWidth(20);
                    view.setFitHeight(20);
                    setGraphic(view);
                } else {
                    setGraphic(null);
                }
            }
        });
        hint.setId("quick-add-hint");
        hint.getStyleClass().add("quick-add-hint");
        hint.managedProperty().bind(hint.visibleProperty());
        VBox box = new VBox(4, query, results, hint);
        box.getStyleClass().add("quick-add");
        popup.getContent().add(box);
        popup.setAutoHide(true);

        query.textProperty().addListener((o, a, b) -> refresh(b));
        query.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case ENTER -> choose(e.isShiftDown());
                case ESCAPE -> popup.hide();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose(false);
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(e.isShiftDown());
            }
        });
    }

    /**
     * Shows the search at a screen point, pre-filled; {@code choose} receives the picked service.
     *
     * @param connectTo the title of the node a Shift+Enter connects the new one with, or null for none
     */
    public void show(Window owner, Point2D screen, String prefill, String connectTo, Chooser choose) {
        this.onChoose = choose;
        hint.setVisible(connectTo != null);
        hint.setText(connectTo == null ? "" : TEXT.get("quickadd.connectHint", connectTo));
        query.setText(prefill);
        refresh(prefill);
        popup.show(owner, screen.getX(), screen.getY());
        query.requestFocus();
        query.end();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void refresh(String text) {
        results.setItems(FXCollections.observableArrayList(palette.search(text)));
        results.getSelectionModel().selectFirst();
        results.scrollTo(0);
    }

    private void move(int step) {
        int next = Math.max(0, Math.min(results.getItems().size() - 1, results.getSelectionModel().getSelectedIndex() + step));
        results.getSelectionModel().select(next);
        results.scrollTo(next);
    }

    private void choose(boolean connect) {
        PaletteEntry chosen = results.getSelectionModel().getSelectedItem();
        popup.hide();
        if (chosen != null) {
            onChoose.choose(chosen, query.getText(), connect && hint.isVisible());
        }
    }
}
