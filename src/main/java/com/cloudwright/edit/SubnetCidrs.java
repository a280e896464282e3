package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The next free subnet block of a VPC, the way people number them: after the highest block in
 * use (10.0.1.0/24, 10.0.2.0/24 → 10.0.3.0/24), starting at the second block of an empty VPC
 * (10.0.1.0/24, as in AWS's examples), wrapping round to fill gaps once the end is reached.
 */
public final class SubnetCidrs {

    private SubnetCidrs() {
    }

    /** The usual subnet size in a VPC: /24, or a quarter of a VPC of /24 or smaller (never below /28). */
    public static int defaultPrefix(String vpcCidr) {
        return Ipv4Block.parse(vpcCidr).map(v -> v.prefix() < 24 ? 24 : Math.min(28, v.prefix() + 2)).orElse(24);
    }

    /** The next free block of the default size. */
    public static CidrProposal next(String vpcCidr, Collection<String> usedCidrs) {
        return next(vpcCidr, usedCidrs, defaultPrefix(vpcCidr));
    }

    /** The next free block of length {@code prefix} in the VPC; used blocks that do not parse are ignored. */
    public static CidrProposal next(String vpcCidr, Collection<String> usedCidrs, int prefix) {
        Ipv4Block vpc = Ipv4Block.parse(vpcCidr).orElse(null);
        if (vpc == null) {
            return CidrProposal.none(EditText.get("cidr.badVpc", vpcCidr == null ? "" : vpcCidr));
        }
        if (prefix < vpc.prefix() || prefix > 32) {
            return CidrProposal.none(EditText.get("cidr.badPrefix", prefix, vpc));
        }
        List<Ipv4Block> used = new ArrayList<>();
        long highest = -1;
        for (String text : usedCidrs) {
            Optional<Ipv4Block> block = Ipv4Block.parse(text);
            if (block.isPresent() && block.get().overlaps(vpc)) {
                used.add(block.get());
                highest = Math.max(highest, block.get().last());
            }
        }
        long step = 1L << (32 - prefix);
        long count = vpc.size() / step;
        long start = used.isEmpty() ? (count > 1 ? 1 : 0) : (highest + 1 - vpc.network() + step - 1) / step;
        for (long i = 0; i < count; i++) {
            long index = (start + i) % count;
            Ipv4Block candidate = new Ipv4Block(vpc.network() + index * step, prefix);
            if (used.stream().noneMatch(candidate::overlaps)) {
                return CidrProposal.of(candidate.toString());
            }
        }
        return CidrProposal.none(EditText.get("cidr.full", vpc.toString(), prefix));
    }

    /** The next free block of the VPC node, given the CIDRs of the subnets drawn in it. */
    public static CidrProposal nextInVpc(Diagram diagram, String vpcId) {
        Node vpc = diagram.requireNode(vpcId);
        String cidr = vpc.props().string("cidr").orElse(null);
        return next(cidr, usedIn(diagram, vpcId, null));
    }

    /** The CIDRs of the subnets inside the VPC, except {@code exceptId}'s. */
    static List<String> usedIn(Diagram diagram, String vpcId, String exceptId) {
        List<String> used = new ArrayList<>();
        for (Node n : diagram.descendants(vpcId)) {
            if (NodeTypes.SUBNET.equals(n.type()) && !n.id().equals(exceptId)) {
                n.props().string("cidr").ifPresent(used::add);
            }
        }
        return used;
    }
}
