package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CW-N007: more than five VPCs in one Region exceed the default quota. */
@AutoService(Rule.class)
public final class VpcQuotaPerRegion extends AbstractRule {

    static final int DEFAULT_QUOTA = 5;

    public VpcQuotaPerRegion() {
        super("CW-N007", Severity.WARNING, Pillar.OPERATIONAL_EXCELLENCE,
                "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Map<String, List<Node>> byRegion = new LinkedHashMap<>();
        for (Node vpc : ctx.topology().vpcs()) {
            byRegion.computeIfAbsent(ctx.topology().regionName(vpc).orElse("?"), k -> new ArrayList<>()).add(vpc);
        }
        List<Problem> out = new ArrayList<>();
        byRegion.forEach((region, vpcs) -> {
            if (vpcs.size() > DEFAULT_QUOTA) {
                out.add(problem(vpcs, List.of(), null, region, vpcs.size(), DEFAULT_QUOTA));
            }
        });
        return out;
    }
}
