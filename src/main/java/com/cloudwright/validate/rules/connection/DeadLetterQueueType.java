package com.cloudwright.validate.rules.connection;

import com.cloudwright.model.Node;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/**
 * CW-C006 (seed 003, FIFO queues and DLQs): a queue's dead-letter queue is of the same kind
 * (FIFO for a FIFO queue, standard for a standard one) and is not the queue itself.
 */
@AutoService(Rule.class)
public final class DeadLetterQueueType extends AbstractRule {

    public DeadLetterQueueType() {
        super("CW-C006", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node queue : ctx.diagram().nodesOfType(ServiceKinds.SQS)) {
            String dlqId = queue.props().string("deadLetterQueue").orElse(null);
            if (dlqId == null) {
                continue;
            }
            if (dlqId.equals(queue.id())) {
                out.add(problem(queue, "self", ctx.name(queue)));
                continue;
            }
            ctx.diagram().node(dlqId).filter(d -> ServiceKinds.SQS.equals(d.type())).ifPresent(dlq -> {
                boolean fifo = ctx.topology().bool(queue, "fifo", false);
                if (fifo != ctx.topology().bool(dlq, "fifo", false)) {
                    out.add(problem(List.of(queue, dlq), List.of(), fifo ? "fifo" : "standard", ctx.name(queue), ctx.name(dlq)));
                }
            });
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        if (problem.nodeIds().size() < 2) {
            return List.of();
        }
        Node queue = ctx.diagram().node(problem.nodeIds().get(0)).orElse(null);
        Node dlq = ctx.diagram().node(problem.nodeIds().get(1)).orElse(null);
        if (queue == null || dlq == null) {
            return List.of();
        }
        boolean fifo = ctx.topology().bool(queue, "fifo", false);
        return List.of(fix(fifo ? "makeFifo" : "makeStandard", new SetNodeProperty(dlq.id(), "fifo", fifo), ctx.name(dlq)));
    }
}
