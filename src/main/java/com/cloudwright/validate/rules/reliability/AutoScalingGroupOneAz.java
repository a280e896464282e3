package com.cloudwright.validate.rules.reliability;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CW-R007 (seeds 000 8.3 and 003: an ASG launches across AZs): an Auto Scaling group's subnets
 * are its members' subnets; members all in one AZ give it one AZ. Left to CW-R001 when the whole
 * VPC's compute is in one AZ.
 */
@AutoService(Rule.class)
public final class AutoScalingGroupOneAz extends AbstractRule {

    public AutoScalingGroupOneAz() {
        super("CW-R007", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node asg : ctx.diagram().nodesOfType(NodeTypes.AUTO_SCALING_GROUP)) {
            Set<String> azs = new LinkedHashSet<>();
            Set<String> vpcs = new LinkedHashSet<>();
            boolean vpcAlreadyReported = false;
            List<Node> members = ctx.diagram().members(asg);
            for (Node m : members) {
                String az = t.azOf(m);
                if (az != null) {
                    azs.add(az);
                }
                Node vpc = t.place(m).vpc();
                if (vpc != null) {
                    vpcs.add(vpc.id());
                    vpcAlreadyReported |= t.computeInOneAz(vpc);
                }
            }
            if (azs.size() == 1 && !vpcAlreadyReported) {
                List<Node> nodes = new ArrayList<>(List.of(asg));
                nodes.addAll(members);
                out.add(problem(nodes, List.of(), null, ctx.name(asg), azs.iterator().next()));
            }
        }
        return out;
    }
}
