package com.cloudwright.validate;

/** The AWS Well-Architected Framework pillar a rule serves. */
public enum Pillar {
    OPERATIONAL_EXCELLENCE("Operational excellence"),
    SECURITY("Security"),
    RELIABILITY("Reliability"),
    PERFORMANCE_EFFICIENCY("Performance efficiency"),
    COST_OPTIMIZATION("Cost optimization"),
    SUSTAINABILITY("Sustainability");

    private final String title;

    Pillar(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
