package com.cloudwright.ui.file;

import com.cloudwright.cfn.read.TemplateFiles;
import com.cloudwright.cfn.read.TemplateFormatException;
import com.cloudwright.cfn.read.CfnTemplate;
import com.cloudwright.cfn.read.TemplateImporter;
import com.cloudwright.cfn.read.TemplateReader;
import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Background;
import com.cloudwright.ui.common.Dialogs;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.io.BundledExamples;
import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.io.RecentFiles;
import com.cloudwright.model.Diagram;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * New, Open, Save, Save As and the unsaved-changes guard. Files are read and written off the
 * FX thread; a file that cannot be read leaves the open document as it was.
 */
public final class FileActions {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final Document doc;
    private final Supplier<Window> owner;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private final StringProperty status;
    private final DiagramReader reader;
    private final TemplateImporter importer;
    private final DiagramWriter writer = new DiagramWriter();

    public FileActions(Document doc, Supplier<Window> owner, FileDialogs dialogs, RecentFiles recent) {
        this.doc = doc;
        this.owner = owner;
        this.dialogs = dialogs;
        this.recent = recent;
        this.reader = new DiagramReader(doc.palette());
        this.importer = new TemplateImporter(doc.palette());
        this.status = doc.statusProperty();
    }

    public List<Path> recentFiles() {
        return recent.list();
    }

    public void newDocument() {
        whenSafeToDiscard(() -> {
            doc.replace(Document.blank(), null);
            status.set(TEXT.get("status.new"));
        });
    }

    public void open() {
        whenSafeToDiscard(() -> dialogs.chooseToOpen(owner.get(), folderHint()).ifPresent(this::load));
    }

    public void open(Path file) {
        whenSafeToDiscard(() -> load(file));
    }

    /**
     * Opens one of the examples shipped inside the app as an untitled copy: it is read from the
     * class path, has no file, and Save asks where to put it, so the example itself never changes.
     * The status bar names it by {@code title}, as the menu does in the language of the UI.
     */
    public void openExample(String exampleFile, String title) {
        whenSafeToDiscard(() -> Background.run(() -> BundledExamples.read(doc.palette(), exampleFile), diagram -> {
            doc.replace(diagram, null);
            status.set(TEXT.get("status.example.opened", title));
        }, error -> status.set(TEXT.get("status.open.failed", exampleFile))));
    }

    /**
     * Opens a diagram, or imports a CloudFormation template (told apart by name and content) as an
     * untitled diagram: saving it asks for a .cwd.json rather than overwriting the template.
     */
    private void load(Path file) {
        status.set(TEXT.get("status.opening", file.getFileName()));
        Background.run(() -> TemplateFiles.isTemplate(file) ? TemplateReader.read(file) : new Opened(reader.read(file), file, null),
                read -> {
                    if (read instanceof CfnTemplate template) {
                        drawTemplate(file, template);
                    } else {
                        show(file, (Opened) read);
                    }
                }, error -> failed(file, error));
    }

    /**
     * Draws a template read off the FX thread, asking for its Parameters first the way the
     * CloudFormation console does (not for one Cloudwright exported: its drawing is stored in it).
     */
    private void drawTemplate(Path file, CfnTemplate template) {
        Map<String, String> values = Map.of();
        if (!template.parameters().isEmpty() && !template.metadata().containsKey("Cloudwright")) {
            Optional<Map<String, String>> asked = TemplateParametersDialog.ask(owner.get(), file.getFileName().toString(),
                    template.parameters());
            if (asked.isEmpty()) {
                status.set(TEXT.get("status.import.cancelled", file.getFileName()));
                return;
            }
            values = asked.get();
        }
        Map<String, String> chosen = values;
        Background.run(() -> imported(file, importer.importTemplate(template, chosen, null)), opened -> show(file, opened),
                error -> failed(file, error));
    }

    private void failed(Path file, Throwable error) {
        String message = error instanceof DiagramFormatException || error instanceof TemplateFormatException
                ? error.getMessage() : String.valueOf(error.getMessage());
        status.set(TEXT.get("status.open.failed", file.getFileName()));
        Dialogs.error(owner.get(), TEXT.get("error.open.header", file.getFileName()), message);
    }

    /** Shows a diagram read from the file (the document's unsaved changes already dealt with). */
    public void show(Path file, Diagram diagram) {
        show(file, new Opened(diagram, file, null));
    }

    private void show(Path file, Opened opened) {
        Diagram diagram = opened.diagram();
        doc.replace(diagram, opened.file());
        remember(file);
        status.set(opened.note() != null ? opened.note()
                : TEXT.get("status.opened", file.getFileName(), diagram.nodeCount(), diagram.edgeCount()));
    }

    /** A template Cloudwright exported comes back as drawn; one edited since then is laid out afresh, and says so. */
    private static Opened imported(Path file, TemplateImporter.Imported imported) {
        String note = imported.restored() ? TEXT.get("status.template.restored", file.getFileName())
                : imported.setAside() != null ? TEXT.get("status.template.setAside", file.getFileName(), imported.setAside())
                : null;
        return new Opened(imported.diagram(), null, note);
    }

    /**
     * What a background open gives the FX thread: the diagram, the file it is saved to (null:
     * untitled) and what the status bar says instead of the usual counts (null: the counts).
     */
    private record Opened(Diagram diagram, Path file, String note) {
    }

    /** Saves to the document's file, asking for one first if it has none. */
    public void save(Runnable afterSuccess) {
        if (doc.file() == null) {
            saveAs(afterSuccess);
        } else {
            write(doc.file(), afterSuccess);
        }
    }

    public void saveAs(Runnable afterSuccess) {
        Path suggested = doc.file() != null ? doc.file()
                : folderHint().resolve(fileNameFor(doc.diagram()));
        dialogs.chooseToSave(owner.get(), suggested).ifPresent(file -> write(file, afterSuccess));
    }

    private void write(Path file, Runnable afterSuccess) {
        Diagram d = doc.diagram();
        byte[] bytes = writer.write(d).getBytes(StandardCharsets.UTF_8);
        Object savePoint = d.history().savePoint();
        status.set(TEXT.get("status.saving", file.getFileName()));
        Background.run(() -> {
            com.cloudwright.io.AtomicFile.write(file, bytes);
            return file;
        }, saved -> {
            if (doc.diagram() == d) {
                doc.saved(saved, savePoint);
            }
            remember(saved);
            status.set(TEXT.get("status.saved", saved.getFileName()));
            if (afterSuccess != null) {
                afterSuccess.run();
            }
        }, error -> {
            status.set(TEXT.get("status.save.failed", file.getFileName()));
            Dialogs.error(owner.get(), TEXT.get("error.save.header", file.getFileName()),
                    TEXT.get("error.save.message", String.valueOf(error.getMessage())));
        });
    }

    /** Runs {@code next} once unsaved changes are saved or knowingly discarded; not at all on Cancel. */
    public void whenSafeToDiscard(Runnable next) {
        if (!doc.isDirty()) {
            next.run();
            return;
        }
        switch (Dialogs.askToSave(owner.get(), documentName())) {
            case SAVE -> save(next);
            case DISCARD -> next.run();
            case CANCEL -> { }
        }
    }

    public String documentName() {
        return doc.file() != null ? doc.file().getFileName().toString()
                : doc.diagram().name() != null ? doc.diagram().name() : TEXT.get("document.untitled");
    }

    private void remember(Path file) {
        try {
            recent.add(file);
        } catch (IOException e) {
            status.set(TEXT.get("status.recent.failed", e.getMessage()));
        }
    }

    private Path folderHint() {
        if (doc.file() != null && doc.file().toAbsolutePath().getParent() != null) {
            return doc.file().toAbsolutePath().getParent();
        }
        List<Path> recentFiles = recent.list();
        if (!recentFiles.isEmpty() && recentFiles.get(0).getParent() != null) {
            return recentFiles.get(0).getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }

    private static String fileNameFor(Diagram d) {
        String base = d.name() == null || d.name().isBlank() ? "diagram" : d.name().strip()
                .replaceAll("[^\\p{L}\\p{N}._-]+", "-").toLowerCase(java.util.Locale.ROOT);
        return base + ".cwd.json";
    }
}
