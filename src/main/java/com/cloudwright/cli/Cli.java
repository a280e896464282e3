package com.cloudwright.cli;

import com.cloudwright.i18n.Bundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line: {@code cloudwright [--lang ko|en] validate|export|cost …}. The help comes from
 * the {@code usage} bundle and every other text from {@code messages}, in the language of
 * {@code --lang} or else the system's.
 */
@Command(name = "cloudwright", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {ValidateCommand.class, RulesCommand.class, ExportCommand.class, ImportCommand.class, CostCommand.class,
                PricesCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    /** The diagram has validation errors, or an export was refused because of them. */
    public static final int EXIT_PROBLEMS = 1;
    /** Bad input: unreadable, malformed, unknown type. */
    public static final int EXIT_BAD_INPUT = 2;

    /** What the command line prints besides its help; numbers as scripts read them. */
    static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cli.messages");
    /** The help of every command, read by picocli. */
    private static final Bundle USAGE = Bundle.named("com.cloudwright.cli.usage");

    /** Declared for the help and the parser only: {@link LanguageOption} has acted on it before parsing. */
    @Option(names = LanguageOption.OPTION, paramLabel = "LANG", descriptionKey = "lang", scope = ScopeType.INHERIT)
    String language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        // Picture export draws with Java2D: never look for a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Charset console = consoleCharset();
        return run(new PrintWriter(new OutputStreamWriter(System.out, console), true),
                new PrintWriter(new OutputStreamWriter(System.err, console), true), args);
    }

    /**
     * The platform's charset, except that a plain C/POSIX locale (ASCII) gets UTF-8: it would turn
     * every Hangul letter, and the × of a report, into '?', and terminals today read UTF-8.
     */
    static Charset consoleCharset() {
        Charset platform = Charset.defaultCharset();
        return platform.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : platform;
    }

    /**
     * Runs one command line. {@code --lang} sets the process's default locale (the command line is
     * a process of its own) before anything is printed.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Optional<String> requested = LanguageOption.requested(args);
        if (requested.isPresent()) {
            Optional<Locale> locale = LanguageOption.locale(requested.get());
            if (locale.isEmpty()) {
                err.println("cloudwright: " + TEXT.get("cli.language.unknown", requested.get(),
                        String.join(", ", LanguageOption.KNOWN)));
                err.println(TEXT.get("cli.tryHelp", "cloudwright"));
                err.flush();
                return EXIT_BAD_INPUT;
            }
            Locale.setDefault(locale.get());
        }
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        // after the subcommands are added: the bundle reaches every command of the tree
        cl.setResourceBundle(USAGE.resources());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("cloudwright: " + oneLine(ex));
            return EXIT_BAD_INPUT;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("cloudwright: " + UsageErrors.describe(ex));
            cmd.getErr().println(TEXT.get("cli.tryHelp", cmd.getCommandSpec().qualifiedName()));
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            message = ex.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }
}
