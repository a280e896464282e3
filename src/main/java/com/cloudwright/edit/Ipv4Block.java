package com.cloudwright.edit;

import java.util.Optional;

/**
 * The little IPv4 CIDR arithmetic that proposing subnet blocks needs. (The validator has a full
 * IPv4/IPv6 {@code Cidr}; this one stays until the two are folded together.)
 *
 * @param network the first address, as an unsigned 32-bit number
 */
record Ipv4Block(long network, int prefix) {

    /** Parses {@code a.b.c.d/n}; host bits are cleared (10.0.0.1/16 → 10.0.0.0/16). Empty when malformed. */
    static Optional<Ipv4Block> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2 || !digits(parts[1], 2)) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(parts[1]);
        String[] octets = parts[0].split("\\.", -1);
        if (prefix > 32 || octets.length != 4) {
            return Optional.empty();
        }
        long address = 0;
        for (String o : octets) {
            if (!digits(o, 3) || Integer.parseInt(o) > 255) {
                return Optional.empty();
            }
            address = address << 8 | Integer.parseInt(o);
        }
        return Optional.of(new Ipv4Block(address & mask(prefix), prefix));
    }

    private static boolean digits(String s, int max) {
        return !s.isEmpty() && s.length() <= max && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    long size() {
        return 1L << (32 - prefix);
    }

    long last() {
        return network + size() - 1;
    }

    boolean overlaps(Ipv4Block other) {
        return network <= other.last() && other.network <= last();
    }

    @Override
    public String toString() {
        return (network >> 24 & 255) + "." + (network >> 16 & 255) + "." + (network >> 8 & 255) + "."
                + (network & 255) + "/" + prefix;
    }
}
