package com.cloudwright.cost;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * The arithmetic of pricing data: {@code count * hoursPerMonth}, {@code requestsPerMonth *
 * avgDurationMs / 1000 * memoryMb / 1024}, {@code max(iops - 3000, 0)}. Numbers, names, + - * /,
 * parentheses, max and min; names are
 * resolved when evaluated ({@code workerType:dpu} names a property read through a table). Parsed once per text.
 */
public final class Expr {

    private static final Map<String, Expr> CACHE = new ConcurrentHashMap<>();

    private sealed interface Node permits Num, Var, Neg, Bin, Call {
    }

    private record Num(double value) implements Node {
    }

    private record Var(String name) implements Node {
    }

    private record Neg(Node operand) implements Node {
    }

    private record Bin(char op, Node left, Node right) implements Node {
    }

    /** max(a, b) or min(a, b). */
    private record Call(String function, Node left, Node right) implements Node {
    }

    /** A name the expression needs has no value. */
    public static final class UnboundName extends RuntimeException {
        private final String name;

        UnboundName(String name) {
            super(name, null, false, false);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }

    private final String text;
    private final Node root;
    private final List<String> names;

    private Expr(String text, Node root, List<String> names) {
        this.text = text;
        this.root = root;
        this.names = names;
    }

    /** @throws IllegalArgumentException when the text is not an expression, saying where */
    public static Expr parse(String text) {
        return CACHE.computeIfAbsent(text, t -> {
            Parser p = new Parser(t);
            Node n = p.sum();
            p.skipSpace();
            if (p.pos < t.length()) {
                throw p.error("unexpected '" + t.charAt(p.pos) + "'");
            }
            return new Expr(t, n, List.copyOf(p.names));
        });
    }

    /** The names the expression refers to, in order of first use. */
    public List<String> names() {
        return names;
    }

    /** @throws UnboundName when {@code values} cannot resolve a name (it throws UnboundName) */
    public double evaluate(ToDoubleFunction<String> values) {
        return eval(root, values);
    }

    private static double eval(Node n, ToDoubleFunction<String> values) {
        if (n instanceof Num num) {
            return num.value();
        }
        if (n instanceof Var v) {
            return values.applyAsDouble(v.name());
        }
        if (n instanceof Neg neg) {
            return -eval(neg.operand(), values);
        }
        if (n instanceof Call c) {
            double a = eval(c.left(), values);
            double b = eval(c.right(), values);
            return c.function().equals("max") ? Math.max(a, b) : Math.min(a, b);
        }
        Bin b = (Bin) n;
        double l = eval(b.left(), values);
        double r = eval(b.right(), values);
        return switch (b.op()) {
            case '+' -> l + r;
            case '-' -> l - r;
            case '*' -> l * r;
            default -> r == 0 ? 0 : l / r;
        };
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class Parser {
        final String text;
        final Set<String> names = new LinkedHashSet<>();
        int pos;

        Parser(String text) {
            this.text = text;
        }

        Node sum() {
            Node left = product();
            while (true) {
                skipSpace();
                if (peek('+') || peek('-')) {
                    char op = text.charAt(pos++);
                    left = new Bin(op, left, product());
                } else {
                    return left;
                }
            }
        }

        Node product() {
            Node left = unary();
            while (true) {
                skipSpace();
                if (peek('*') || peek('/')) {
                    char op = text.charAt(pos++);
                    left = new Bin(op, left, unary());
                } else {
                    return left;
                }
            }
        }

        Node unary() {
            skipSpace();
            if (peek('-')) {
                pos++;
                return new Neg(unary());
            }
            if (peek('(')) {
                pos++;
                Node inner = sum();
                skipSpace();
                if (!peek(')')) {
                    throw error("missing ')'");
                }
                pos++;
                return inner;
            }
            int start = pos;
            if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                try {
                    return new Num(Double.parseDouble(text.substring(start, pos)));
                } catch (NumberFormatException e) {
                    throw error("bad number");
                }
            }
            if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
                while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                    pos++;
                }
                // property:table, a choice read as a number through the pricing data's table ("workerType:dpu")
                if (peek(':') && pos + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(pos + 1))) {
                    pos++;
                    while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                        pos++;
                    }
                }
                String name = text.substring(start, pos);
                skipSpace();
                if ((name.equals("max") || name.equals("min")) && peek('(')) {
                    pos++;
                    Node a = sum();
                    skipSpace();
                    if (!peek(',')) {
                        throw error("expected ','");
                    }
                    pos++;
                    Node b = sum();
                    skipSpace();
                    if (!peek(')')) {
                        throw error("missing ')'");
                    }
                    pos++;
                    return new Call(name, a, b);
                }
                names.add(name);
                return new Var(name);
            }
            throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "unexpected end");
        }

        boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("expression '" + text + "': " + what + " at " + (pos + 1));
        }
    }

    static List<String> namesOf(List<Expr> exprs) {
        List<String> out = new ArrayList<>();
        for (Expr e : exprs) {
            for (String n : e.names()) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
