package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/**
 * CW-N009 (seed 003, Elastic IPs; PRODUCT.md, "NAT gets an EIP"): a public NAT gateway needs an
 * Elastic IP. Info only: the CloudFormation export allocates one when none is drawn, but the
 * address is billed as public IPv4 and belongs on the picture.
 */
@AutoService(Rule.class)
public final class NatGatewayElasticIp extends AbstractRule {

    public NatGatewayElasticIp() {
        super("CW-N009", Severity.INFO, Pillar.COST_OPTIMIZATION,
                "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node nat : ctx.diagram().nodesOfType(ServiceKinds.NAT_GATEWAY)) {
            if (ctx.topology().isPublicNat(nat)
                    && ctx.topology().neighbours(nat).stream().noneMatch(n -> ServiceKinds.ELASTIC_IP.equals(n.type()))) {
                out.add(problem(nat, null, ctx.name(nat)));
            }
        }
        return out;
    }
}
