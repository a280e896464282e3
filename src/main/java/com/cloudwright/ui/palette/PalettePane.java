package com.cloudwright.ui.palette;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The service palette: a search box that filters by name and alias as you type, and the
 * services by category with their official icons. Drag an item onto the canvas, or press Enter
 * / double-click to drop it in the middle of the view.
 */
public final class PalettePane extends VBox {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** A row of the list: a category heading or a service. */
    sealed interface Row permits Heading, Item {
    }

    record Heading(String category) implements Row {
    }

    public record Item(PaletteEntry entry) implements Row {
    }

    private final Palette palette;
    private final TextField search = new TextField();
    private final ListView<Row> list = new ListView<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IconCache icons = new IconCache();

    public PalettePane(Palette palette, PaletteDrag drag, Consumer<PaletteEntry> addInView) {
        this.palette = palette;
        getStyleClass().add("palette-pane");
        search.setPromptText(TEXT.get("palette.search.prompt"));
        search.setId("palette-search");
        list.setId("palette-list");
        list.setItems(rows);
        list.setPlaceholder(new Label(TEXT.get("palette.empty")));
        list.setCellFactory(v -> new RowCell(drag, addInView));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(search, list);

        search.textProperty().addListener((o, a, b) -> refill(b));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                selectFirstItem();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                firstItem().ifPresent(addInView);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() instanceof Item item) {
                addInView.accept(item.entry());
                e.consume();
            }
        });
        refill("");
    }

    TextField searchField() {
        return search;
    }

    /** The services shown, in order (headings left out). */
    public List<PaletteEntry> shownEntries() {
        return rows.stream().filter(Item.class::isInstance).map(r -> ((Item) r).entry()).toList();
    }

    private void refill(String query) {
        List<Row> next = new ArrayList<>();
        if (query == null || query.isBlank()) {
            for (String category : palette.categories()) {
                next.add(new Heading(category));
                palette.inCategory(category).forEach(e -> next.add(new Item(e)));
            }
        } else {
            palette.search(query).forEach(e -> next.add(new Item(e)));
        }
        rows.setAll(next);
        selectFirstItem();
    }

    private java.util.Optional<PaletteEntry> firstItem() {
        return shownEntries().stream().findFirst();
    }

    private void selectFirstItem() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof Item) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 1));
                return;
            }
        }
    }

    private final class RowCell extends ListCell<Row> {

        /**
         * What the row's tooltip says. The tooltip itself is made when the pointer first comes
         * over the row: making one for every row shown would slow the window's first layout.
         */
        private String tip;

        RowCell(PaletteDrag drag, Consumer<PaletteEntry> addInView) {
            setOnMouseEntered(e -> {
                if (tip != null && getTooltip() == null) {
                    setTooltip(new Tooltip(tip));
                }
            });
            setOnDragDetected(e -> {
                if (getItem() instanceof Item item && e.getButton() == MouseButton.PRIMARY) {
                    drag.start(item.entry());
                    startFullDrag();
                }
            });
            setOnMouseReleased(e -> drag.end());
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() instanceof Item item) {
                    addInView.accept(item.entry());
                }
            });
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("palette-heading", "palette-item");
            tip = null;
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setDisable(false);
            } else if (row instanceof Heading h) {
                getStyleClass().add("palette-heading");
                setText(palette.displayCategory(h.category()));
                setGraphic(null);
                setDisable(true);
            } else if (row instanceof Item item) {
                PaletteEntry e = item.entry();
                getStyleClass().add("palette-item");
                setDisable(false);
                setText(e.displayLabel());
                ImageView view = null;
                if (e.icon() != null) {
                    var image = icons.get(e.icon(), PaletteIcons.SIZE * 2);
                    if (image != null) {
                        view = new ImageView(image);
                        view.setFitWidth(PaletteIcons.SIZE);
                        view.setFitHeight(PaletteIcons.SIZE);
                    }
                }
                setGraphic(view);
                String description = e.displayDescription();
                tip = description != null ? e.displayLabel() + "\n" + description : e.displayLabel();
                if (!e.aliases().isEmpty()) {
                    tip += "\n" + String.join(", ", e.aliases());
                }
            }
            if (tip == null) {
                setTooltip(null);
            } else if (getTooltip() != null) {
                getTooltip().setText(tip);
            }
        }
    }

}
