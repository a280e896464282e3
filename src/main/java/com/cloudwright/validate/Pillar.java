package com.cloudwright.validate;

import com.cloudwright.i18n.Bundle;

/** The AWS Well-Architected Framework pillar a rule serves. */
public enum Pillar {
    OPERATIONAL_EXCELLENCE("operationalExcellence"),
    SECURITY("security"),
    RELIABILITY("reliability"),
    PERFORMANCE_EFFICIENCY("performanceEfficiency"),
    COST_OPTIMIZATION("costOptimization"),
    SUSTAINABILITY("sustainability");

    private static final Bundle TEXT = Bundle.named("com.cloudwright.validate.messages");

    private final String key;

    Pillar(String key) {
        this.key = key;
    }

    /** The pillar's name as AWS writes it, in the current language. */
    public String title() {
        return TEXT.get("validator.pillar." + key);
    }
}
