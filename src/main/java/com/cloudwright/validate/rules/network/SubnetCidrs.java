package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.model.net.Cidr;
import com.cloudwright.model.net.SubnetAllocator;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The shared quick fix of the subnet CIDR rules: give a subnet the next free block of its VPC. */
final class SubnetCidrs {

    private SubnetCidrs() {
    }

    /**
     * Sets the subnet's CIDR to the VPC's next free block ({@link SubnetAllocator}), of the subnet's
     * current size when it has a usable one, avoiding every other subnet of the VPC.
     *
     * @param title the fix title for the new block
     */
    static Optional<QuickFix> nextFreeFix(RuleContext ctx, String ruleId, Node subnet, Function<Cidr, String> title) {
        Topology t = ctx.topology();
        Node vpc = t.place(subnet).vpc();
        if (vpc == null) {
            return Optional.empty();
        }
        Optional<Cidr> vpcCidr = t.cidr(vpc).filter(Cidr::isIpv4);
        if (vpcCidr.isEmpty()) {
            return Optional.empty();
        }
        int prefix = t.cidr(subnet).filter(Cidr::isIpv4).map(Cidr::prefix)
                .filter(p -> p >= Math.max(vpcCidr.get().prefix(), VpcCidrValid.LARGEST) && p <= VpcCidrValid.SMALLEST)
                .orElse(SubnetAllocator.defaultPrefix(vpcCidr.get()));
        List<Cidr> used = new ArrayList<>();
        for (Node other : t.subnets(vpc)) {
            if (!other.id().equals(subnet.id())) {
                t.cidr(other).ifPresent(used::add);
            }
        }
        return SubnetAllocator.next(vpcCidr.get(), used, prefix).map(free -> new QuickFix(ruleId, title.apply(free),
                new SetNodeProperty(subnet.id(), "cidr", free.toString())));
    }
}
