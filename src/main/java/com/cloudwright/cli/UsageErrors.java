package com.cloudwright.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parse error in the user's language. picocli words its errors in English only, so the common
 * ones are worded again from the bundle; any other keeps picocli's words behind a translated prefix.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static String describe(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return Cli.TEXT.get("cli.parse.unknown", quoted(unmatched.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return Cli.TEXT.get("cli.parse.missing",
                    quoted(missing.getMissing().stream().map(UsageErrors::synopsis).toList()));
        }
        if (ex instanceof OverwrittenOptionException repeated && repeated.getOverwritten() != null) {
            return Cli.TEXT.get("cli.parse.repeated", "'" + name(repeated.getOverwritten()) + "'");
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            Class<?> type = arg.type();
            if (type != null && type.isEnum()) {
                String choices = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return Cli.TEXT.get("cli.parse.invalidChoice", name(arg), ex.getValue(), choices);
            }
            return Cli.TEXT.get("cli.parse.invalidValue", name(arg), ex.getValue());
        }
        return Cli.TEXT.get("cli.parse.other", Cli.oneLine(ex));
    }

    /** --format, or FILE for a positional parameter. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** --output=OUT, or FILE. */
    private static String synopsis(ArgSpec arg) {
        return arg instanceof OptionSpec option && arg.arity().max() > 0
                ? option.longestName() + "=" + arg.paramLabel() : name(arg);
    }

    private static String quoted(List<String> items) {
        return items.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
    }
}
