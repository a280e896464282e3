package com.cloudwright.cfn.read;

import com.cloudwright.cfn.CfnExporter;
import com.cloudwright.cfn.ExportOptions;
import com.cloudwright.cfn.ExportResult;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other stacks import an imported template's exports, so a round trip writes every output back
 * with its value, Export name and condition, and the parameters and conditions it uses.
 */
class ImportExportOutputsTest {

    private static final Palette PALETTE = Palette.bundled();

    @ParameterizedTest
    @ValueSource(strings = {Samples.VPC_NAT, Samples.VPC_NAT_JSON, Samples.ECS_PRIVATE, Samples.RDS_REPLICA,
            Samples.ALB_ASG})
    void everyOutputComesBackWithItsExport(String sample) throws Exception {
        CfnTemplate original = Samples.template(sample);
        assertThat(original.outputs()).isNotEmpty();
        ExportResult r = export(Samples.imported(sample));
        CfnTemplate back = TemplateReader.read(r.text().getBytes(StandardCharsets.UTF_8), "back.yaml");
        original.outputs().forEach((name, body) -> {
            assertThat(back.outputs()).as(sample).containsKey(name);
            Map<?, ?> was = (Map<?, ?>) body;
            Map<?, ?> now = (Map<?, ?>) back.outputs().get(name);
            assertThat(now.get("Value")).as(sample + " " + name).isEqualTo(was.get("Value"));
            assertThat(now.get("Export")).as(sample + " " + name).isEqualTo(was.get("Export"));
            assertThat(now.get("Condition")).as(sample + " " + name).isEqualTo(was.get("Condition"));
        });
    }

    @Test
    void theVpcSampleKeepsItsRegionalExportNames() throws Exception {
        String text = export(Samples.imported(Samples.VPC_NAT)).text();
        assertThat(text).contains("Name: !Sub ${AWS::Region}-${AWS::StackName}-VPC\n")
                .contains("Name: !Sub ${AWS::Region}-${AWS::StackName}-PrivateSubnet1\n");
    }

    @Test
    void anOutputOfADeletedNodeIsLeftOutAndNamed() throws Exception {
        Diagram d = Samples.imported(Samples.RDS_REPLICA);
        Diagram without = new Diagram(d.name(), d.region(), d.extra(),
                d.nodes().stream().filter(n -> !n.id().equals("MainDB")).toList(), d.edges());
        ExportResult r = export(without);
        CfnTemplate back = TemplateReader.read(r.text().getBytes(StandardCharsets.UTF_8), "back.yaml");
        assertThat(back.outputs()).doesNotContainKeys("JDBCConnectionString", "ReplicaJDBCConnectionString")
                .containsKey("DBCredentialSecretNameArn");
        assertThat(r.text()).contains("Output JDBCConnectionString of the imported template is left out: it names MainDB");
    }

    private static ExportResult export(Diagram d) {
        ExportResult r = CfnExporter.export(d, PALETTE, ExportOptions.defaults().withForce(true));
        assertThat(r.problems()).isEmpty();
        return r;
    }
}
