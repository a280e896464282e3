package com.cloudwright.cfn.read;

import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Which palette entry a CloudFormation resource type stands for, from the palette's own data:
 * the first type an entry lists is the resource the entry is (the first entry in palette order
 * wins), the others are its parts (route tables, listeners, subnet groups …). A few types the
 * exporter never writes but templates use are added in {@code import-types.properties}.
 */
final class TypeIndex {

    private final Map<String, String> primary = new HashMap<>();
    private final Map<String, Set<String>> listedBy = new HashMap<>();

    TypeIndex(Palette palette) {
        for (PaletteEntry e : palette.entries()) {
            if (!e.cfnTypes().isEmpty()) {
                primary.putIfAbsent(e.cfnTypes().get(0), e.id());
            }
            for (String type : e.cfnTypes()) {
                listedBy.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(e.id());
            }
        }
        Properties extra = new Properties();
        try (InputStream in = TypeIndex.class.getResourceAsStream("import-types.properties")) {
            extra.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extra.stringPropertyNames().forEach(type -> {
            String id = extra.getProperty(type).strip();
            if (!type.matches("AWS::\\w+::\\w+")) {
                // a broken line of our own data file: every import would silently miss the type
                throw new IllegalStateException("import-types.properties: '" + type + "' is not a resource type");
            }
            if (palette.knows(id)) {
                primary.put(type, id);
            }
        });
    }

    /** The palette id a resource of this type is drawn as, when it is drawn on its own. */
    Optional<String> paletteId(String cfnType) {
        return Optional.ofNullable(primary.get(cfnType));
    }

    /** The palette entries that list the type among their resources (empty: the palette does not know it). */
    Set<String> listedBy(String cfnType) {
        return listedBy.getOrDefault(cfnType, Set.of());
    }
}
