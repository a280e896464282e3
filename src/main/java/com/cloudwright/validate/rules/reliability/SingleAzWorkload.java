package com.cloudwright.validate.rules.reliability;

import com.cloudwright.model.Node;
import com.cloudwright.palette.ServiceRole;
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
import java.util.Set;

/**
 * CW-R001: no redundancy across AZs. Reported per VPC when all its compute is in one AZ, for a
 * Network Load Balancer whose subnets are in one AZ, and for EFS One Zone.
 */
@AutoService(Rule.class)
public final class SingleAzWorkload extends AbstractRule {

    public SingleAzWorkload() {
        super("CW-R001", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/use-fault-isolation-to-protect-your-workload.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node vpc : t.vpcs()) {
            if (t.computeInOneAz(vpc)) {
                List<Node> nodes = new ArrayList<>(List.of(vpc));
                for (String type : t.typesWithRole(ServiceRole.COMPUTE)) {
                    nodes.addAll(t.inVpc(vpc, type));
                }
                out.add(problem(nodes, List.of(), "compute", ctx.name(vpc), t.computeAzs(vpc).iterator().next()));
            }
        }
        for (Node nlb : ctx.diagram().nodesOfType(ServiceKinds.NLB)) {
            Set<String> azs = t.azsOf(t.effectiveSubnets(nlb));
            if (t.place(nlb).vpc() != null && azs.size() == 1) {
                out.add(problem(nlb, "nlb", ctx.name(nlb), azs.iterator().next()));
            }
        }
        for (Node efs : ctx.diagram().nodesOfType("efs")) {
            if (t.bool(efs, "oneZone", false)) {
                out.add(problem(efs, "efsOneZone", ctx.name(efs)));
            }
        }
        return out;
    }
}
