package com.cloudwright.model.net;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one policy for handing out subnet blocks, used by the editor (a new subnet), the validator's
 * quick fixes (a subnet with no block or a clashing one) and the CloudFormation export (subnets drawn
 * without a block), so all three give the same answer.
 *
 * <ul>
 *   <li>Size: a /24 while the VPC holds at least four of them (a /22 or larger, so two AZs each get a
 *       public and a private subnet), else a quarter of the VPC, never smaller than a /28 (the
 *       smallest subnet AWS allows).</li>
 *   <li>Position: the way people number subnets, after the highest block in use (10.0.1.0/24,
 *       10.0.2.0/24 → 10.0.3.0/24), starting at the second block of an empty VPC (10.0.1.0/24, as in
 *       AWS's examples), wrapping round to fill gaps once the end is reached.</li>
 * </ul>
 * Only IPv4 blocks take part; host bits are cleared (10.0.0.5/16 is read as 10.0.0.0/16) and
 * blocks that do not parse are ignored.
 */
public final class SubnetAllocator {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");
    private static final int USUAL_PREFIX = 24;
    private static final int SMALLEST_PREFIX = 28;

    private SubnetAllocator() {
    }

    /** The usual subnet size in a VPC of this block (a /24 when the block is unusable). */
    public static int defaultPrefix(String vpcCidr) {
        return ipv4(vpcCidr).map(SubnetAllocator::defaultPrefix).orElse(USUAL_PREFIX);
    }

    public static int defaultPrefix(Cidr vpc) {
        return vpc.prefix() + 2 <= USUAL_PREFIX ? USUAL_PREFIX : Math.min(SMALLEST_PREFIX, vpc.prefix() + 2);
    }

    /** The next free block of the default size. */
    public static CidrProposal next(String vpcCidr, Collection<String> usedCidrs) {
        return next(vpcCidr, usedCidrs, defaultPrefix(vpcCidr));
    }

    /** The next free block of length {@code prefix} in the VPC. */
    public static CidrProposal next(String vpcCidr, Collection<String> usedCidrs, int prefix) {
        Cidr vpc = ipv4(vpcCidr).orElse(null);
        if (vpc == null) {
            return CidrProposal.none(TEXT.get("cidr.badVpc", vpcCidr == null ? "" : vpcCidr));
        }
        if (prefix < vpc.prefix() || prefix > vpc.addressBits()) {
            return CidrProposal.none(TEXT.get("cidr.badPrefix", prefix, vpc));
        }
        List<Cidr> used = new ArrayList<>();
        for (String text : usedCidrs) {
            ipv4(text).ifPresent(used::add);
        }
        return next(vpc, used, prefix).map(c -> CidrProposal.of(c.toString()))
                .orElseGet(() -> CidrProposal.none(TEXT.get("cidr.full", vpc.toString(), prefix)));
    }

    /** The next free block of length {@code prefix} in the VPC, clear of {@code used}; empty when the VPC is full. */
    public static Optional<Cidr> next(Cidr vpc, Collection<Cidr> used, int prefix) {
        if (!vpc.isIpv4() || prefix < vpc.prefix() || prefix > vpc.addressBits()) {
            return Optional.empty();
        }
        List<Cidr> inside = new ArrayList<>();
        BigInteger highest = null;
        for (Cidr block : used) {
            if (block.isIpv4() && block.overlaps(vpc)) {
                inside.add(block);
                highest = highest == null ? block.last() : highest.max(block.last());
            }
        }
        BigInteger step = BigInteger.ONE.shiftLeft(vpc.addressBits() - prefix);
        long count = vpc.size().divide(step).longValueExact();
        long start = highest == null ? (count > 1 ? 1 : 0)
                : highest.add(BigInteger.ONE).subtract(vpc.first()).add(step).subtract(BigInteger.ONE).divide(step).longValue();
        for (long i = 0; i < count; i++) {
            long index = (start + i) % count;
            Cidr candidate = new Cidr(4, vpc.first().add(step.multiply(BigInteger.valueOf(index))), prefix);
            if (inside.stream().noneMatch(candidate::overlaps)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The next free block of the VPC node, given the blocks of the subnets drawn in it. */
    public static CidrProposal nextInVpc(Diagram diagram, String vpcId) {
        Node vpc = diagram.requireNode(vpcId);
        return next(vpc.props().string("cidr").orElse(null), usedIn(diagram, vpcId, null));
    }

    /** The blocks of the subnets drawn inside the VPC, except {@code exceptId}'s. */
    public static List<String> usedIn(Diagram diagram, String vpcId, String exceptId) {
        List<String> used = new ArrayList<>();
        for (Node n : diagram.descendants(vpcId)) {
            if (NodeTypes.SUBNET.equals(n.type()) && !n.id().equals(exceptId)) {
                n.props().string("cidr").ifPresent(used::add);
            }
        }
        return used;
    }

    /** Whether {@code cidr} overlaps one of {@code others} (blocks that do not parse count as free). */
    public static boolean taken(String cidr, Collection<String> others) {
        Optional<Cidr> own = ipv4(cidr);
        return own.isPresent() && others.stream().map(SubnetAllocator::ipv4).flatMap(Optional::stream)
                .anyMatch(own.get()::overlaps);
    }

    /** An IPv4 block, host bits cleared (10.0.0.5/16 → 10.0.0.0/16); empty for anything else. */
    public static Optional<Cidr> ipv4(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Cidr.parseLenient(text)).filter(Cidr::isIpv4);
        } catch (CidrFormatException e) {
            return Optional.empty();
        }
    }
}
