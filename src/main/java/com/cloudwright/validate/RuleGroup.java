package com.cloudwright.validate;

/** The family a rule id belongs to, from its letter: CW-P… placement, CW-N… network … */
public enum RuleGroup {
    PLACEMENT('P', "Placement"),
    NETWORK('N', "Network"),
    CONNECTION('C', "Connections"),
    RELIABILITY('R', "Reliability"),
    SECURITY('S', "Security"),
    COST('K', "Cost");

    private final char letter;
    private final String title;

    RuleGroup(char letter, String title) {
        this.letter = letter;
        this.title = title;
    }

    public char letter() {
        return letter;
    }

    public String title() {
        return title;
    }

    /** The group of an id such as {@code CW-P004}. */
    public static RuleGroup of(String ruleId) {
        if (ruleId != null && ruleId.length() > 3) {
            char c = ruleId.charAt(3);
            for (RuleGroup g : values()) {
                if (g.letter == c) {
                    return g;
                }
            }
        }
        throw new IllegalArgumentException("rule id '" + ruleId + "' names no group (expected CW-P…, CW-N…, CW-C…, CW-R…, CW-S… or CW-K…)");
    }
}
