package com.cloudwright.ui.palette;

import com.cloudwright.export.IconBitmaps;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

/**
 * The palette list's icons: their size, and the ones a new palette shows first, which can be
 * painted on any thread before the window is built (no JavaFX class is touched).
 */
public final class PaletteIcons {

    /** An icon's size in the list, in view pixels (painted from a bitmap twice as large, sharp on high-DPI screens). */
    static final int SIZE = 24;
    /** The rows a tall window shows before the list is scrolled. */
    private static final int FIRST_ROWS = 30;

    private PaletteIcons() {
    }

    /** Paints the icons of the rows the palette shows first, in the order it lists them, so that its first layout finds them ready. */
    public static void prepareFirstRows(Palette palette) {
        int rows = 0;
        for (String category : palette.categories()) {
            rows++; // the category's heading
            for (PaletteEntry e : palette.inCategory(category)) {
                if (++rows > FIRST_ROWS) {
                    return;
                }
                if (e.icon() != null) {
                    IconBitmaps.bundled().get(e.icon(), SIZE * 2);
                }
            }
        }
    }
}
