package com.cloudwright.cfn.read;

import com.cloudwright.layout.TidyLayout;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Opens a CloudFormation template as a laid-out diagram: reads and checks it, resolves it for
 * the given parameter values and Region, draws its network, services, overlay groups and
 * connections, folds plumbing into the node it serves, and lays the result out with
 * {@link TidyLayout}. Resources no palette entry knows are listed in the diagram's
 * {@code cfnUnmapped} field (logical id → type), so none is lost.
 */
public final class TemplateImporter {

    /** The Region a template is drawn in when none is given. */
    public static final String DEFAULT_REGION = "us-east-1";

    private final Palette palette;

    public TemplateImporter(Palette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    /**
     * @param parameters values for the template's Parameters (the others take their defaults)
     * @param region     the Region the stack is drawn in, or null for {@link #DEFAULT_REGION}
     */
    public Diagram read(Path file, Map<String, String> parameters, String region) throws TemplateFormatException {
        return read(TemplateReader.read(file), parameters, region);
    }

    public Diagram read(byte[] bytes, String source, Map<String, String> parameters, String region)
            throws TemplateFormatException {
        return read(TemplateReader.read(bytes, source), parameters, region);
    }

    public Diagram read(CfnTemplate template, Map<String, String> parameters, String region)
            throws TemplateFormatException {
        return importTemplate(template, parameters, region).diagram();
    }

    /**
     * What an import made and how it placed it.
     *
     * @param restored  the drawing Cloudwright stored in the template when it exported it was used
     * @param setAside  where a stored drawing stopped matching the template (a resource added or
     *                  removed since), so the import laid it out afresh; null when not the case
     */
    public record Imported(Diagram diagram, boolean restored, String setAside) {
    }

    public Imported importTemplate(Path file, Map<String, String> parameters, String region)
            throws TemplateFormatException {
        return importTemplate(TemplateReader.read(file), parameters, region);
    }

    public Imported importTemplate(CfnTemplate template, Map<String, String> parameters, String region)
            throws TemplateFormatException {
        for (String name : parameters.keySet()) {
            if (!template.parameters().containsKey(name)) {
                throw new TemplateFormatException(template.source(), "Parameters",
                        TemplateParser.TEXT.get("import.unknownParameter", name));
            }
        }
        String r = region == null || region.isBlank() ? DEFAULT_REGION : region;
        ImportContext ctx = new ImportContext(template, new Resolver(template, parameters, r), palette);
        NetworkReader network = new NetworkReader(ctx);
        network.read();
        new ServiceReader(ctx, network).read();
        new GroupReader(ctx).read();
        new PartsReader(ctx).read();
        List<Edge> edges = new EdgeReader(ctx).read();
        List<Node> nodes = new ArrayList<>();
        for (Draft d : ctx.drafts.values()) {
            PaletteEntry e = palette.require(d.type);
            nodes.add(d.toNode(e.width() > 0 ? e.width() : 64, e.height() > 0 ? e.height() : 64));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        if (!ctx.unmapped.isEmpty()) {
            extra.put("cfnUnmapped", new LinkedHashMap<>(ctx.unmapped));
        }
        extra.put("cfnOriginals", originals(ctx));
        List<String> notCreated = template.resources().values().stream().filter(x -> ctx.resource(x.logicalId()).isEmpty())
                .map(CfnResource::logicalId).toList();
        if (!notCreated.isEmpty()) {
            extra.put("cfnNotCreated", notCreated);
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        putIfAny(sections, "Parameters", template.parameters());
        putIfAny(sections, "Mappings", template.mappings());
        putIfAny(sections, "Conditions", template.conditions());
        putIfAny(sections, "Outputs", template.outputs());
        if (!sections.isEmpty()) {
            extra.put("cfnSections", sections);
        }
        Set<String> drawn = new LinkedHashSet<>();
        ctx.drafts.values().stream().filter(d -> d.resource != null).forEach(d -> drawn.add(d.resource.logicalId()));
        Optional<StoredDrawing.Outcome> stored = StoredDrawing.restore(template, drawn, palette,
                region == null || region.isBlank() ? null : region);
        if (stored.isPresent() && stored.get().diagram() != null) {
            Diagram d = stored.get().diagram();
            return new Imported(new Diagram(d.name() == null ? name(template) : d.name(), d.region(), extra, d.nodes(),
                    d.edges()), true, null);
        }
        Diagram raw = new Diagram(name(template), r, extra, nodes, edges);
        return new Imported(TidyLayout.apply(raw, palette), false, stored.map(StoredDrawing.Outcome::reason).orElse(null));
    }

    /**
     * Every resource the template creates, as written (expressions unresolved): an export gives
     * its generated plumbing the ids of the parts that play the same role, and writes back the
     * resources no node stands for.
     */
    private static Map<String, Object> originals(ImportContext ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        // every resource, also those the conditions leave out for these parameter values and Region
        // (the conditions are written back with them)
        for (CfnResource r : ctx.template.resources().values()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("Type", r.type());
            if (r.condition() != null) {
                body.put("Condition", r.condition());
            }
            if (!r.dependsOn().isEmpty()) {
                body.put("DependsOn", r.dependsOn());
            }
            if (!r.properties().isEmpty()) {
                body.put("Properties", sorted(r.properties()));
            }
            r.attributes().forEach((k, v) -> body.put(k, sorted(v)));
            out.put(r.logicalId(), body);
        }
        return out;
    }

    private static void putIfAny(Map<String, Object> sections, String name, Map<String, Object> section) {
        if (section != null && !section.isEmpty()) {
            sections.put(name, sorted(section));
        }
    }

    /** Keys in order, so a JSON template and its YAML twin give the same file. */
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.TreeMap<>();
            // "!GetAZs" with no argument reads as null in one format and "" in the other
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null && "Fn::GetAZs".equals(k) ? "" : sorted(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(TemplateImporter::sorted).toList();
        }
        return value;
    }

    private static String name(CfnTemplate template) {
        String source = template.source() == null ? "template" : Path.of(template.source()).getFileName().toString();
        int dot = source.lastIndexOf('.');
        return dot > 0 ? source.substring(0, dot) : source;
    }
}
