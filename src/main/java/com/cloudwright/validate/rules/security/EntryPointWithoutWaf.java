package com.cloudwright.validate.rules.security;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/**
 * CW-S007 (seed 003: WAF on the ALB or CloudFront to filter IPs and rates; seed 004: Shield):
 * an internet entry point (CloudFront, API Gateway, an internet-facing ALB) with no AWS WAF
 * attached. An ALB reached only through CloudFront that has a WAF is covered.
 */
@AutoService(Rule.class)
public final class EntryPointWithoutWaf extends AbstractRule {

    public EntryPointWithoutWaf() {
        super("CW-S007", Severity.INFO, Pillar.SECURITY,
                "https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        List<Node> entries = new ArrayList<>(ctx.diagram().nodesOfType(ServiceKinds.CLOUDFRONT));
        entries.addAll(ctx.diagram().nodesOfType(ServiceKinds.API_GATEWAY));
        ctx.diagram().nodesOfType(ServiceKinds.ALB).stream().filter(t::isInternetFacing).forEach(entries::add);
        for (Node entry : entries) {
            if (hasWaf(t, entry)) {
                continue;
            }
            List<Link> callers = t.linksTo(entry);
            boolean onlyBehindGuardedCdn = ServiceKinds.ALB.equals(entry.type()) && !callers.isEmpty()
                    && callers.stream().allMatch(l -> ServiceKinds.CLOUDFRONT.equals(l.caller().type()) && hasWaf(t, l.caller()));
            if (!onlyBehindGuardedCdn) {
                out.add(problem(entry, null, ctx.describe(entry)));
            }
        }
        return out;
    }

    private static boolean hasWaf(Topology t, Node entry) {
        return t.neighbours(entry).stream().anyMatch(n -> ServiceKinds.WAF.equals(n.type()));
    }
}
