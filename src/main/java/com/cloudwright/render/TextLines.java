package com.cloudwright.render;

import java.util.Arrays;
import java.util.List;

/** Fitting a label into a width: shortened with an ellipsis, or wrapped onto two lines. */
final class TextLines {

    private TextLines() {
    }

    /** Shortens text with an ellipsis to fit the width. */
    static String fit(Painter p, String text, TextStyle ts, double maxWidth) {
        if (p.textWidth(text, ts) <= maxWidth) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && p.textWidth(t + "…", ts) > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    /** Up to two lines, broken between words, the second shortened if needed. */
    static List<String> wrap(Painter p, String text, TextStyle ts, double maxWidth) {
        if (p.textWidth(text, ts) <= maxWidth) {
            return List.of(text);
        }
        String[] words = text.split(" ");
        StringBuilder first = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String candidate = first.isEmpty() ? words[i] : first + " " + words[i];
            if (!first.isEmpty() && p.textWidth(candidate, ts) > maxWidth) {
                break;
            }
            first.setLength(0);
            first.append(candidate);
            i++;
        }
        if (i >= words.length) {
            return List.of(fit(p, first.toString(), ts, maxWidth));
        }
        String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
        return List.of(fit(p, first.toString(), ts, maxWidth), fit(p, rest, ts, maxWidth));
    }
}
