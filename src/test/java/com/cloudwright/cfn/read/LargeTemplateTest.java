package com.cloudwright.cfn.read;

import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.testing.GeneratedTemplates;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A 500-resource template (CloudFormation's per-stack limit) imports whole, laid out by the rules. */
class LargeTemplateTest {

    private static Diagram importIt() throws TemplateFormatException {
        byte[] bytes = GeneratedTemplates.yaml(500).getBytes(StandardCharsets.UTF_8);
        return new TemplateImporter(Palette.bundled()).read(bytes, "generated.yaml", Map.of(), "us-east-1");
    }

    @Test
    void fiveHundredResourcesImportWithEveryRuleKept() throws Exception {
        assertThat(GeneratedTemplates.count(500)).isBetween(490, 500);
        Diagram d = importIt();
        assertThat(d.requireNode("Private1").props().get("cidr")).isEqualTo("10.0.4.0/24");
        assertThat(d.availabilityZoneOf(d.requireNode("Private1")).orElseThrow().props().get("zone")).isEqualTo("b");
        assertThat(d.requireNode("Public0").props().get("public")).isEqualTo(true);
        assertThat(d.requireNode("Web4").parent()).isEqualTo("Private1");
        assertThat(d.edges()).anyMatch(e -> e.from().equals("Queue3") && e.to().equals("Fn3"));
        assertThat(d.edges()).anyMatch(e -> e.from().equals("Sg4") && e.to().equals("Sg3") && "80".equals(e.label()));
        LayoutRules.check(d);
        assertThat(new DiagramWriter().write(importIt())).isEqualTo(new DiagramWriter().write(d));
    }
}
