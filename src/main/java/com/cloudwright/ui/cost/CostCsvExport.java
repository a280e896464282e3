package com.cloudwright.ui.cost;

import com.cloudwright.cost.CostEstimate;
import com.cloudwright.cost.CostReport;
import com.cloudwright.io.AtomicFile;
import com.cloudwright.ui.UiText;
import com.cloudwright.ui.common.Background;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.common.ErrorText;
import com.cloudwright.ui.common.FileDialogs;
import javafx.stage.Window;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The cost panel's Export CSV: where to suggest saving, and the write off the FX thread. */
final class CostCsvExport {

    private CostCsvExport() {
    }

    /**
     * Asks where to save and writes the estimate as CSV (atomically, off the FX thread); success is
     * said in the status bar, a failure handed to {@code failed} for the panel to show.
     */
    static void save(Document doc, CostEstimate e, Window owner, FileDialogs dialogs, Consumer<String> failed) {
        dialogs.chooseToExport(owner, suggestedCsv(doc, e), new FileDialogs.FileType(UiText.get("cost.export.filter"), "csv"))
                .ifPresent(file -> {
                    byte[] bytes = CostReport.csv(e).getBytes(StandardCharsets.UTF_8);
                    Background.run(() -> {
                        AtomicFile.write(file, bytes);
                        return file;
                    }, saved -> doc.say(UiText.get("cost.export.done", saved.getFileName())),
                            error -> failed.accept(UiText.get("cost.export.failed", file.getFileName(),
                                    ErrorText.oneLine(error))));
                });
    }

    /** Beside the diagram's file (or in the home folder), named after it and the region priced. */
    static Path suggestedCsv(Document doc, CostEstimate e) {
        Path file = doc.file();
        String base = file != null ? file.getFileName().toString().replaceFirst("(\\.cwd)?\\.json$", "")
                : (doc.diagram().name() == null || doc.diagram().name().isBlank() ? "diagram" : doc.diagram().name().strip())
                .replaceAll("[^\\p{L}\\p{N}._-]+", "-").toLowerCase(java.util.Locale.ROOT);
        String name = base + "-cost-" + e.region() + ".csv";
        Path folder = file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
        return folder.resolve(name);
    }
}
