package com.cloudwright.validate.rules.reliability;

import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Fixes;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/** CW-R008 (seed 003: min, max and desired of an ASG): 0 ≤ min ≤ desired ≤ max and max ≥ 1. */
@AutoService(Rule.class)
public final class AutoScalingGroupSize extends AbstractRule {

    public AutoScalingGroupSize() {
        super("CW-R008", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html");
    }

    private record Size(long min, long max, long desired) {
        boolean valid() {
            return min >= 0 && max >= 1 && min <= desired && desired <= max;
        }
    }

    private static Size size(RuleContext ctx, Node asg) {
        long min = ctx.topology().number(asg, "min").map(Math::round).orElse(1L);
        long max = ctx.topology().number(asg, "max").map(Math::round).orElse(Math.max(min, 1));
        long desired = ctx.topology().number(asg, "desired").map(Math::round).orElse(min);
        return new Size(min, max, desired);
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node asg : ctx.diagram().nodesOfType(NodeTypes.AUTO_SCALING_GROUP)) {
            Size s = size(ctx, asg);
            if (!s.valid()) {
                out.add(problem(asg, null, ctx.name(asg), s.min(), s.desired(), s.max()));
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Node asg = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (asg == null) {
            return List.of();
        }
        Size s = size(ctx, asg);
        long min = Math.max(0, s.min());
        long max = Math.max(Math.max(1, s.max()), min);
        long desired = Math.min(Math.max(s.desired(), min), max);
        List<DiagramCommand> parts = new ArrayList<>();
        if (min != s.min()) {
            parts.add(new SetNodeProperty(asg.id(), "min", min));
        }
        if (max != s.max()) {
            parts.add(new SetNodeProperty(asg.id(), "max", max));
        }
        if (desired != s.desired()) {
            parts.add(new SetNodeProperty(asg.id(), "desired", desired));
        }
        String title = text("fix.clamp", ctx.name(asg), min, desired, max);
        return List.of(new QuickFix(info().id(), title, Fixes.step(title, parts)));
    }
}
