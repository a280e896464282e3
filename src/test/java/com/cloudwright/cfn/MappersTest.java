package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The discovered mappers cover the palette once each and declare what they write. */
class MappersTest {

    /** Written for any mapper's node by the shared helpers (IAM, security groups, resource policies, invocations). */
    private static final Set<String> HELPER_TYPES = Set.of("AWS::IAM::Role", "AWS::IAM::Policy",
            "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress", "AWS::Lambda::Permission",
            "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy", "AWS::S3::BucketPolicy");

    private static final Palette PALETTE = Palette.bundled();

    @Test
    void everyPaletteEntryIsMappedOnceStructuralOrExplained() {
        Map<String, List<String>> claims = new TreeMap<>();
        for (Mapper m : Mappers.discovered().all()) {
            for (String id : m.paletteIds()) {
                claims.computeIfAbsent(id, k -> new ArrayList<>()).add(m.getClass().getSimpleName());
            }
        }
        Map<String, String> wrong = new TreeMap<>();
        for (PaletteEntry e : PALETTE.entries()) {
            int mappers = claims.getOrDefault(e.id(), List.of()).size();
            int ways = mappers + (Mappers.STRUCTURAL.contains(e.id()) ? 1 : 0)
                    + (Mappers.NO_RESOURCE.contains(e.id()) ? 1 : 0);
            // an entry naming no CloudFormation type has no schema to check against: the export says so
            boolean schemaless = e.cfnTypes().isEmpty() && ways == 0;
            if (ways != 1 && !schemaless) {
                wrong.put(e.id(), claims.getOrDefault(e.id(), List.of()) + (Mappers.STRUCTURAL.contains(e.id())
                        ? " structural" : "") + (Mappers.NO_RESOURCE.contains(e.id()) ? " no-resource" : ""));
            }
        }
        assertThat(wrong).as("palette ids mapped twice, or neither mapped, structural nor explained").isEmpty();
        assertThat(claims.keySet()).as("palette ids mappers claim that the palette does not have")
                .allMatch(id -> PALETTE.entry(id).isPresent());
    }

    @Test
    void twoMappersClaimingOneIdAreRefused() {
        Mapper one = new ComputeMapper();
        Mapper other = new FakeMapper(Set.of("lambda"));
        assertThatThrownBy(() -> Mappers.of(List.of(one, other)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lambda").hasMessageContaining("ComputeMapper").hasMessageContaining("FakeMapper");
        assertThatThrownBy(() -> Mappers.of(List.of(new FakeMapper(Set.of("subnet")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("subnet");
    }

    @Test
    void theWiringKeepsItsOrder() {
        List<String> order = List.of("api-gateway", "waf", "cloudfront", "alb", "route53", "lambda",
                "auto-scaling-group", "cloudwatch");
        for (int i = 1; i < order.size(); i++) {
            assertThat(Mappers.wiringStage(order.get(i - 1))).as(order.get(i - 1) + " before " + order.get(i))
                    .isLessThan(Mappers.wiringStage(order.get(i)));
        }
        assertThat(Mappers.wiringStage("nlb")).isEqualTo(Mappers.wiringStage("alb"));
        assertThat(Mappers.wiringStage("users")).isEqualTo(WiringStage.DEFAULT);
    }

    @ParameterizedTest(name = "connected = {0}")
    @ValueSource(booleans = {false, true})
    void mappersDeclareEveryTypeTheyWrite(boolean connected) {
        Diagram d = ExportDiagrams.everyService(PALETTE, connected);
        Build b = CfnExporter.build(d, PALETTE, ExportOptions.defaults()).get("us-east-1");
        Map<String, Set<String>> undeclared = new TreeMap<>();
        for (Resource r : b.template.resources().values()) {
            Node node = r.nodeId() == null ? null : d.node(r.nodeId()).orElse(null);
            if (node == null || HELPER_TYPES.contains(r.type())) {
                continue;
            }
            Mappers.forType(node.type()).filter(m -> !m.resourceTypes().contains(r.type())).ifPresent(m ->
                    undeclared.computeIfAbsent(m.getClass().getSimpleName(), k -> new TreeSet<>()).add(r.type()));
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void noMapperReadsTemplatesYet() {
        for (Mapper m : Mappers.discovered().all()) {
            assertThat(m.reads()).as(m.getClass().getSimpleName()).isFalse();
            Resource r = new Resource("X", m.resourceTypes().iterator().next(), null);
            assertThatThrownBy(() -> m.read(new Template("t"), r)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    private record FakeMapper(Set<String> paletteIds) implements Mapper {
        @Override
        public Set<String> resourceTypes() {
            return Set.of();
        }

        @Override
        public void declare(Node node, Build b) {
        }
    }
}
