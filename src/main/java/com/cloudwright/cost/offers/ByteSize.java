package com.cloudwright.cost.offers;

import java.util.Locale;

/** A byte count for people: 840 B, 12.3 KB, 310.5 MB (binary units, one decimal). */
public final class ByteSize {

    private ByteSize() {
    }

    public static String text(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1_048_576) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1_073_741_824L) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1_073_741_824.0);
    }
}
