package com.cloudwright.ui.export;

import com.cloudwright.ui.common.Background;
import com.cloudwright.export.ExportMonitor;
import com.cloudwright.export.ImageOptions;
import com.cloudwright.export.PictureExporter;
import com.cloudwright.export.PngExporter;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One picture export on a background thread: progress for a bar, Cancel. The file is written
 * through a temporary sibling and one rename, so it is complete or absent.
 */
final class PictureJob implements ExportMonitor {

    /**
     * A finished export.
     *
     * @param millis how long drawing and writing took
     */
    record Done(Path file, PictureSettings settings, List<String> selection, int width, int height, long millis) {
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    /** The last fraction handed to the FX thread, so a fast export does not flood it. */
    private volatile double posted;

    private PictureJob() {
    }

    /**
     * Starts an export of a snapshot of the diagram. {@code onDone} / {@code onError} run on the
     * FX thread; a cancelled export ends in {@code onError} with a CancellationException.
     */
    static PictureJob start(Diagram snapshot, Palette palette, PictureSettings settings, List<String> selection,
                            Path file, Consumer<Done> onDone, Consumer<Throwable> onError) {
        PictureJob job = new PictureJob();
        ImageOptions options = settings.options(selection);
        Background.run(() -> {
            long start = System.nanoTime();
            PictureExporter exporter = PictureExporter.forFormat(settings.format());
            PngExporter.Dimension size = exporter.size(snapshot, options);
            exporter.export(snapshot, palette, options, file, job);
            return new Done(file, settings, selection, size.width(), size.height(), (System.nanoTime() - start) / 1_000_000);
        }, onDone, onError);
        return job;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void progress(double done) {
        if (done - posted >= 0.01 || done >= 1) {
            posted = done;
            Platform.runLater(() -> progress.set(done));
        }
    }
}
