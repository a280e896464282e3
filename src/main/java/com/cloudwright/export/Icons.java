package com.cloudwright.export;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The palette's SVG icons (paths below {@code palettes/} on the classpath), read once: the raw
 * bytes for SVG export and the parsed jsvg document for raster export. Thread-safe; a missing or
 * unreadable icon is remembered as absent and drawn as a plain outline by the caller.
 */
final class Icons {

    private static final Icons BUNDLED = new Icons();

    private final Map<String, Optional<byte[]>> sources = new ConcurrentHashMap<>();
    private final Map<String, Optional<SVGDocument>> documents = new ConcurrentHashMap<>();

    static Icons bundled() {
        return BUNDLED;
    }

    Optional<byte[]> source(String iconPath) {
        return sources.computeIfAbsent(iconPath, Icons::read);
    }

    Optional<SVGDocument> document(String iconPath) {
        return documents.computeIfAbsent(iconPath, p -> source(p).flatMap(bytes -> parse(p, bytes)));
    }

    /** The SVG as a document, or empty when jsvg cannot make one of it (it logs why) or it is unsafe to try. */
    static Optional<SVGDocument> parse(String iconPath, byte[] bytes) {
        if (!SvgLimits.withinLimits(bytes)) {
            return Optional.empty();
        }
        return Optional.ofNullable(new SVGLoader().load(new ByteArrayInputStream(bytes),
                URI.create("palettes:/" + iconPath.replace(' ', '_')), LoaderContext.createDefault()));
    }

    private static Optional<byte[]> read(String iconPath) {
        if (iconPath.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = Icons.class.getResourceAsStream("/palettes/" + iconPath)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
