package com.cloudwright.cfn;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The entry point the app's File → Export → CloudFormation… dialog uses. */
class ExportApiTest {

    @Test
    void validationErrorsBlockTheExportAndNameTheNodes() {
        Diagram d = Fixtures.diagram("invalid");
        ExportResult r = CfnExporter.export(d, Palette.bundled(), ExportOptions.defaults());
        assertThat(r.status()).isEqualTo(ExportResult.Status.BLOCKED);
        assertThat(r.ok()).isFalse();
        assertThat(r.templates()).isEmpty();
        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.kind()).isEqualTo(ExportProblem.Kind.VALIDATION));
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.subject()).isEqualTo("db");
            assertThat(p.rule()).isEqualTo("CW-P004");
            assertThat(p.toString()).startsWith("CW-P004 db: ");
        });
        assertThatThrownBy(r::text).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void forceExportsAnyway() {
        ExportResult r = CfnExporter.export(Fixtures.diagram("invalid"), Palette.bundled(),
                ExportOptions.defaults().withForce(true));
        assertThat(r.status()).isEqualTo(ExportResult.Status.OK);
        assertThat(r.text()).contains("Type: AWS::RDS::DBInstance");
        assertThat(r.format()).isEqualTo(TemplateFormat.YAML);
    }

    @Test
    void aCleanDiagramExportsInEitherFormatKeyedByRegion() {
        Diagram d = Fixtures.diagram("serverless");
        ExportResult yaml = CfnExporter.export(d, Palette.bundled(), ExportOptions.defaults());
        ExportResult json = CfnExporter.export(d, Palette.bundled(), ExportOptions.defaults().withFormat(TemplateFormat.JSON));
        assertThat(yaml.templates()).containsOnlyKeys("eu-west-1");
        assertThat(json.templates().get("eu-west-1")).startsWith("{");
        assertThat(yaml.warnings()).isNotEmpty();
    }

    @Test
    void aCustomCheckCanStandInForTheValidator() {
        DiagramCheck everything = (diagram, palette) -> List.of(
                new ExportProblem(ExportProblem.Kind.VALIDATION, "x", "TEST", "nope"));
        ExportResult r = new CfnExporter(everything).run(Fixtures.diagram("three-tier"), Palette.bundled(),
                ExportOptions.defaults());
        assertThat(r.status()).isEqualTo(ExportResult.Status.BLOCKED);
        assertThat(r.problems()).extracting(ExportProblem::message).containsExactly("nope");
    }

    @Test
    void anEmptyDiagramGivesAnEmptyButValidTemplate() {
        Diagram d = new Diagram("empty", null);
        ExportResult r = CfnExporter.export(d, Palette.bundled(), ExportOptions.defaults());
        assertThat(r.ok()).isTrue();
        assertThat(r.templates()).containsOnlyKeys("us-east-1");
        assertThat(r.text()).contains("Resources: {}");
    }
}
