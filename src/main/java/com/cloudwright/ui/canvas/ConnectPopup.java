package com.cloudwright.ui.canvas;

import com.cloudwright.edit.ConnectSearch;
import com.cloudwright.edit.ConnectSearch.Candidate;
import com.cloudwright.i18n.Bundle;
import com.cloudwright.render.Labels;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.palette.IconCache;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * Connect from the keyboard: a search over the diagram's nodes for the one the selected node
 * should call. Enter connects them exactly as a drag from the connect handle does (the callee's
 * port as the label, a refusal said in the status bar); Escape closes.
 */
public final class ConnectPopup {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final Document doc;
    private final Popup popup = new Popup();
    private final Label heading = new Label();
    private final TextField query = new TextField();
    private final ListView<Candidate> results = new ListView<>();
    private final IconCache icons = new IconCache();
    private String from;

    public ConnectPopup(Document doc) {
        this.doc = doc;
        heading.setId("connect-heading");
        query.setId("connect-query");
        query.setPromptText(TEXT.get("connect.prompt"));
        results.setId("connect-results");
        results.setPrefSize(360, 260);
        results.setCellFactory(v -> new CandidateCell());
        VBox box = new VBox(4, heading, query, results);
        box.getStyleClass().addAll("quick-add", "connect-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);

        query.textProperty().addListener((o, a, b) -> refresh(b));
        query.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case ENTER -> choose();
                case ESCAPE -> popup.hide();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose();
            }
        });
    }

    /**
     * Opens the search for a connection from the single selected node; says what to do first when
     * no single node is selected.
     */
    public void show(Window owner, Point2D screen) {
        String selected = doc.singleSelection();
        var node = selected == null ? null : doc.diagram().node(selected).orElse(null);
        if (node == null) {
            doc.say(TEXT.get("connect.selectFirst"));
            return;
        }
        from = selected;
        heading.setText(TEXT.get("connect.heading", Labels.title(doc.diagram(), doc.palette(), node)));
        query.setText("");
        refresh("");
        popup.show(owner, screen.getX(), screen.getY());
        query.requestFocus();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void refresh(String text) {
        if (from == null) {
            return;
        }
        results.setItems(FXCollections.observableArrayList(
                ConnectSearch.search(doc.palette(), doc.diagram(), from, text)));
        results.getSelectionModel().selectFirst();
        results.scrollTo(0);
    }

    private void move(int step) {
        int next = Math.max(0, Math.min(results.getItems().size() - 1, results.getSelectionModel().getSelectedIndex() + step));
        results.getSelectionModel().select(next);
        results.scrollTo(next);
    }

    private void choose() {
        Candidate chosen = results.getSelectionModel().getSelectedItem();
        popup.hide();
        if (chosen != null && from != null) {
            ConnectTool.connect(doc, from, chosen.node().id());
        }
    }

    /** Title, then the service it is, greyed when the selected node may not call it. */
    private final class CandidateCell extends ListCell<Candidate> {
        CandidateCell() {
            setPrefWidth(0);   // long titles are cut short, never widen the list into a horizontal scroll bar
        }

        @Override
        protected void updateItem(Candidate c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            var entry = doc.palette().entryOf(c.node()).orElse(null);
            String service = entry == null ? c.node().type() : entry.displayLabel();
            setText(c.title().equals(service) ? c.title() : c.title() + "  ·  " + service);
            setOpacity(c.allowed() ? 1 : 0.55);
            var image = entry == null || entry.icon() == null ? null : icons.get(entry.icon(), 40);
            if (image != null) {
                ImageView view = new ImageView(image);
                view.setFitWidth(20);
                view.setFitHeight(20);
                setGraphic(view);
            } else {
                setGraphic(null);
            }
        }
    }
}
