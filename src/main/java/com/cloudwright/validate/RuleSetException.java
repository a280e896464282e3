package com.cloudwright.validate;

/** The discovered rules cannot form a rule set (two rules claim one id). */
public final class RuleSetException extends IllegalStateException {

    public RuleSetException(String message) {
        super(message);
    }
}
