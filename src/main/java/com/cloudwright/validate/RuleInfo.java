package com.cloudwright.validate;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, for people: shown in the problems panel, the {@code rules} command and the
 * generated rule reference.
 *
 * @param fixHint       what to do about a problem of this rule, in general
 * @param documentation the AWS documentation page the rule rests on
 * @param origin        where the rule comes from (the product brief, or a seed note)
 */
public record RuleInfo(String id, Severity severity, Pillar pillar, String title, String description,
                       String fixHint, String documentation, String origin) {

    /** CW-, a group letter, three digits. */
    public static final Pattern ID = Pattern.compile("CW-[PNCRSKX]\\d{3}");

    /** Rule ids in reference order: by group (P, N, C, R, S, K), then by number. */
    public static final Comparator<String> ID_ORDER = Comparator.comparing(RuleGroup::of).thenComparing(Comparator.naturalOrder());

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' does not look like CW-P001 (letters P N C R S K)");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fixHint, "fixHint");
        Objects.requireNonNull(documentation, "documentation");
        origin = origin == null ? "" : origin;
    }

    public RuleGroup group() {
        return RuleGroup.of(id);
    }
}
