package com.cloudwright;

import com.cloudwright.cli.Cli;

/**
 * The jar's entry point. With no arguments (or just a diagram file) it opens the app; with a
 * subcommand it runs the command line headless. Not a JavaFX {@code Application}, so the jar runs from the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].endsWith(".cwd.json"))) {
            com.cloudwright.ui.shell.CloudwrightApp.launchApp(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
