package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.model.net.Cidr;
import com.cloudwright.model.net.CidrFormatException;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CW-N001: a VPC's primary CIDR is a valid IPv4 block from /16 to /28. */
@AutoService(Rule.class)
public final class VpcCidrValid extends AbstractRule {

    static final int LARGEST = 16;
    static final int SMALLEST = 28;

    public VpcCidrValid() {
        super("CW-N001", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node vpc : ctx.diagram().nodesOfType(NodeTypes.VPC)) {
            Optional<String> text = ctx.topology().string(vpc, "cidr");
            if (text.isEmpty()) {
                out.add(problem(vpc, "missing", ctx.name(vpc)));
                continue;
            }
            try {
                Cidr cidr = Cidr.parse(text.get());
                if (!cidr.isIpv4()) {
                    out.add(problem(vpc, "ipv6", ctx.name(vpc), cidr));
                } else if (cidr.prefix() < LARGEST || cidr.prefix() > SMALLEST) {
                    out.add(problem(vpc, "size", ctx.name(vpc), cidr, cidr.prefix()));
                }
            } catch (CidrFormatException e) {
                out.add(problem(vpc, "invalid", ctx.name(vpc), e.getMessage()));
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Node vpc = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (vpc == null) {
            return List.of();
        }
        Optional<String> text = ctx.topology().string(vpc, "cidr");
        Cidr suggestion;
        try {
            Cidr lenient = text.map(Cidr::parseLenient).filter(Cidr::isIpv4).orElse(null);
            if (lenient == null) {
                suggestion = Cidr.parse("10.0.0.0/16");
            } else {
                int prefix = Math.min(Math.max(lenient.prefix(), LARGEST), SMALLEST);
                suggestion = Cidr.containing(4, lenient.network(), prefix);
            }
        } catch (CidrFormatException e) {
            suggestion = Cidr.parse("10.0.0.0/16");
        }
        return List.of(fix("set", new SetNodeProperty(vpc.id(), "cidr", suggestion.toString()), ctx.name(vpc), suggestion));
    }
}
