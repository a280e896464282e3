package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.i18n.Language;
import com.cloudwright.io.Settings;
import com.cloudwright.ui.common.Background;
import com.cloudwright.ui.common.Styles;
import com.cloudwright.ui.canvas.CanvasGestures;
import com.cloudwright.ui.canvas.CanvasMenus;
import com.cloudwright.ui.canvas.CanvasView;
import com.cloudwright.ui.cost.CostTab;
import com.cloudwright.ui.canvas.DiagramCanvas;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.export.ExportMenu;
import com.cloudwright.ui.file.FileActions;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.ui.canvas.InlineEditor;
import com.cloudwright.ui.inspector.InspectorPane;
import com.cloudwright.ui.common.MenuItems;
import com.cloudwright.ui.palette.PaletteDrag;
import com.cloudwright.ui.palette.PalettePane;
import com.cloudwright.ui.problems.ProblemsInWindow;
import com.cloudwright.ui.canvas.QuickAddPopup;
import com.cloudwright.ui.canvas.ConnectPopup;
import com.cloudwright.ui.file.Recovery;
import com.cloudwright.io.RecentFiles;
import com.cloudwright.palette.Palette;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The main window: menus, palette, canvas, inspector and status bar around one document. */
public final class MainWindow {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");
    /** The settings entry that remembers the language chosen in View → Language. */
    public static final String LANGUAGE_SETTING = "language";

    private final Stage stage;
    private final Document doc;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    /** Where the language choice is remembered. */
    private final Settings settings;
    private Recovery recovery;
    /** The window built in this one's place (after a language switch), if any. */
    private MainWindow replacement;
    private final PaletteDrag paletteDrag = new PaletteDrag();
    private final DiagramCanvas canvas;
    private final CanvasView canvasView;
    private final CanvasGestures gestures;
    /** Type-to-add; built when first asked for, which the first frame never does. */
    private QuickAddPopup quickAdd;
    private final ConnectPopup connectPopup;
    private final CanvasMenus menus;
    private final PalettePane palettePane;
    private final InspectorPane inspector;
    private final FileActions files;
    private final EditActions edits;
    private final Label status = new Label();
    private final Label zoom = new Label();
    private final BorderPane root = new BorderPane();
    private MenuBar menuBar;
    /** The right-hand side: the inspector's tab first; other panels add their tabs here. */
    private final TabPane sideTabs = new TabPane();
    /** The canvas on top; panels that belong under the drawing (problems) go below it. */
    private final SplitPane centre = new SplitPane();
    /** Palette | canvas and problems | side tabs. */
    private final SplitPane split = new SplitPane();
    /** File → Export ▸; each exporter adds its items. */
    private final Menu exportMenu = new Menu(TEXT.get("menu.file.export"));

    public MainWindow(Stage stage, Palette palette, FileDialogs dialogs, RecentFiles recent) {
        this(stage, new Document(palette), dialogs, recent, recent.settings(), 1400, 880);
    }

    private MainWindow(Stage stage, Document doc, FileDialogs dialogs, RecentFiles recent, Settings settings,
                       double width, double height) {
        this.stage = stage;
        this.doc = doc;
        this.dialogs = dialogs;
        this.recent = recent;
        this.settings = settings;
        Palette palette = doc.palette();
        this.canvas = new DiagramCanvas(doc);
        this.canvasView = new CanvasView(canvas);
        this.gestures = new CanvasGestures(canvas, paletteDrag, new InlineEditor(canvas));
        this.connectPopup = new ConnectPopup(doc);
        gestures.onQuickAdd(this::openQuickAdd);
        this.menus = new CanvasMenus(canvas, gestures, () -> openQuickAdd(""));
        this.palettePane = new PalettePane(palette, paletteDrag, gestures::addInView);
        this.inspector = new InspectorPane(doc);
        this.files = new FileActions(doc, () -> stage, dialogs, recent);
        this.edits = new EditActions(doc, canvas);
        new ArrangeMenus(edits).addTo(menus);

        palettePane.setMinWidth(200);
        sideTabs.setMinWidth(260);
        sideTabs.setId("side-tabs");
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab properties = new Tab(TEXT.get("tab.properties"), inspector);
        properties.setId("tab-properties");
        sideTabs.getTabs().add(properties);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.getItems().add(canvasView);
        exportMenu.setId("menu-export");
        ExportMenu.install(exportMenu, doc, () -> stage, dialogs);
        split.getItems().setAll(palettePane, centre, sideTabs);
        split.setDividerPositions(0.18, 0.78);
        SplitPane.setResizableWithParent(palettePane, false);
        SplitPane.setResizableWithParent(sideTabs, false);

        root.setTop(menuBar());
        root.setCenter(split);
        root.setBottom(statusBar());
        // Live validation: problems panel under the canvas, badges, quick fixes, View → Problems, status count.
        ProblemsInWindow.install(doc, canvas, menus, centre, root);

        Scene scene = new Scene(root, width, height);
        Styles.applyTo(scene);
        com.cloudwright.ui.file.FileDrop.install(root, files);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title,
                doc.dirtyProperty(), doc.fileProperty(), doc.revisionProperty()));
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        // Monthly cost estimate: the Cost tab, View → Cost Estimate.
        CostTab.install(doc, sideTabs, root, dialogs, () -> stage);
        // the canvas has the keys from the start: typing there opens quick add, not the palette filter
        javafx.application.Platform.runLater(canvas::requestFocus);
    }

    public Stage stage() {
        return stage;
    }

    public Document document() {
        return doc;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public CanvasView canvasView() {
        return canvasView;
    }

    public CanvasGestures gestures() {
        return gestures;
    }

    public QuickAddPopup quickAdd() {
        if (quickAdd == null) {
            quickAdd = new QuickAddPopup(doc.palette());
        }
        return quickAdd;
    }

    public ConnectPopup connectPopup() {
        return connectPopup;
    }

    /** Opens "connect to" over the canvas for the selected node. */
    void openConnect() {
        connectPopup.show(stage, canvas.localToScreen(canvas.getWidth() / 2 - 180, 60));
    }

    CanvasMenus menus() {
        return menus;
    }

    /** Opens type-to-add over the canvas; the chosen service goes into the selected container. */
    void openQuickAdd(String prefill) {
        var at = canvas.localToScreen(canvas.getWidth() / 2 - 180, 60);
        quickAdd().show(stage, at, prefill, gestures::addToSelectedContainer);
    }

    TabPane sideTabs() {
        return sideTabs;
    }

    PalettePane palette() {
        return palettePane;
    }

    FileActions files() {
        return files;
    }

    /** A menu bar item by id, however deep. */
    public MenuItem menuItem(String id) {
        java.util.Deque<MenuItem> todo = new java.util.ArrayDeque<>(menuBar.getMenus());
        while (!todo.isEmpty()) {
            MenuItem item = todo.pop();
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu m) {
                todo.addAll(m.getItems());
            }
        }
        throw new IllegalArgumentException("no menu item " + id);
    }

    /** Autosaves to the store from now on, and offers what a crashed run left there. */
    public Recovery enableRecovery(com.cloudwright.io.RecoveryStore store, java.time.Duration delay) {
        recovery = new Recovery(store, doc, delay);
        recovery.offerRestore(stage, files);
        return recovery;
    }

    /** This window, or the one built in its place when the language was switched (the newest). */
    public MainWindow current() {
        return replacement == null ? this : replacement.current();
    }

    /**
     * Shows the app in another language and remembers the choice. The window is built anew around
     * the same document: the diagram, its file, unsaved changes, undo history, selection and view stay.
     */
    public void switchLanguage(Language language) {
        if (replacement != null) {
            current().switchLanguage(language);
            return;
        }
        if (language == Language.current()) {
            return;
        }
        language.use();
        Background.run(() -> {
            settings.put(LANGUAGE_SETTING, language.tag());
            return null;
        }, done -> { }, failed -> current().doc.say(TEXT.get("language.notSaved", failed.getMessage())));
        Document next = doc.handOver();
        if (recovery != null) {
            recovery.follow(next);
        }
        Scene old = stage.getScene();
        replacement = new MainWindow(stage, next, dialogs, recent, settings, old.getWidth(), old.getHeight());
        replacement.recovery = recovery;
        replacement.canvas.showSameViewAs(canvas);
        replacement.split.setDividerPositions(split.getDividerPositions());
        replacement.centre.setDividerPositions(centre.getDividerPositions());
        replacement.sideTabs.getSelectionModel().select(sideTabs.getSelectionModel().getSelectedIndex());
        doc.letGo();
        canvas.retire();
        next.say(TEXT.get("language.switched", language.endonym()));
    }

    public void open(Path file) {
        files.open(file);
    }

    void quit() {
        files.whenSafeToDiscard(stage::close);
    }

    private String title() {
        return (doc.isDirty() ? "*" : "") + files.documentName() + " — " + TEXT.get("app.title");
    }

    private MenuBar menuBar() {
        Menu file = FileMenu.create(files, doc.palette(), exportMenu, this::quit);

        Menu edit = new Menu(TEXT.get("menu.edit"));
        edit.setId("menu-edit");
        MenuItem undo = MenuItems.item("menu.edit.undo", "Shortcut+Z", () -> doc.diagram().history().undo());
        MenuItem redo = MenuItems.item("menu.edit.redo", "Shortcut+Shift+Z", () -> doc.diagram().history().redo());
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        edit.setOnShowing(e -> {
            var h = doc.diagram().history();
            undo.setText(h.undoDescription().map(d -> TEXT.get("menu.edit.undo.named", d)).orElse(TEXT.get("menu.edit.undo")));
            redo.setText(h.redoDescription().map(d -> TEXT.get("menu.edit.redo.named", d)).orElse(TEXT.get("menu.edit.redo")));
            undo.setDisable(!h.canUndo());
            redo.setDisable(!h.canRedo());
        });
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                textAware("menu.edit.cut", "Shortcut+X", TextInputControl::cut, edits::cut),
                textAware("menu.edit.copy", "Shortcut+C", TextInputControl::copy, edits::copy),
                textAware("menu.edit.paste", "Shortcut+V", TextInputControl::paste, edits::paste),
                MenuItems.item("menu.edit.duplicate", "Shortcut+D", edits::duplicate),
                MenuItems.item("menu.edit.delete", null, gestures::deleteSelection),
                MenuItems.item("menu.edit.connect", "Shortcut+L", this::openConnect),
                new SeparatorMenuItem(),
                MenuItems.item("menu.edit.rename", "F2", () -> {
                    if (doc.singleSelection() != null) {
                        gestures.rename(doc.singleSelection());
                    }
                }),
                textAware("menu.edit.selectAll", "Shortcut+A", TextInputControl::selectAll,
                        () -> doc.diagram().nodes().forEach(n -> doc.selection().add(n.id()))));

        Menu view = new Menu(TEXT.get("menu.view"));
        view.setId("menu-view");
        view.getItems().addAll(
                MenuItems.item("menu.view.zoomIn", "Shortcut+EQUALS", () -> canvas.zoomBy(1.25)),
                MenuItems.item("menu.view.zoomOut", "Shortcut+MINUS", () -> canvas.zoomBy(0.8)),
                MenuItems.item("menu.view.actualSize", "Shortcut+0", canvas::zoomReset),
                MenuItems.item("menu.view.fit", "Shortcut+9", canvas::zoomToFit),
                MenuItems.item("menu.view.zoomSelection", "Shortcut+8", canvas::zoomToSelection),
                new SeparatorMenuItem(),
                toggle("menu.view.snap", canvas.snapToGridProperty()),
                toggle("menu.view.grid", canvas.showGridProperty()),
                withAccelerator(toggle("menu.view.minimap", canvasView.minimapShownProperty()), "Shortcut+Shift+M"),
                new SeparatorMenuItem(),
                MenuItems.item("menu.view.findService", "Shortcut+K", () -> openQuickAdd("")),
                new SeparatorMenuItem(),
                LanguageMenu.create(this::switchLanguage));

        Menu help = new Menu(TEXT.get("menu.help"));
        help.setId("menu-help");
        help.getItems().add(MenuItems.item("menu.help.shortcuts", "F1", () -> ShortcutsDialog.show(stage)));

        menuBar = new MenuBar(file, edit, ArrangeMenus.menuBarMenu(edits), view, help);
        MenuBar bar = menuBar;
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static javafx.scene.control.CheckMenuItem toggle(String key, javafx.beans.property.BooleanProperty property) {
        javafx.scene.control.CheckMenuItem mi = new javafx.scene.control.CheckMenuItem(TEXT.get(key));
        mi.setId(key.replace('.', '-'));
        mi.selectedProperty().bindBidirectional(property);
        return mi;
    }

    private static MenuItem withAccelerator(MenuItem item, String accelerator) {
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        return item;
    }

    /** A clipboard command that acts on the focused text field when one has the focus (the inspector, the search). */
    private MenuItem textAware(String key, String accelerator, java.util.function.Consumer<TextInputControl> onText,
                               Runnable onDiagram) {
        return MenuItems.item(key, accelerator, () -> {
            if (stage.getScene() != null && stage.getScene().getFocusOwner() instanceof TextInputControl text) {
                onText.accept(text);
            } else {
                onDiagram.run();
            }
        });
    }

    private HBox statusBar() {
        status.textProperty().bind(doc.statusProperty());
        status.setId("status-message");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> TEXT.get("status.counts",
                doc.diagram().nodeCount(), doc.diagram().edgeCount()), doc.revisionProperty()));
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> TEXT.get("status.zoom", Math.round(canvas.zoomProperty().get() * 100)), canvas.zoomProperty()));
        HBox bar = new HBox(12, status, spacer, counts, zoom);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
