package com.cloudwright.palette;

import com.cloudwright.model.Node;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Every service Cloudwright knows, loaded from the {@code palettes/} data files. */
public final class Palette {

    private static volatile Palette bundled;

    private final Map<String, PaletteEntry> byId;
    private final List<String> categories;
    private final Localized categoryNames;
    private final Function<String, URL> files;

    Palette(List<PaletteEntry> entries, List<String> categoryOrder, Localized categoryNames,
            Function<String, URL> files) {
        this.files = files;
        this.categoryNames = categoryNames;
        Map<String, PaletteEntry> map = new LinkedHashMap<>();
        for (PaletteEntry e : entries) {
            if (map.put(e.id(), e) != null) {
                throw new PaletteException("palette id '" + e.id() + "' is declared twice");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
        List<String> cats = new ArrayList<>(categoryOrder);
        for (PaletteEntry e : entries) {
            if (!cats.contains(e.category())) {
                cats.add(e.category());
            }
        }
        this.categories = List.copyOf(cats);
    }

    /** The palette shipped with the application (loaded once, from the classpath). */
    public static Palette bundled() {
        Palette p = bundled;
        if (p == null) {
            synchronized (Palette.class) {
                p = bundled;
                if (p == null) {
                    p = PaletteLoader.fromClasspath();
                    bundled = p;
                }
            }
        }
        return p;
    }

    public List<PaletteEntry> entries() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    public List<String> categories() {
        return categories;
    }

    /** A category's name in the current language ("Networking" → "네트워킹"), else as declared. */
    public String displayCategory(String category) {
        return categoryNames.display(category, category);
    }

    /** The name of the category in the locale's language, if the index translates it. */
    public Optional<String> categoryName(String category, java.util.Locale locale) {
        return categoryNames.in(locale, category);
    }

    public List<PaletteEntry> inCategory(String category) {
        return byId.values().stream().filter(e -> e.category().equals(category)).toList();
    }

    public Optional<PaletteEntry> entry(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean knows(String id) {
        return byId.containsKey(id);
    }

    public PaletteEntry require(String id) {
        PaletteEntry e = byId.get(id);
        if (e == null) {
            throw new PaletteException("unknown palette id '" + id + "'");
        }
        return e;
    }

    /** The ids of the entries with the role, in palette order. */
    public List<String> idsWithRole(ServiceRole role) {
        return entries().stream().filter(e -> e.hasRole(role)).map(PaletteEntry::id).toList();
    }

    /** Whether the palette gives the type the role (an unknown type has none). */
    public boolean hasRole(String type, ServiceRole role) {
        return entry(type).map(e -> e.hasRole(role)).orElse(false);
    }

    /** The entry of a node, if its type is known. */
    public Optional<PaletteEntry> entryOf(Node node) {
        return entry(node.type());
    }

    /** The icon file of an entry on the classpath. */
    public Optional<URL> iconUrl(PaletteEntry entry) {
        if (entry.icon() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(files.apply(entry.icon()));
    }

    /** A node's property value, or the palette default when the node does not set it. */
    public Object propertyValue(Node node, String name) {
        Object v = node.props().get(name);
        if (v != null) {
            return v;
        }
        return entryOf(node).flatMap(e -> e.property(name)).map(PropertySpec::defaultValue).orElse(null);
    }

    /** The port callers reach the node on: property-dependent first (engine → port), then the entry's. */
    public Optional<Integer> portOf(Node node) {
        Optional<PaletteEntry> entry = entryOf(node);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, Map<String, Integer>> byValue : entry.get().portsByValue().entrySet()) {
            Object value = propertyValue(node, byValue.getKey());
            if (value != null && byValue.getValue().containsKey(value.toString())) {
                return Optional.of(byValue.getValue().get(value.toString()));
            }
        }
        return Optional.ofNullable(entry.get().port());
    }

    /** Entries matching a search, best first: see {@link PaletteSearch}. */
    public List<PaletteEntry> search(String query) {
        return PaletteSearch.search(byId.values(), query);
    }

    /**
     * How well a query matches one thing known by some names and aliases, by the rules of the
     * palette search (exact beats prefix beats substring beats a fuzzy match; an alias ranks one
     * step below a name): higher is better, 0 is no match.
     */
    public static int matchScore(String query, java.util.Collection<String> names, java.util.Collection<String> aliases) {
        return PaletteSearch.matchScore(query, names, aliases);
    }
}
