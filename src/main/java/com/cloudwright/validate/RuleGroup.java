package com.cloudwright.validate;

import com.cloudwright.i18n.Bundle;

/** The family a rule id belongs to, from its letter: CW-P… placement, CW-N… network … CW-X… export */
public enum RuleGroup {
    PLACEMENT('P', "placement"),
    NETWORK('N', "network"),
    CONNECTION('C', "connection"),
    RELIABILITY('R', "reliability"),
    SECURITY('S', "security"),
    COST('K', "cost"),
    EXPORT('X', "export");

    private static final Bundle TEXT = Bundle.named("com.cloudwright.validate.messages");

    private final char letter;
    private final String key;

    RuleGroup(char letter, String key) {
        this.letter = letter;
        this.key = key;
    }

    public char letter() {
        return letter;
    }

    /** The group's heading in the rule reference, in the current language. */
    public String title() {
        return TEXT.get("validator.group." + key);
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
        throw new IllegalArgumentException("rule id '" + ruleId + "' names no group (expected CW-P…, CW-N…, CW-C…, CW-R…, CW-S…, CW-K… or CW-X…)");
    }
}
