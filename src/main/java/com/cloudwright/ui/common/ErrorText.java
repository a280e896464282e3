package com.cloudwright.ui.common;

/** What went wrong, short enough for one line of a panel or the status bar. */
public final class ErrorText {

    private ErrorText() {
    }

    /**
     * The first line of the innermost useful message (wrappers without one of their own are skipped),
     * at most 200 characters.
     */
    public static String oneLine(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        String first = m.strip().lines().findFirst().orElse(m);
        return first.length() > 200 ? first.substring(0, 197) + "..." : first;
    }
}
