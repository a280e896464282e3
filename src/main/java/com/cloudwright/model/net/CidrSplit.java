package com.cloudwright.model.net;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CloudFormation's {@code Fn::Cidr}: {@code count} consecutive blocks of {@code hostBits} host
 * bits each (a /24 for 8 bits of IPv4), starting at the network address of the given block. Like
 * CloudFormation, there is no answer when the blocks do not fit in the block or the numbers are
 * out of range (1–256 blocks).
 */
public final class CidrSplit {

    /** The most blocks one {@code Fn::Cidr} may ask for. */
    public static final int MAX_COUNT = 256;

    private CidrSplit() {
    }

    public static Optional<List<Cidr>> split(String ipBlock, int count, int hostBits) {
        Optional<Cidr> block = Cidr.tryParse(ipBlock).or(() -> lenient(ipBlock));
        return block.flatMap(b -> split(b, count, hostBits));
    }

    public static Optional<List<Cidr>> split(Cidr block, int count, int hostBits) {
        int prefix = block.addressBits() - hostBits;
        if (count < 1 || count > MAX_COUNT || hostBits < 0 || prefix < block.prefix()) {
            return Optional.empty();
        }
        BigInteger step = BigInteger.ONE.shiftLeft(hostBits);
        BigInteger needed = step.multiply(BigInteger.valueOf(count));
        if (needed.compareTo(block.size()) > 0) {
            return Optional.empty();
        }
        List<Cidr> out = new ArrayList<>(count);
        BigInteger at = block.network();
        for (int i = 0; i < count; i++) {
            out.add(new Cidr(block.version(), at, prefix));
            at = at.add(step);
        }
        return Optional.of(out);
    }

    private static Optional<Cidr> lenient(String text) {
        try {
            return Optional.of(Cidr.parseLenient(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
