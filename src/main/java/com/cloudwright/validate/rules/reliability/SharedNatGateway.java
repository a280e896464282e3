package com.cloudwright.validate.rules.reliability;

import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CW-R004: private subnets in several AZs route through NAT gateways in fewer AZs; when the
 * NAT's AZ fails, the others lose their way out (and pay cross-AZ data charges meanwhile).
 */
@AutoService(Rule.class)
public final class SharedNatGateway extends AbstractRule {

    public SharedNatGateway() {
        super("CW-R004", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node vpc : t.vpcs()) {
            List<Node> nats = t.publicNatGateways(vpc);
            Set<String> privateAzs = t.azsOf(t.privateSubnets(vpc));
            if (nats.isEmpty() || privateAzs.size() < 2) {
                continue;
            }
            Set<String> missing = missingAzs(t, vpc);
            if (!missing.isEmpty()) {
                List<Node> nodes = new ArrayList<>(nats);
                t.privateSubnets(vpc).stream().filter(s -> missing.contains(t.azOf(s))).forEach(nodes::add);
                out.add(problem(nodes, List.of(), null, ctx.name(vpc), String.join(", ", missing), nats.size(),
                        String.join(", ", t.azsOf(nats))));
            }
        }
        return out;
    }

    private static Set<String> missingAzs(Topology t, Node vpc) {
        Set<String> missing = new LinkedHashSet<>(t.azsOf(t.privateSubnets(vpc)));
        missing.removeAll(t.azsOf(t.publicNatGateways(vpc)));
        return missing;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Topology t = ctx.topology();
        Optional<Node> nat = problem.node().flatMap(ctx.diagram()::node);
        Node vpc = nat.map(n -> t.place(n).vpc()).orElse(null);
        if (vpc == null) {
            return List.of();
        }
        List<DiagramCommand> parts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (String az : missingAzs(t, vpc)) {
            t.publicSubnets(vpc).stream().filter(s -> az.equals(t.azOf(s))).findFirst().ifPresent(subnet -> {
                Node added = Fixes.newNode(ctx, ServiceKinds.NAT_GATEWAY, subnet, null, null,
                        Props.of("connectivityType", "public"), List.<Bounds>of(), ids);
                ids.add(added.id());
                parts.add(new AddNode(added));
                where.add(ctx.name(subnet));
            });
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        String title = text("fix.add", parts.size(), String.join(", ", where));
        return List.of(new QuickFix(info().id(), title, Fixes.step(title, parts)));
    }
}
