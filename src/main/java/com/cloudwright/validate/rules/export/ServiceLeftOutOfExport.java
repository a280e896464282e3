package com.cloudwright.validate.rules.export;

import com.cloudwright.coverage.CfnCoverage;
import com.cloudwright.coverage.Drop;
import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/**
 * CW-X001: a drawn service the CloudFormation export has no resource for. Shown while drawing, so
 * the template is never quietly smaller than the diagram; {@code export cfn} refuses such a diagram
 * unless forced.
 */
@AutoService(Rule.class)
public final class ServiceLeftOutOfExport extends AbstractRule {

    public ServiceLeftOutOfExport() {
        super("CW-X001", Severity.WARNING, Pillar.OPERATIONAL_EXCELLENCE,
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Drop d : CfnCoverage.drops(ctx.diagram(), ctx.palette())) {
            if (d.isConnection()) {
                continue;
            }
            Node node = ctx.diagram().node(d.nodeId()).orElseThrow();
            out.add(problem(node, null, ctx.name(node), d.reason()));
        }
        return out;
    }
}
