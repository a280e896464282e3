package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated diagram holding every palette service — alone, and with an edge to everything the
 * palette lets it call — exports and passes the schema check; every node either becomes resources
 * of a type its palette entry names or is listed in the Metadata with the reason it has none.
 */
class EveryServiceTest {

    /**
     * Entries that have no CloudFormation resource of their own, and say why in the Metadata (an
     * S3 Glacier node next to a bucket becomes that bucket's lifecycle rule; alone, an archive bucket).
     */
    private static final Set<String> NO_RESOURCE = Set.of("region", "availability-zone", "users", "on-premises",
            "direct-connect", "quicksight", "shield", "systems-manager");

    @ParameterizedTest(name = "connected = {0}")
    @ValueSource(booleans = {false, true})
    void everyServiceExportsAndPassesTheSchemaCheck(boolean connected) {
        Palette palette = Palette.bundled();
        Diagram d = ExportDiagrams.everyService(palette, connected);
        ExportResult r = new CfnExporter(DiagramCheck.NONE).run(d, palette, ExportOptions.defaults().withForce(true));
        assertThat(r.problems()).isEmpty();
        assertThat(r.status()).isEqualTo(ExportResult.Status.OK);
        ExportResult json = new CfnExporter(DiagramCheck.NONE).run(d, palette,
                ExportOptions.defaults().withForce(true).withFormat(TemplateFormat.JSON));
        assertThat(json.ok()).isTrue();
    }

    @ParameterizedTest(name = "connected = {0}")
    @ValueSource(booleans = {false, true})
    void everyNodeIsMappedOrExplained(boolean connected) {
        Palette palette = Palette.bundled();
        Diagram d = ExportDiagrams.everyService(palette, connected);
        Build b = CfnExporter.build(d, palette, ExportOptions.defaults()).get("us-east-1");
        Map<String, String> wrongPrimary = new TreeMap<>();
        Set<String> unexplained = new TreeSet<>();
        Set<String> withoutResources = new TreeSet<>();
        for (Node n : d.nodes()) {
            PaletteEntry entry = palette.require(n.type());
            boolean launchedByItsGroup = n.type().equals("ec2") && b.group(n, "auto-scaling-group").isPresent();
            if (b.resourcesOf(n).isEmpty() && !launchedByItsGroup) {
                withoutResources.add(n.type());
                if (b.notMapped().get(n.id()) == null || b.notMapped().get(n.id()).isBlank()) {
                    unexplained.add(n.id());
                }
                continue;
            }
            Resource primary = b.template.resource(b.id(n));
            if (primary != null && !entry.cfnTypes().isEmpty() && !entry.cfnTypes().contains(primary.type())) {
                wrongPrimary.put(n.id(), primary.type() + " not in " + entry.cfnTypes());
            }
        }
        assertThat(unexplained).as("nodes with neither resources nor a reason").isEmpty();
        assertThat(wrongPrimary).as("main resource types the palette does not name").isEmpty();
        Set<String> unmapped = new TreeSet<>();
        palette.entries().forEach(e -> {
            if (!Mappers.mapped(e.id())) {
                unmapped.add(e.id());
            }
        });
        Set<String> allowed = union(NO_RESOURCE, unmapped);
        assertThat(withoutResources).as("palette entries without resources")
                .isSubsetOf(connected ? union(allowed, Set.of("s3-glacier"))
                        : union(allowed, Set.of("cloudfront", "route53", "vpc-peering", "vpc-endpoint", "cloudwatch",
                        "eventbridge", "systems-manager")));
        if (connected) {
            assertThat(withoutResources).containsAll(Set.of("users", "direct-connect", "quicksight", "shield"));
        }
    }

    @org.junit.jupiter.api.Test
    void everyEntryThePaletteGivesCloudFormationTypesIsMapped() {
        Set<String> missing = new TreeSet<>();
        for (PaletteEntry e : Palette.bundled().entries()) {
            if (!e.cfnTypes().isEmpty() && !Mappers.mapped(e.id())) {
                missing.add(e.id());
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
