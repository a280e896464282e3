package com.cloudwright.cfn.read;

import com.cloudwright.cfn.CfnExporter;
import com.cloudwright.cfn.ExportOptions;
import com.cloudwright.cfn.ExportResult;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Import, then export: every resource the import drew as a node keeps its logical id, and the template is valid. */
class ReExportTest {

    @ParameterizedTest
    @ValueSource(strings = {Samples.VPC_NAT, Samples.ECS_PRIVATE, Samples.RDS_REPLICA, Samples.API_LAMBDA,
            Samples.S3_LAMBDA, Samples.ALB_ASG})
    void drawnResourcesKeepTheirLogicalIds(String sample) throws Exception {
        Palette palette = Palette.bundled();
        Diagram d = Samples.imported(sample);
        ExportResult r = CfnExporter.export(d, palette, ExportOptions.defaults().withForce(true));
        assertThat(r.ok()).as(String.valueOf(r.problems())).isTrue();
        CfnTemplate back = TemplateReader.read(r.text().getBytes(StandardCharsets.UTF_8), "back.yaml");
        int kept = 0;
        for (Node n : d.nodes()) {
            if (n.extra().get("cfn") instanceof Map<?, ?> cfn && cfn.get("logicalId") instanceof String id
                    && back.metadata().get("Cloudwright") instanceof Map<?, ?> meta
                    && meta.get("Nodes") instanceof Map<?, ?> nodes && nodes.get(n.id()) instanceof Map<?, ?> made
                    && made.get("Resources") instanceof java.util.List<?> resources && !resources.isEmpty()) {
                assertThat(back.resources()).as(sample + ": " + n.id()).containsKey(id);
                kept++;
            }
        }
        assertThat(kept).as(sample + ": nodes whose resource was exported").isPositive();
    }
}
