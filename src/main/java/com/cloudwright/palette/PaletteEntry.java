package com.cloudwright.palette;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One service (or container, group, external actor) of the palette, as declared in a
 * {@code palettes/*.json} file.
 *
 * @param icon          the icon's path below {@code palettes/}
 * @param multiSubnet   the service spans subnets and may sit in the VPC or in one subnet
 * @param cfnTypes      the CloudFormation resource types a node of this entry becomes
 * @param port          the port callers reach it on, when it listens on one
 * @param portsByValue  ports that depend on a property: property → value → port
 * @param targets       the entries (ids, or {@code category:Name}) it may call; null means any
 * @param pricing       how the cost estimator prices it (read by the cost module)
 * @param docs          the AWS documentation page of the service
 * @param presets       property values that typing one of the aliases in quick add sets (alias →
 *                      property → value): "public subnet" adds a public subnet
 * @param roles         what the service is to rules about kinds of services (a load balancer, a
 *                      private data store, ...)
 * @param iam           what a caller's IAM role may do with a node of this entry
 * @param texts         translations of the label and description ({@link #displayLabel()}); the
 *                      {@code label} itself stays the English one everything that must not vary
 *                      with the language uses (export, logical ids, files, validation identity)
 */
public record PaletteEntry(String id, String label, String category, List<String> aliases, String icon,
                           EntryKind kind, Placement placement, boolean multiSubnet, double width,
                           double height, List<String> cfnTypes, List<PropertySpec> properties,
                           Integer port, Map<String, Map<String, Integer>> portsByValue,
                           List<String> targets, Map<String, Object> pricing, String docs,
                           String description, Map<String, Map<String, Object>> presets,
                           Set<ServiceRole> roles, IamAccess iam, Localized texts) {

    public PaletteEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(placement, "placement");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        cfnTypes = cfnTypes == null ? List.of() : List.copyOf(cfnTypes);
        properties = properties == null ? List.of() : List.copyOf(properties);
        portsByValue = portsByValue == null ? Map.of() : Map.copyOf(portsByValue);
        targets = targets == null ? null : List.copyOf(targets);
        pricing = pricing == null ? Map.of() : Map.copyOf(pricing);
        presets = presets == null ? Map.of() : Map.copyOf(presets);
        roles = roles == null || roles.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
        iam = iam == null ? IamAccess.NONE : iam;
        texts = texts == null ? Localized.NONE : texts;
    }

    /** The label in the current language: a translated name, else the English (brand) label. */
    public String displayLabel() {
        return texts.display("label", label);
    }

    /** The description in the current language, or null when the entry has none. */
    public String displayDescription() {
        return texts.display("description", description);
    }

    /** The English label and its translations: what search matches names against. */
    public List<String> labels() {
        List<String> out = new java.util.ArrayList<>();
        out.add(label);
        out.addAll(texts.all("label"));
        return out;
    }

    public boolean hasRole(ServiceRole role) {
        return roles.contains(role);
    }

    /**
     * The property values quick add sets when this was typed to find the entry: those of the
     * longest preset alias the typed text starts, or is the start of (three letters at least, any
     * case, spaces ignored), or none.
     */
    public Map<String, Object> presetFor(String typed) {
        String text = compact(typed);
        if (text.length() < 3) {
            return Map.of();
        }
        String best = null;
        for (String alias : presets.keySet()) {
            String a = compact(alias);
            if ((a.startsWith(text) || text.startsWith(a)) && (best == null || alias.length() > best.length())) {
                best = alias;
            }
        }
        return best == null ? Map.of() : presets.get(best);
    }

    /**
     * The label quick add gives a service found by what it is for rather than by its name: typing
     * "web server" adds an EC2 node labelled "Web server". A single word ("ec2", "igw", "redis") or
     * a phrase within one of the entry's names ("load balancer") is a name, not a label; a preset
     * alias ("public subnet") sets properties instead; containers and groups title themselves.
     */
    public Optional<String> labelFor(String typed) {
        String words = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        String plain = words.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (kind != EntryKind.SERVICE && kind != EntryKind.EXTERNAL || !plain.contains(" ") || !presetFor(typed).isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new java.util.ArrayList<>(labels());
        names.add(id);
        for (String name : names) {
            String n = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (n.contains(plain) || plain.contains(n)) {
                return Optional.empty();
            }
        }
        return Optional.of(words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1));
    }

    /** Lower case without spaces: Korean is often typed without them ("퍼블릭서브넷"). */
    private static String compact(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    }

    public Optional<PropertySpec> property(String name) {
        for (PropertySpec p : properties) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * A copy with pricing facts merged in (from {@code palettes/pricing.json}): the pricing map
     * replaces keys of the entry's own, and usage properties the entry does not declare itself are
     * appended to its properties.
     */
    public PaletteEntry withPricing(Map<String, Object> morePricing, List<PropertySpec> usageProperties) {
        Map<String, Object> mergedPricing = new java.util.LinkedHashMap<>(pricing);
        mergedPricing.putAll(morePricing);
        List<PropertySpec> mergedProperties = new java.util.ArrayList<>(properties);
        for (PropertySpec usage : usageProperties) {
            if (property(usage.name()).isEmpty()) {
                mergedProperties.add(usage);
            }
        }
        return new PaletteEntry(id, label, category, aliases, icon, kind, placement, multiSubnet, width, height,
                cfnTypes, mergedProperties, port, portsByValue, targets, mergedPricing, docs, description, presets,
                roles, iam, texts);
    }

    public boolean isContainer() {
        return kind == EntryKind.CONTAINER;
    }

    public boolean isGroup() {
        return kind == EntryKind.GROUP;
    }

    /** Whether a node of this entry may call {@code target}, per the declared targets. */
    public boolean mayCall(PaletteEntry target) {
        if (targets == null) {
            return true;
        }
        for (String t : targets) {
            if (t.equals(target.id()) || t.equals("*")
                    || (t.startsWith("category:") && t.substring("category:".length()).equals(target.category()))) {
                return true;
            }
        }
        return false;
    }
}
