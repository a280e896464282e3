package com.cloudwright.render;

/**
 * The two faces the app bundles, for the canvas and exported pictures alike. Liberation Sans (SIL
 * OFL, metric twin of Arial) draws Latin, Greek and Cyrillic; Pretendard (SIL OFL) draws Hangul,
 * and a text with a character Liberation Sans lacks is drawn in it whole, so a label never mixes
 * two faces' baselines. Both are TrueType files that JavaFX and Java2D read alike.
 */
public enum Typeface {
    LIBERATION_SANS("Liberation Sans", "/fonts/LiberationSans-Regular.ttf", "/fonts/LiberationSans-Bold.ttf"),
    PRETENDARD("Pretendard", "/fonts/Pretendard-Regular.ttf", "/fonts/Pretendard-Bold.ttf");

    private final String family;
    private final String regular;
    private final String bold;

    Typeface(String family, String regular, String bold) {
        this.family = family;
        this.regular = regular;
        this.bold = bold;
    }

    /** The family name the font files declare. */
    public String family() {
        return family;
    }

    /** The classpath resource of the face's file. */
    public String resource(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The face a text is drawn in: Pretendard when it has Hangul (or other East Asian script), else Liberation Sans. */
    public static Typeface forText(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x1100 && isEastAsian(cp)) {
                return PRETENDARD;
            }
            i += Character.charCount(cp);
        }
        return LIBERATION_SANS;
    }

    private static boolean isEastAsian(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS;
    }
}
