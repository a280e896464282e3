package com.cloudwright.model.net;

import com.cloudwright.i18n.Bundle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 CIDR block, exact: addresses are {@link BigInteger}s, so a /0 IPv6 block
 * counts 2^128 addresses without rounding. Parsing is strict, like the EC2 API: the address must
 * be the block's network address (no host bits set).
 *
 * @param version 4 or 6
 * @param network the first address of the block
 * @param prefix  the prefix length (0–32 for IPv4, 0–128 for IPv6)
 */
public record Cidr(int version, BigInteger network, int prefix) implements Comparable<Cidr> {

    /** Addresses AWS keeps in every subnet: network, VPC router, DNS, future use, last/broadcast. */
    public static final int AWS_RESERVED_PER_SUBNET = 5;

    /** Parse errors reach the user: validation shows them for a CIDR typed into the inspector. */
    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private static final Comparator<Cidr> ORDER = Comparator.comparingInt(Cidr::version)
            .thenComparing(Cidr::network).thenComparingInt(Cidr::prefix);

    public Cidr {
        if (version != 4 && version != 6) {
            throw new IllegalArgumentException("IP version must be 4 or 6, not " + version);
        }
        Objects.requireNonNull(network, "network");
        int bits = bits(version);
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix /" + prefix + " is outside 0–" + bits);
        }
        if (network.signum() < 0 || network.bitLength() > bits) {
            throw new IllegalArgumentException("address out of range for IPv" + version);
        }
        if (!network.and(hostMask(bits, prefix)).equals(BigInteger.ZERO)) {
            throw new IllegalArgumentException("host bits set in " + format(version, network) + "/" + prefix);
        }
    }

    /**
     * Parses {@code a.b.c.d/n} or an IPv6 block such as {@code 2001:db8::/56}.
     *
     * @throws CidrFormatException naming what is wrong, e.g. "10.0.0.1/16 has host bits set (the
     *                             block is 10.0.0.0/16)"
     */
    public static Cidr parse(String text) {
        return parse(text, true);
    }

    /** Like {@link #parse} but clears host bits instead of refusing them: 10.0.0.1/16 → 10.0.0.0/16. */
    public static Cidr parseLenient(String text) {
        return parse(text, false);
    }

    private static Cidr parse(String text, boolean strict) {
        if (text == null || text.isBlank()) {
            throw new CidrFormatException(TEXT.get("cidr.parse.empty"));
        }
        String s = text.trim();
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new CidrFormatException(TEXT.get("cidr.parse.noPrefix", s));
        }
        if (s.indexOf('/', slash + 1) >= 0) {
            throw new CidrFormatException(TEXT.get("cidr.parse.twoSlashes", s));
        }
        String addressText = s.substring(0, slash);
        String prefixText = s.substring(slash + 1);
        int version = addressText.indexOf(':') >= 0 ? 6 : 4;
        BigInteger address = version == 4 ? parseIpv4(addressText, s) : parseIpv6(addressText, s);
        int bits = bits(version);
        if (prefixText.isEmpty() || prefixText.length() > 3 || !prefixText.chars().allMatch(Character::isDigit)) {
            throw new CidrFormatException(TEXT.get("cidr.parse.prefixNotNumber", s, prefixText, String.valueOf(bits)));
        }
        int prefix = Integer.parseInt(prefixText);
        if (prefix > bits) {
            throw new CidrFormatException(TEXT.get("cidr.parse.prefixTooLong", s, String.valueOf(prefix), String.valueOf(bits),
                    String.valueOf(version)));
        }
        BigInteger host = address.and(hostMask(bits, prefix));
        if (!strict) {
            return new Cidr(version, address.andNot(hostMask(bits, prefix)), prefix);
        }
        if (host.signum() != 0) {
            BigInteger net = address.andNot(hostMask(bits, prefix));
            throw new CidrFormatException(TEXT.get("cidr.parse.hostBits", s, format(version, net) + "/" + prefix));
        }
        return new Cidr(version, address, prefix);
    }

    /** Parses, or empty when the text is not a valid block. */
    public static Optional<Cidr> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (CidrFormatException e) {
            return Optional.empty();
        }
    }

    /** The block of the given prefix that holds {@code address} (host bits cleared). */
    public static Cidr containing(int version, BigInteger address, int prefix) {
        return new Cidr(version, address.andNot(hostMask(bits(version), prefix)), prefix);
    }

    public boolean isIpv4() {
        return version == 4;
    }

    public int addressBits() {
        return bits(version);
    }

    /** The number of addresses in the block. */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(addressBits() - prefix);
    }

    /** Addresses left for resources after AWS's five reserved ones (never negative). */
    public BigInteger usableAddresses() {
        return size().subtract(BigInteger.valueOf(AWS_RESERVED_PER_SUBNET)).max(BigInteger.ZERO);
    }

    /**
     * Whether {@code needed} addresses take at least {@code numerator / denominator} of the usable
     * ones (a subnet nearly full at three quarters: 3, 4).
     */
    public boolean usableShareAtLeast(long needed, int numerator, int denominator) {
        return BigInteger.valueOf(needed).multiply(BigInteger.valueOf(denominator))
                .compareTo(usableAddresses().multiply(BigInteger.valueOf(numerator))) >= 0;
    }

    public BigInteger first() {
        return network;
    }

    public BigInteger last() {
        return network.add(size()).subtract(BigInteger.ONE);
    }

    /** True when {@code other} lies entirely inside this block (a block contains itself). */
    public boolean contains(Cidr other) {
        return other.version == version && other.prefix >= prefix
                && other.network.andNot(hostMask(addressBits(), prefix)).equals(network);
    }

    public boolean containsAddress(BigInteger address) {
        return address.compareTo(first()) >= 0 && address.compareTo(last()) <= 0;
    }

    /** True when the two blocks share at least one address (aligned blocks overlap only by nesting). */
    public boolean overlaps(Cidr other) {
        return other.version == version && (contains(other) || other.contains(this));
    }

    @Override
    public int compareTo(Cidr o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return format(version, network) + "/" + prefix;
    }

    // ---- parsing and formatting ------------------------------------------------------------

    private static int bits(int version) {
        return version == 4 ? 32 : 128;
    }

    private static BigInteger hostMask(int bits, int prefix) {
        return BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
    }

    private static BigInteger parseIpv4(String text, String whole) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new CidrFormatException(TEXT.get("cidr.parse.notIpv4", whole, text));
        }
        long value = 0;
        for (String part : parts) {
            value = (value << 8) | octet(part, whole);
        }
        return BigInteger.valueOf(value);
    }

    private static int octet(String part, String whole) {
        if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CidrFormatException(TEXT.get("cidr.parse.notOctet", whole, part));
        }
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new CidrFormatException(TEXT.get("cidr.parse.leadingZero", whole, part));
        }
        int v = Integer.parseInt(part);
        if (v > 255) {
            throw new CidrFormatException(TEXT.get("cidr.parse.octetTooLarge", whole, String.valueOf(v)));
        }
        return v;
    }

    private static BigInteger parseIpv6(String text, String whole) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            throw new CidrFormatException(TEXT.get("cidr.parse.ipv6.doubleColon", whole, text));
        }
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        if (doubleColon >= 0) {
            groups(text.substring(0, doubleColon), head, whole, text);
            groups(text.substring(doubleColon + 2), tail, whole, text);
        } else {
            groups(text, head, whole, text);
        }
        int count = head.size() + tail.size();
        if (doubleColon < 0 && count != 8) {
            throw new CidrFormatException(TEXT.get("cidr.parse.ipv6.groupCount", whole, text, String.valueOf(count)));
        }
        if (doubleColon >= 0 && count > 7) {
            throw new CidrFormatException(TEXT.get("cidr.parse.ipv6.tooManyGroups", whole, text));
        }
        BigInteger value = BigInteger.ZERO;
        for (int g : head) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        value = value.shiftLeft(16 * (8 - count));
        for (int g : tail) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return value;
    }

    /** Splits colon-separated hex groups; an embedded IPv4 address at the end counts as two groups. */
    private static void groups(String text, List<Integer> out, String whole, String address) {
        if (text.isEmpty()) {
            return;
        }
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && p.indexOf('.') >= 0) {
                long v4 = parseIpv4(p, TEXT.get("cidr.parse.notIpv6", whole, address)).longValue();
                out.add((int) (v4 >>> 16));
                out.add((int) (v4 & 0xffff));
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                throw new CidrFormatException(TEXT.get("cidr.parse.ipv6.groupLength", whole, address, p));
            }
            try {
                out.add(Integer.parseInt(p, 16));
            } catch (NumberFormatException e) {
                throw new CidrFormatException(TEXT.get("cidr.parse.ipv6.notHex", whole, address, p));
            }
        }
    }

    private static String format(int version, BigInteger address) {
        if (version == 4) {
            long v = address.longValue();
            return ((v >>> 24) & 255) + "." + ((v >>> 16) & 255) + "." + ((v >>> 8) & 255) + "." + (v & 255);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = address.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        }
        // RFC 5952: compress the longest run (≥ 2) of zero groups, the first one on a tie.
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            sb.append(Integer.toHexString(g[i]));
            if (i < 7) {
                sb.append(':');
            }
        }
        return sb.toString();
    }
}
