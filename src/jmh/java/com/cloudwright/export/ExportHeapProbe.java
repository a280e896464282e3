package com.cloudwright.export;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures one PNG export: wall time and peak heap (the sum of the heap pools' peaks, an upper
 * bound). Run in a fresh JVM, e.g. with a tight {@code -Xmx} to show the export fits:
 * {@code java -Xmx160m -cp target/classes:target/test-classes:DEPS com.cloudwright.export.ExportHeapProbe grid 4}
 * or {@code … ExportHeapProbe examples/05-lamp.cwd.json 4}.
 */
public final class ExportHeapProbe {

    private ExportHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Palette palette = Palette.bundled();
        Diagram diagram = args[0].equals("grid") ? Pictures.grid(3952, 2452) : new DiagramReader(palette).read(Path.of(args[0]));
        double scale = Double.parseDouble(args[1]);
        String format = args.length > 2 ? args[2] : "png";
        Path out = Files.createTempFile("probe", "." + format);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        ImageOptions options = ImageOptions.defaults().withScale(scale);
        if (format.equals("svg")) {
            SvgExporter.export(diagram, palette, options, out, ExportMonitor.NONE);
        } else {
            PngExporter.export(diagram, palette, options, out, ExportMonitor.NONE);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        PngExporter.Dimension d = PngExporter.size(diagram, options);
        System.out.printf("%s %s %d×%d px: %d ms, peak heap %.0f MB, file %.1f MB, max heap %.0f MB%n", args[0], format,
                d.width(), d.height(), millis, peak / 1048576.0, Files.size(out) / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        Files.delete(out);
    }
}
