package com.cloudwright.cli;

import picocli.CommandLine;

/** Prints the version recorded in the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Cloudwright " + (v == null ? Cli.TEXT.get("version.development") : v)};
    }
}
