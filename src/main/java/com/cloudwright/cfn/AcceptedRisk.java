package com.cloudwright.cfn;

import java.util.Locale;
import java.util.Objects;

/**
 * A finding of AWS's best-practice checks (cdk-nag's AwsSolutions rules) that an exported
 * template accepts on purpose: the resource carries the rule in its
 * {@code Metadata.cdk_nag.rules_to_suppress} with this reason, and the export dialog lists it.
 *
 * @param region   the Region of the template
 * @param resource the resource's logical ID
 * @param rule     the rule ID as cdk-nag reports it (AwsSolutions-S1, AwsSolutions-IAM4[Policy::...])
 * @param reason   why the drawing accepts it, in English as the template holds it (read by
 *                 cdk-nag and by engineers, whatever the language of the UI)
 * @param koreanReason the same reason in Korean, for the export dialog of the Korean UI
 */
public record AcceptedRisk(String region, String resource, String rule, String reason, String koreanReason) {

    public AcceptedRisk {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(koreanReason, "koreanReason");
    }

    /** The reason in the language of {@code locale}: Korean for Korean, English (the template's) otherwise. */
    public String reason(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? koreanReason : reason;
    }
}
