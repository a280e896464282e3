package com.cloudwright.ui.export;

import com.cloudwright.ui.common.Document;
import java.nio.file.Path;
import java.util.Locale;

/** Suggested names and folders for exported files: next to the diagram, named after it. */
final class ExportNames {

    private ExportNames() {
    }

    /** {@code folder/base[.qualifier].extension}, base from the diagram's file or name. */
    static Path suggest(Document doc, String qualifier, String extension) {
        String name = base(doc) + (qualifier == null || qualifier.isBlank() ? "" : "." + qualifier) + "." + extension;
        return folder(doc).resolve(name);
    }

    static Path folder(Document doc) {
        if (doc.file() != null && doc.file().toAbsolutePath().getParent() != null) {
            return doc.file().toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }

    private static String base(Document doc) {
        if (doc.file() != null) {
            String file = doc.file().getFileName().toString();
            for (String ext : new String[] {".cwd.json", ".json"}) {
                if (file.endsWith(ext)) {
                    return file.substring(0, file.length() - ext.length());
                }
            }
            return file;
        }
        String name = doc.diagram().name();
        if (name == null || name.isBlank()) {
            return "diagram";
        }
        return name.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").toLowerCase(Locale.ROOT);
    }
}
