package com.cloudwright.cost;

/**
 * A usage assumption behind a line (hours per month, GB stored, requests …): the value used and
 * where to edit it — property {@code property} of node {@code nodeId} (for an Auto Scaling group,
 * the instance type and volume live on its member, the desired capacity on the group).
 *
 * @param value       the value used: a number, or a choice ("REST")
 * @param defaulted   true when the node does not set it and the palette default was used
 */
public record Assumption(String nodeId, String property, String label, Object value, String unit, boolean defaulted) {

    /** "hoursPerMonth=730 h". */
    public String display() {
        return property + "=" + CostFormat.value(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }
}
