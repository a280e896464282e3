package com.cloudwright.cli;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.palette.AwsRegions;

import java.util.Collection;
import java.util.TreeSet;

/** Checks a {@code --region} value against the Regions AWS publishes prices for. */
final class RegionOption {

    private static final Bundle TEXT = Cli.TEXT;

    private RegionOption() {
    }

    /**
     * @param alsoKnown Regions known from elsewhere (the snapshot, downloaded prices)
     * @return null when the Region is known, else the one line to print (exit 2), which lists them
     */
    static String problem(String option, String region, Collection<String> alsoKnown) {
        String code = region == null ? "" : region.strip();
        if (AwsRegions.isKnown(code) || alsoKnown.contains(code)) {
            return null;
        }
        TreeSet<String> known = new TreeSet<>(AwsRegions.ALL);
        known.addAll(alsoKnown);
        return TEXT.get("cli.region.unknown", option, region, String.join(", ", known));
    }
}
