package com.cloudwright.cli;

import com.cloudwright.i18n.Columns;
import com.cloudwright.validate.RuleGroup;
import com.cloudwright.validate.RuleInfo;
import com.cloudwright.validate.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code rules}: every validation rule with id, severity, pillar and title; {@code --format markdown} writes the rule reference. */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

    enum Format { text, markdown }

    @Option(names = "--format", defaultValue = "text")
    Format format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<RuleInfo> rules = RuleSet.discovered().infos();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.markdown) {
            out.print(RuleReference.markdown(rules));
        } else {
            for (RuleInfo r : rules) {
                out.printf(Locale.ROOT, "%s  %-7s  %s  %s%n", r.id(), r.severity().id(), Columns.pad(r.pillar().title(), 22),
                        r.title());
            }
        }
        return 0;
    }

    /** The Markdown rule reference, generated from the rules' metadata only. */
    static final class RuleReference {

        private RuleReference() {
        }

        static String markdown(List<RuleInfo> rules) {
            StringBuilder md = new StringBuilder();
            md.append("# ").append(Cli.TEXT.get("rules.md.title")).append("\n\n");
            md.append("<!-- ").append(Cli.TEXT.get("rules.md.generated")).append(" -->\n\n");
            md.append(Cli.TEXT.get("rules.md.intro")).append("\n\n");
            md.append(Cli.TEXT.get("rules.md.columns")).append("\n|---|---|---|---|\n");
            for (RuleInfo r : rules) {
                md.append("| [").append(r.id()).append("](#").append(r.id().toLowerCase(Locale.ROOT)).append(") | ")
                        .append(r.severity().id()).append(" | ").append(r.pillar().title()).append(" | ")
                        .append(cell(r.title())).append(" |\n");
            }
            for (RuleGroup group : RuleGroup.values()) {
                List<RuleInfo> inGroup = rules.stream().filter(r -> r.group() == group).toList();
                if (inGroup.isEmpty()) {
                    continue;
                }
                md.append("\n## ").append(group.title()).append("\n");
                for (RuleInfo r : inGroup) {
                    md.append("\n### ").append(r.id()).append("\n\n");
                    md.append("**").append(r.title()).append("** — ").append(r.severity().id()).append(", ")
                            .append(r.pillar().title()).append("\n\n");
                    md.append(r.description()).append("\n\n");
                    md.append("- ").append(Cli.TEXT.get("rules.md.fix", r.fixHint())).append("\n");
                    md.append("- ").append(Cli.TEXT.get("rules.md.documentation", r.documentation())).append("\n");
                    if (!r.origin().isBlank()) {
                        md.append("- ").append(Cli.TEXT.get("rules.md.source", r.origin())).append("\n");
                    }
                }
            }
            return md.toString();
        }

        private static String cell(String text) {
            return text.replace("|", "\\|");
        }
    }
}
