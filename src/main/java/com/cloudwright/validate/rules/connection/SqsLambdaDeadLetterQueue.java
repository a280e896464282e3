package com.cloudwright.validate.rules.connection;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Fixes;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** CW-C002 (seed 003): an SQS queue consumed by Lambda has a dead-letter queue. */
@AutoService(Rule.class)
public final class SqsLambdaDeadLetterQueue extends AbstractRule {

    public SqsLambdaDeadLetterQueue() {
        super("CW-C002", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        Map<Node, Set<Link>> consumers = new LinkedHashMap<>();
        for (Node queue : ctx.diagram().nodesOfType(ServiceKinds.SQS)) {
            for (Link link : t.linksFrom(queue)) {
                if (ServiceKinds.LAMBDA.equals(link.callee().type())) {
                    consumers.computeIfAbsent(queue, k -> new LinkedHashSet<>()).add(link);
                }
            }
        }
        List<Problem> out = new ArrayList<>();
        consumers.forEach((queue, links) -> {
            if (deadLetterQueue(ctx, queue).isPresent()) {
                return;
            }
            List<Node> nodes = new ArrayList<>(List.of(queue));
            List<Edge> edges = new ArrayList<>();
            links.forEach(l -> {
                nodes.add(l.callee());
                edges.add(l.edge());
            });
            Optional<String> named = queue.props().string("deadLetterQueue");
            out.add(named.isPresent()
                    ? problem(nodes, edges, "dangling", ctx.name(queue), named.get())
                    : problem(nodes, edges, null, ctx.name(queue), ctx.name(links.iterator().next().callee())));
        });
        return out;
    }

    /** The queue's dead-letter queue: another SQS node named by {@code deadLetterQueue}. */
    static Optional<Node> deadLetterQueue(RuleContext ctx, Node queue) {
        return queue.props().string("deadLetterQueue")
                .flatMap(ctx.diagram()::node)
                .filter(n -> ServiceKinds.SQS.equals(n.type()) && !n.id().equals(queue.id()));
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Node queue = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (queue == null || !ServiceKinds.SQS.equals(queue.type())) {
            return List.of();
        }
        Node container = ctx.diagram().node(queue.parent()).orElse(null);
        String label = queue.displayLabel() + "-dlq";
        Props props = Props.of("fifo", ctx.topology().bool(queue, "fifo", false));
        Node dlq = Fixes.newNode(ctx, ServiceKinds.SQS, container, queue, label, props,
                List.<Bounds>of(), List.of());
        if (container == null) {
            // Top level: right below the queue rather than at a scanned spot.
            Bounds b = queue.bounds();
            dlq = dlq.withBounds(new Bounds(b.x(), b.maxY() + 48, dlq.bounds().w(), dlq.bounds().h()));
        }
        String title = text("fix.add", ctx.name(queue));
        return List.of(new QuickFix(info().id(), title, Fixes.step(title,
                new AddNode(dlq), new SetNodeProperty(queue.id(), "deadLetterQueue", dlq.id()))));
    }
}
