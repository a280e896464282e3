package com.cloudwright.validate.rules.cost;

import com.cloudwright.model.Node;
import com.cloudwright.model.RemoveElements;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.rules.network.ElasticIpSingleAssociation;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CW-K003 (seed 003, Elastic IPs): an Elastic IP associated with nothing is billed for nothing. */
@AutoService(Rule.class)
public final class IdleElasticIp extends AbstractRule {

    public IdleElasticIp() {
        super("CW-K003", Severity.INFO, Pillar.COST_OPTIMIZATION,
                "https://aws.amazon.com/vpc/pricing/");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node eip : ctx.diagram().nodesOfType(ServiceKinds.ELASTIC_IP)) {
            if (ElasticIpSingleAssociation.associations(ctx, eip).isEmpty()) {
                out.add(problem(eip, null, ctx.name(eip)));
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        return problem.node().map(id -> List.of(fix("remove", new RemoveElements(Set.of(id)),
                ctx.name(ctx.diagram().requireNode(id))))).orElse(List.of());
    }
}
