package com.cloudwright.validate;

import java.util.regex.Pattern;

/**
 * Messages name a node by its kind and then its title ("Amazon RDS 'Orders'"); a node without a
 * label is titled by its kind, and the pair would say it twice ("NAT gateway 'NAT gateway'").
 * This keeps one of the two.
 */
final class SaidOnce {

    /** A run of words, a space, and the same words in quotes: the kind followed by a title equal to it. */
    private static final Pattern TWICE = Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}][^'\\n]*?) '\\1'");

    private SaidOnce() {
    }

    static String apply(String message) {
        return message == null ? null : TWICE.matcher(message).replaceAll("$1");
    }
}
