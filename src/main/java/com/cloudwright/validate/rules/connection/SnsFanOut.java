package com.cloudwright.validate.rules.connection;

import com.cloudwright.model.AddEdge;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.model.RemoveElements;
import com.cloudwright.palette.ServiceRole;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Fixes;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CW-C005 (seed 003, fan-out pattern): a producer that sends the same message to several queues
 * itself can leave them inconsistent when it fails half-way; an SNS topic fans out reliably.
 */
@AutoService(Rule.class)
public final class SnsFanOut extends AbstractRule {

    public SnsFanOut() {
        super("CW-C005", Severity.INFO, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/sns/latest/dg/sns-common-scenarios.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        queuesByProducer(ctx).forEach((producer, edges) -> {
            List<Node> nodes = new ArrayList<>(List.of(producer));
            edges.forEach(e -> nodes.add(ctx.diagram().requireNode(e.to())));
            out.add(problem(nodes, edges, null, ctx.describe(producer), edges.size()));
        });
        return out;
    }

    /** Producers (not SNS, EventBridge or a queue) with direct edges to two or more distinct queues. */
    private static Map<Node, List<Edge>> queuesByProducer(RuleContext ctx) {
        Map<Node, List<Edge>> out = new LinkedHashMap<>();
        for (Node producer : ctx.diagram().nodes()) {
            if (ctx.palette().hasRole(producer.type(), ServiceRole.FAN_OUT) || ServiceKinds.SQS.equals(producer.type())) {
                continue;
            }
            Set<String> queues = new LinkedHashSet<>();
            List<Edge> edges = new ArrayList<>();
            for (Edge e : ctx.diagram().edgesFrom(producer.id())) {
                Node to = ctx.diagram().node(e.to()).orElse(null);
                if (to != null && ServiceKinds.SQS.equals(to.type()) && queues.add(to.id())) {
                    edges.add(e);
                }
            }
            if (queues.size() >= 2) {
                out.put(producer, edges);
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Node producer = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        List<Edge> edges = producer == null ? List.of() : queuesByProducer(ctx).getOrDefault(producer, List.of());
        if (edges.isEmpty()) {
            return List.of();
        }
        Node topic = Fixes.newNode(ctx, ServiceKinds.SNS, null, producer, null, Props.EMPTY, List.of(), List.of());
        List<DiagramCommand> parts = new ArrayList<>(List.of(new AddNode(topic)));
        List<String> ids = new ArrayList<>(List.of(topic.id()));
        String first = Fixes.freshId(ctx.diagram(), "e-" + producer.id() + "-" + topic.id(), ids);
        ids.add(first);
        parts.add(new AddEdge(new Edge(first, producer.id(), topic.id())));
        Set<String> old = new LinkedHashSet<>();
        for (Edge e : edges) {
            String id = Fixes.freshId(ctx.diagram(), "e-" + topic.id() + "-" + e.to(), ids);
            ids.add(id);
            parts.add(new AddEdge(new Edge(id, topic.id(), e.to())));
            old.add(e.id());
        }
        parts.add(new RemoveElements(old));
        String title = text("fix.topic", ctx.name(producer), edges.size());
        return List.of(new QuickFix(info().id(), title, Fixes.step(title, parts)));
    }
}
