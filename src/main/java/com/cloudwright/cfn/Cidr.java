package com.cloudwright.cfn;

import java.util.Optional;

/** An IPv4 block, enough arithmetic to hand out subnet blocks the drawing leaves blank. */
record Cidr(long base, int prefix) {

    static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            return Optional.empty();
        }
        String[] octets = parts[0].split("\\.");
        if (octets.length != 4) {
            return Optional.empty();
        }
        try {
            long addr = 0;
            for (String o : octets) {
                int v = Integer.parseInt(o);
                if (v < 0 || v > 255) {
                    return Optional.empty();
                }
                addr = (addr << 8) | v;
            }
            int prefix = Integer.parseInt(parts[1]);
            if (prefix < 0 || prefix > 32) {
                return Optional.empty();
            }
            long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            return Optional.of(new Cidr(addr & mask, prefix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    long size() {
        return 1L << (32 - prefix);
    }

    boolean overlaps(Cidr other) {
        return base < other.base + other.size() && other.base < base + size();
    }

    /** The i-th block of the given prefix inside this one, if it fits. */
    Optional<Cidr> block(int newPrefix, long i) {
        long step = 1L << (32 - newPrefix);
        long start = base + i * step;
        if (newPrefix < prefix || start + step > base + size()) {
            return Optional.empty();
        }
        return Optional.of(new Cidr(start, newPrefix));
    }

    @Override
    public String toString() {
        return ((base >> 24) & 255) + "." + ((base >> 16) & 255) + "." + ((base >> 8) & 255) + "." + (base & 255)
                + "/" + prefix;
    }
}
