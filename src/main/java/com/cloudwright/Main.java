package com.cloudwright;

import com.cloudwright.cli.Cli;

/**
 * The jar's entry point. With no arguments (or just a diagram file or CloudFormation template,
 * as a file manager passes it) it opens the app; with a subcommand it runs the command line headless. Not a JavaFX {@code Application}, so the jar runs from the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && opensInTheApp(args[0]))) {
            java.util.Optional<Integer> inSecondJvm = FastStart.runApp(args);
            if (inSecondJvm.isPresent()) {
                System.exit(inSecondJvm.get());
            }
            com.cloudwright.ui.shell.CloudwrightApp.launchApp(args);
            return;
        }
        System.exit(Cli.run(args));
    }

    /** A diagram, or a template (opened as a diagram); never a subcommand name or an option. */
    static boolean opensInTheApp(String arg) {
        String name = arg.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".cwd.json") || (name.endsWith(".yaml") || name.endsWith(".yml")
                || name.endsWith(".template") || name.endsWith(".json")) && java.nio.file.Files.isRegularFile(
                java.nio.file.Path.of(arg));
    }
}
