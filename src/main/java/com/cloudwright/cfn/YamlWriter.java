package com.cloudwright.cfn;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a template tree as YAML the way engineers write CloudFormation: short-form intrinsics
 * ({@code !Ref Vpc}, {@code !GetAtt Db.Endpoint.Address}, {@code !Select [0, !GetAZs '']}), block
 * style with indented lists, literal blocks for code.
 *
 * <p>A focused emitter rather than SnakeYAML's: that one cannot put a tag on a plain scalar (it
 * writes {@code !Ref 'Vpc'}) and spends most of an export's time analysing scalars. The tree only
 * holds maps, lists, strings, numbers, booleans and {@link Fn}, so the rules are few: a string is
 * written plain only when it cannot be read back as anything else (YAML 1.1 booleans such as
 * {@code yes}/{@code on}, numbers, dates, nulls, indicators) — SnakeYAML's resolver decides the
 * doubtful ones — else single-quoted, double-quoted with escapes if it holds control characters,
 * or as a literal block when it spans lines. Tests read every template back with SnakeYAML and
 * compare it with the JSON twin.
 */
final class YamlWriter {

    private static final Resolver RESOLVER = new Resolver();
    private static final Set<String> WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");
    private static final int FLOW_BUDGET = 8;

    private final StringBuilder out = new StringBuilder(1 << 16);

    private YamlWriter() {
    }

    static String write(Map<String, Object> tree) {
        YamlWriter w = new YamlWriter();
        if (tree.isEmpty()) {
            return "{}\n";
        }
        w.mapping(tree, 0, false);
        return w.out.toString();
    }

    // ---- block structure -----------------------------------------------------------------------

    /** Entries of a mapping at {@code indent}; the first one continues the current line when inline. */
    private void mapping(Map<?, ?> map, int indent, boolean firstInline) {
        boolean first = true;
        for (Map.Entry<String, Object> e : TemplateTree.entries(map)) {
            if (!(first && firstInline)) {
                indent(indent);
            }
            first = false;
            out.append(scalar(String.valueOf(e.getKey()), false)).append(':');
            value(e.getValue(), indent);
        }
    }

    /** The items of a list whose dashes sit at {@code indent}. */
    private void sequence(List<?> list, int indent) {
        for (Object each : list) {
            Object item = longFormIfNested(each);
            indent(indent);
            out.append('-');
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                out.append(' ');
                mapping(map, indent + 2, true);
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                out.append('\n');
                sequence(l, indent + 2);
            } else {
                inline(item, indent);
            }
        }
    }

    /** What follows "key:" — on the same line for scalars and short forms, below for collections. */
    private void value(Object raw, int indent) {
        Object value = longFormIfNested(raw);
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            mapping(map, indent + 2, false);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            sequence(list, indent + 2);
        } else {
            inline(value, indent);
        }
    }

    /**
     * A YAML node has one tag, so a function whose argument is another function is written in the
     * long form: {@code Fn::Base64: !Sub '...'}.
     */
    private static Object longFormIfNested(Object value) {
        if (value instanceof Fn fn && fn.argument() instanceof Fn) {
            return Map.of(fn.longName(), fn.argument());
        }
        return value;
    }

    /** A value that starts on the current line after a space (its block, if any, indented below). */
    private void inline(Object value, int indent) {
        if (value instanceof Fn fn) {
            out.append(' ');
            intrinsic(fn, indent);
            return;
        }
        if (value instanceof String s && s.indexOf('\n') >= 0 && literalAllowed(s)) {
            out.append(' ');
            literal(s, indent + 2);
            return;
        }
        out.append(' ').append(value instanceof String s ? scalar(s, false) : flow(value)).append('\n');
    }

    private void intrinsic(Fn fn, int indent) {
        Object argument = fn instanceof Fn.GetAtt att ? att.dotted() : fn.argument();
        if (argument instanceof String s) {
            if (s.indexOf('\n') >= 0 && literalAllowed(s)) {
                out.append(fn.tag()).append(' ');
                literal(s, indent + 2);
            } else {
                out.append(fn.tag()).append(' ').append(scalar(s, false)).append('\n');
            }
        } else if (argument instanceof List<?> list) {
            if (flowable(list)) {
                out.append(fn.tag()).append(' ').append(flow(list)).append('\n');
            } else {
                out.append(fn.tag()).append('\n');
                sequence(list, indent + 2);
            }
        } else if (argument instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append(fn.tag()).append('\n');
            mapping(map, indent + 2, false);
        } else {
            out.append(fn.tag()).append(' ').append(flow(argument)).append('\n');
        }
    }

    private static final String SPACES = " ".repeat(256);

    private void indent(int n) {
        if (n <= SPACES.length()) {
            out.append(SPACES, 0, n);
        } else {
            out.append(" ".repeat(n));
        }
    }

    // ---- flow style ------------------------------------------------------------------------------

    /** Short argument lists read best inline: {@code !Select [0, !GetAZs '']}, {@code !Join ['', [a, !Ref B]]}. */
    private static boolean flowable(List<?> list) {
        int[] budget = {FLOW_BUDGET};
        return flowable(list, budget);
    }

    private static boolean flowable(Object o, int[] budget) {
        if (o instanceof Map<?, ?> m) {
            return m.isEmpty() && --budget[0] >= 0;
        }
        if (o instanceof Fn.GetAtt) {
            return --budget[0] >= 0;
        }
        if (o instanceof Fn fn) {
            return (fn.argument() instanceof String || fn.argument() instanceof List) && flowable(fn.argument(), budget);
        }
        if (o instanceof List<?> list) {
            if (list.isEmpty()) {
                return --budget[0] >= 0;
            }
            for (Object item : list) {
                if (!flowable(item, budget)) {
                    return false;
                }
            }
            return true;
        }
        if (o instanceof String s && (s.length() > 40 || s.indexOf('\n') >= 0)) {
            return false;
        }
        return --budget[0] >= 0;
    }

    private static String flow(Object value) {
        StringBuilder b = new StringBuilder();
        flow(value, b);
        return b.toString();
    }

    private static void flow(Object value, StringBuilder b) {
        if (value instanceof Fn.GetAtt att) {
            b.append(att.tag()).append(' ').append(scalar(att.dotted(), true));
        } else if (value instanceof Fn fn) {
            b.append(fn.tag()).append(' ');
            flow(fn.argument(), b);
        } else if (value instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                flow(list.get(i), b);
            }
            b.append(']');
        } else if (value instanceof Map<?, ?> map) {
            b.append("{}"); // only empty maps are flowed
        } else if (value instanceof String s) {
            b.append(scalar(s, true));
        } else if (value instanceof Number n) {
            Object normal = TemplateTree.number(n);
            b.append(normal instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : normal.toString());
        } else {
            b.append(value == null ? "null" : value);
        }
    }

    // ---- scalars ---------------------------------------------------------------------------------

    /** A string as a plain, single-quoted or double-quoted scalar (never a block). */
    static String scalar(String s, boolean inFlow) {
        if (plain(s, inFlow)) {
            return s;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\ufeff') {
                return doubleQuoted(s);
            }
        }
        return "'" + s.replace("'", "''") + "'";
    }

    private static boolean plain(String s, boolean inFlow) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        char first = s.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        if (s.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\ufeff') {
                return false;
            }
            if (c == ':' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return false;
            }
            if (c == '#' && s.charAt(i - 1) == ' ') {
                return false;
            }
            if (inFlow && ",[]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        boolean letterFirst = Character.isLetter(first) || first == '$' || first == '/' || first == '_';
        if (letterFirst && (s.length() > 5 || !WORDS.contains(s.toLowerCase(java.util.Locale.ROOT)))) {
            return true; // cannot be a number, a date, a boolean or a null
        }
        return RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    }

    private static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\ufeff') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Text that a literal block keeps exactly: printable, no carriage returns. */
    private static boolean literalAllowed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\ufeff') {
                return false;
            }
        }
        return true;
    }

    /** A literal block ({@code |}) whose lines sit at {@code indent}; chomping keeps the trailing newlines exact. */
    private void literal(String s, int indent) {
        int trailing = 0;
        while (trailing < s.length() && s.charAt(s.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        String body = s.substring(0, s.length() - trailing);
        out.append('|');
        if (!body.isEmpty() && (body.charAt(0) == ' ' || body.charAt(0) == '\n')) {
            out.append(2);
        }
        out.append(trailing == 0 ? "-" : trailing == 1 ? "" : "+").append('\n');
        String[] lines = s.substring(0, s.length() - (trailing == 0 ? 0 : 1)).split("\n", -1);
        for (String line : lines) {
            if (!line.isEmpty()) {
                indent(indent);
                out.append(line);
            }
            out.append('\n');
        }
    }
}
