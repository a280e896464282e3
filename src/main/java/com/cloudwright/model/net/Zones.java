package com.cloudwright.model.net;

import com.cloudwright.model.Node;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an Availability Zone container names its zone ({@code zone}): a letter ("a", the zone's
 * position in the Region) or a whole zone name ("us-east-1a"), both lower case.
 */
public final class Zones {

    private static final Pattern LETTER = Pattern.compile("[a-z]");
    private static final Pattern ZONE_NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+([a-z])");

    private Zones() {
    }

    /** "a" alone: a position in the Region, whichever zone that is in the account. */
    public static boolean isLetter(String zone) {
        return LETTER.matcher(zone).matches();
    }

    /** A whole zone name such as "ap-northeast-2c". */
    public static boolean isZoneName(String zone) {
        return ZONE_NAME.matcher(zone).matches();
    }

    /** The zone's letter as a position: 0 for "a" and for "us-east-1a"; only for a letter or a zone name. */
    public static int index(String zone) {
        return zone.charAt(zone.length() - 1) - 'a';
    }

    /**
     * What tells two Availability Zone containers apart: the zone's letter ("a" for "a" and for
     * "us-east-1a"), else the zone as written, else the container's id.
     */
    public static String key(Node az) {
        String zone = az.props().string("zone").map(s -> s.trim().toLowerCase(Locale.ROOT)).orElse("");
        if (zone.isEmpty()) {
            return az.id();
        }
        var m = ZONE_NAME.matcher(zone);
        return m.matches() ? m.group(2) : zone;
    }
}
