package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.validate.Cidr;
import com.cloudwright.validate.CidrFormatException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The next free subnet block of a VPC, the way people number them: after the highest block in
 * use (10.0.1.0/24, 10.0.2.0/24 → 10.0.3.0/24), starting at the second block of an empty VPC
 * (10.0.1.0/24, as in AWS's examples), wrapping round to fill gaps once the end is reached.
 * (The validator's {@link Cidr#nextFree} gives the lowest free block instead.)
 */
public final class SubnetCidrs {

    private SubnetCidrs() {
    }

    /** The usual subnet size in a VPC: /24, or a quarter of a VPC of /24 or smaller (never below /28). */
    public static int defaultPrefix(String vpcCidr) {
        return ipv4(vpcCidr).map(v -> v.prefix() < 24 ? 24 : Math.min(28, v.prefix() + 2)).orElse(24);
    }

    /** The next free block of the default size. */
    public static CidrProposal next(String vpcCidr, Collection<String> usedCidrs) {
        return next(vpcCidr, usedCidrs, defaultPrefix(vpcCidr));
    }

    /** The next free block of length {@code prefix} in the VPC; used blocks that do not parse are ignored. */
    public static CidrProposal next(String vpcCidr, Collection<String> usedCidrs, int prefix) {
        Cidr vpc = ipv4(vpcCidr).orElse(null);
        if (vpc == null) {
            return CidrProposal.none(EditText.get("cidr.badVpc", vpcCidr == null ? "" : vpcCidr));
        }
        if (prefix < vpc.prefix() || prefix > vpc.addressBits()) {
            return CidrProposal.none(EditText.get("cidr.badPrefix", prefix, vpc));
        }
        List<Cidr> used = new ArrayList<>();
        BigInteger highest = null;
        for (String text : usedCidrs) {
            Optional<Cidr> block = ipv4(text);
            if (block.isPresent() && block.get().overlaps(vpc)) {
                used.add(block.get());
                highest = highest == null ? block.get().last() : highest.max(block.get().last());
            }
        }
        BigInteger step = BigInteger.ONE.shiftLeft(vpc.addressBits() - prefix);
        long count = vpc.size().divide(step).longValueExact();
        long start = highest == null ? (count > 1 ? 1 : 0)
                : highest.add(BigInteger.ONE).subtract(vpc.first()).add(step).subtract(BigInteger.ONE).divide(step).longValue();
        for (long i = 0; i < count; i++) {
            long index = (start + i) % count;
            Cidr candidate = new Cidr(4, vpc.first().add(step.multiply(BigInteger.valueOf(index))), prefix);
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

    /** Whether {@code cidr} overlaps one of {@code others} (blocks that do not parse count as free). */
    static boolean taken(String cidr, Collection<String> others) {
        Optional<Cidr> own = ipv4(cidr);
        return own.isPresent() && others.stream().map(SubnetCidrs::ipv4).flatMap(Optional::stream).anyMatch(own.get()::overlaps);
    }

    static Optional<Integer> prefixOf(String cidr) {
        return ipv4(cidr).map(Cidr::prefix);
    }

    /** An IPv4 block, host bits cleared (10.0.0.5/16 → 10.0.0.0/16); empty for anything else. */
    private static Optional<Cidr> ipv4(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Cidr.parseLenient(text)).filter(Cidr::isIpv4);
        } catch (CidrFormatException e) {
            return Optional.empty();
        }
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
