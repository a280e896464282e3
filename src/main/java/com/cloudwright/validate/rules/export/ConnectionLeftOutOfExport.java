package com.cloudwright.validate.rules.export;

import com.cloudwright.coverage.CfnCoverage;
import com.cloudwright.coverage.Drop;
import com.cloudwright.model.Edge;
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
 * CW-X002: a connection the palette allows that the CloudFormation export cannot wire (an origin,
 * target, subscription, integration or alias record it has no resource for).
 */
@AutoService(Rule.class)
public final class ConnectionLeftOutOfExport extends AbstractRule {

    public ConnectionLeftOutOfExport() {
        super("CW-X002", Severity.WARNING, Pillar.OPERATIONAL_EXCELLENCE,
                "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Drop d : CfnCoverage.drops(ctx.diagram(), ctx.palette())) {
            if (!d.isConnection()) {
                continue;
            }
            Edge edge = ctx.diagram().edge(d.edgeId()).orElseThrow();
            List<Node> ends = new ArrayList<>();
            ctx.diagram().node(d.nodeId()).ifPresent(ends::add);
            ctx.diagram().node(d.calleeId()).ifPresent(ends::add);
            out.add(problem(ends, List.of(edge), null, d.reason()));
        }
        return out;
    }
}
