package com.cloudwright.cfn.read;

import com.cloudwright.i18n.Bundle;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads template text (YAML with short-form intrinsics, or JSON) into a plain tree of maps,
 * lists, strings, numbers and booleans, with limits that keep memory bounded whatever the file
 * holds: a size cap, a nesting cap, and no YAML aliases of collections (the "billion laughs";
 * CloudFormation refuses aliases too).
 */
public final class TemplateParser {

    static final Bundle TEXT = Bundle.named("com.cloudwright.cfn.read.messages");

    /** Far above CloudFormation's own 1 MB template limit, far below what would strain memory. */
    public static final int MAX_BYTES = 50_000_000;
    /** Deeper than any real template (policies nest about ten levels). */
    public static final int MAX_DEPTH = 64;

    private TemplateParser() {
    }

    public static Object parse(Path file) throws TemplateFormatException {
        String source = file.toString();
        try {
            if (Files.size(file) >= MAX_BYTES) {
                throw new TemplateFormatException(source, null, TEXT.get("parse.tooLarge", Files.size(file), MAX_BYTES));
            }
            return parse(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw new TemplateFormatException(source, null, TEXT.get("parse.noSuchFile"));
        } catch (IOException e) {
            throw new TemplateFormatException(source, null, TEXT.get("parse.cannotRead", e.getMessage()));
        }
    }

    public static Object parse(byte[] bytes, String source) throws TemplateFormatException {
        if (bytes.length >= MAX_BYTES) {
            throw new TemplateFormatException(source, null, TEXT.get("parse.tooLarge", bytes.length, MAX_BYTES));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new TemplateFormatException(source, null, TEXT.get("parse.empty"));
        }
        return looksLikeJson(text) ? json(text, source) : yaml(text, source);
    }

    /** JSON starts with a brace; YAML flow style may too, but then the JSON parser's error is as clear. */
    static boolean looksLikeJson(String text) {
        return text.stripLeading().startsWith("{");
    }

    private static Object json(String text, String source) throws TemplateFormatException {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        try {
            return mapper.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage();
            if (reason != null && reason.contains("nesting depth")) {
                throw new TemplateFormatException(source, tooDeepInJson(text), TEXT.get("parse.tooDeep", MAX_DEPTH));
            } else {
                reason = TEXT.get("parse.notJson", firstLine(reason));
            }
            throw new TemplateFormatException(source, where(e.getLocation()), reason);
        }
    }

    /** Jackson's depth error has no position: the first bracket past the cap, outside strings. */
    private static String tooDeepInJson(String text) {
        int depth = 0;
        int line = 1;
        int column = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (inString) {
                if (c == '\\') {
                    i++;
                    column++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    return TEXT.get("parse.where", String.valueOf(line), String.valueOf(column));
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return null;
    }

    private static String where(JsonLocation loc) {
        return loc == null ? null : TEXT.get("parse.where", String.valueOf(loc.getLineNr()), String.valueOf(loc.getColumnNr()));
    }

    private static Object yaml(String text, String source) throws TemplateFormatException {
        LoaderOptions options = options();
        Yaml yaml = new Yaml(new ShortFormConstructor(options));
        try {
            return yaml.load(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new TemplateFormatException(source, where(mark), TEXT.get("parse.notYaml", firstLine(problem)));
        } catch (YAMLException | StackOverflowError e) {
            throw unmarked(text, source, e);
        } catch (IllegalArgumentException e) {
            // SnakeYAML refuses some malformed tags ("!!e%F") this way, outside its own exceptions
            throw new TemplateFormatException(source, null, TEXT.get("parse.notYaml", firstLine(String.valueOf(e.getMessage()))));
        }
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /**
     * SnakeYAML's limit errors carry no position: find it with a cheap pass over the events (only
     * on this error path), the first alias of a collection or the first node below the depth cap.
     */
    private static TemplateFormatException unmarked(String text, String source, Throwable e) {
        Set<String> collectionAnchors = new HashSet<>();
        int depth = 0;
        try {
            for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent start) {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        return new TemplateFormatException(source, where(event.getStartMark()),
                                TEXT.get("parse.tooDeep", MAX_DEPTH));
                    }
                    if (start.getAnchor() != null) {
                        collectionAnchors.add(start.getAnchor());
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())) {
                    return new TemplateFormatException(source, where(event.getStartMark()), TEXT.get("parse.alias"));
                }
            }
        } catch (YAMLException | StackOverflowError ignored) {
            // fall through to the parser's own words
        }
        return new TemplateFormatException(source, null, TEXT.get("parse.notYaml", firstLine(e.getMessage())));
    }

    private static String where(Mark mark) {
        return mark == null ? null : TEXT.get("parse.where", String.valueOf(mark.getLine() + 1), String.valueOf(mark.getColumn() + 1));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
