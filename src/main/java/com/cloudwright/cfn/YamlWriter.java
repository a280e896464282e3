package com.cloudwright.cfn;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a template tree as YAML the way engineers write CloudFormation: short-form intrinsics
 * ({@code !Ref 'Vpc'}, {@code !Select [0, !GetAZs '']}), block style, indented lists.
 *
 * <p>Feeds SnakeYAML's emitter with events instead of going through Jackson, because only at the
 * event level can a scalar carry a tag (Jackson writes tagged scalars as implicit and drops the
 * tag). A string that YAML 1.1 would read as something else ({@code '2010-09-09'}, {@code 'yes'},
 * {@code '80'}) is quoted, so a parser reads back exactly the strings written.
 */
final class YamlWriter {

    private static final ImplicitTuple PLAIN = new ImplicitTuple(true, true);
    private static final ImplicitTuple NEEDS_QUOTES = new ImplicitTuple(false, true);
    private static final ImplicitTuple TAGGED = new ImplicitTuple(false, false);
    private static final ImplicitTuple RESOLVED = new ImplicitTuple(true, false);

    private final Resolver resolver = new Resolver();
    private final Emitter emitter;
    private final StringWriter out = new StringWriter();

    private YamlWriter() {
        DumperOptions options = new DumperOptions();
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        emitter = new Emitter(out, options);
    }

    static String write(Map<String, Object> tree) {
        YamlWriter w = new YamlWriter();
        w.emit(new StreamStartEvent(null, null));
        w.emit(new DocumentStartEvent(null, null, false, null, null));
        w.value(tree, false);
        w.emit(new DocumentEndEvent(null, null, false));
        w.emit(new StreamEndEvent(null, null));
        return w.out.toString();
    }

    private void value(Object value, boolean flow) {
        if (value instanceof Fn fn) {
            intrinsic(fn, flow);
        } else if (value instanceof Map<?, ?> map) {
            emit(new MappingStartEvent(null, null, true, null, null, style(flow)));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                string(String.valueOf(e.getKey()));
                value(e.getValue(), flow);
            }
            emit(new MappingEndEvent(null, null));
        } else if (value instanceof List<?> list) {
            sequence(null, list, flow);
        } else if (value instanceof String s) {
            string(s);
        } else if (value == null) {
            emit(new ScalarEvent(null, null, RESOLVED, "null", null, null, DumperOptions.ScalarStyle.PLAIN));
        } else {
            // numbers and booleans: plain, read back as what they are
            emit(new ScalarEvent(null, null, RESOLVED, value.toString(), null, null, DumperOptions.ScalarStyle.PLAIN));
        }
    }

    private void sequence(String tag, List<?> list, boolean flow) {
        emit(new SequenceStartEvent(null, tag, tag == null, null, null, style(flow)));
        for (Object o : list) {
            value(o, flow);
        }
        emit(new SequenceEndEvent(null, null));
    }

    private void intrinsic(Fn fn, boolean flow) {
        if (fn instanceof Fn.Ref ref) {
            tagged(fn.tag(), ref.target());
        } else if (fn instanceof Fn.GetAtt att) {
            tagged(fn.tag(), att.dotted());
        } else if (fn instanceof Fn.GetAZs azs) {
            tagged(fn.tag(), azs.region());
        } else if (fn instanceof Fn.Sub sub && sub.variables().isEmpty()) {
            tagged(fn.tag(), sub.text());
        } else if (!(fn.argument() instanceof List)) {
            taggedNode(fn, flow);
        } else {
            List<?> args = (List<?>) fn.argument();
            sequence(fn.tag(), args, flow || allScalars(args));
        }
    }

    /** Short lists of scalars read best inline: {@code !Select [0, !GetAZs '']}, {@code !Join ['', [a, b]]}. */
    private static boolean allScalars(List<?> args) {
        int[] budget = {8};
        return flowable(args, budget);
    }

    private static boolean flowable(Object o, int[] budget) {
        if (o instanceof Map) {
            return false;
        }
        if (o instanceof Fn fn) {
            return !(fn.argument() instanceof List<?>) ? --budget[0] >= 0 : flowable(fn.argument(), budget);
        }
        if (o instanceof List<?> list) {
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

    /**
     * A function whose argument is a mapping gets the tag on the mapping; one whose argument is
     * another function cannot (a YAML node has one tag), so it is written in the long form:
     * {@code Fn::Base64: !Sub '...'}.
     */
    private void taggedNode(Fn fn, boolean flow) {
        Object argument = fn.argument();
        if (argument instanceof Map<?, ?> map) {
            emit(new MappingStartEvent(null, fn.tag(), false, null, null, style(flow)));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                string(String.valueOf(e.getKey()));
                value(e.getValue(), flow);
            }
            emit(new MappingEndEvent(null, null));
        } else if (argument instanceof String s) {
            tagged(fn.tag(), s);
        } else {
            emit(new MappingStartEvent(null, null, true, null, null, style(flow)));
            string(fn.longName());
            value(argument, flow);
            emit(new MappingEndEvent(null, null));
        }
    }

    private void tagged(String tag, String text) {
        emit(new ScalarEvent(null, tag, TAGGED, text, null, null, DumperOptions.ScalarStyle.PLAIN));
    }

    private void string(String s) {
        if (s.indexOf('\n') >= 0) {
            emit(new ScalarEvent(null, null, NEEDS_QUOTES, s, null, null, DumperOptions.ScalarStyle.LITERAL));
            return;
        }
        boolean readsBackAsString = resolver.resolve(NodeId.scalar, s, true).equals(Tag.STR);
        emit(new ScalarEvent(null, null, readsBackAsString ? PLAIN : NEEDS_QUOTES, s, null, null,
                DumperOptions.ScalarStyle.PLAIN));
    }

    private static DumperOptions.FlowStyle style(boolean flow) {
        return flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK;
    }

    private void emit(Event event) {
        try {
            emitter.emit(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
