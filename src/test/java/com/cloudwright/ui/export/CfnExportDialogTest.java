package com.cloudwright.ui.export;

import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.cfn.CfnExporter;
import com.cloudwright.cfn.ExportOptions;
import com.cloudwright.cfn.ExportResult;
import com.cloudwright.cfn.StricterSchemas;
import com.cloudwright.cfn.TemplateFormat;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Export → CloudFormation… driven with the robot; the previews and files checked against the exporter. */
class CfnExportDialogTest extends ExportDialogTestBase {

    private static final Path EXAMPLE = Path.of("examples/01-under-1000-users.cwd.json").toAbsolutePath();

    private ExportResult exporterSays(TemplateFormat format, boolean force) {
        return CfnExporter.export(diagram().snapshot(), doc().palette(),
                ExportOptions.defaults().withFormat(format).withForce(force));
    }

    private String preview() {
        return onFx(() -> lookup("#cfn-preview").queryAs(TextArea.class).getText());
    }

    @Test
    void previewShowsTheTemplateAsYamlOrJsonAndCopyAndSaveGiveTheExportersText() throws Exception {
        openDiagram(EXAMPLE);
        exportMenu("CloudFormation…");
        waitUntil(() -> showing("#cfn-preview") && !preview().isEmpty());

        String yaml = preview();
        assertThat(yaml).isEqualTo(exporterSays(TemplateFormat.YAML, false).text());
        Map<String, Object> fromYaml = CfnText.yaml(yaml);
        assertThat(fromYaml).containsEntry("AWSTemplateFormatVersion", "2010-09-09");
        assertThat(yaml).contains("!Ref ");
        @SuppressWarnings("unchecked")
        Map<String, Object> yamlResources = (Map<String, Object>) fromYaml.get("Resources");
        assertThat(yamlResources).hasSizeGreaterThan(10);
        assertThat(lookup("#cfn-region-box").query().isVisible()).isFalse();
        assertThat(lookup("#cfn-dropped-pane").query().isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<String> dropped = lookup("#cfn-dropped").queryAs(ListView.class);
        assertThat(onFx(() -> java.util.List.copyOf(dropped.getItems()))).hasSize(4)
                .anyMatch(line -> line.contains("AWS CodeBuild has no CloudFormation resource"));
        // each note is read whole: a long line wraps to the list instead of running off to the right
        @SuppressWarnings("unchecked")
        ListView<String> notes = lookup("#cfn-notes").queryAs(ListView.class);
        onFx(() -> {
            lookup("#cfn-notes-pane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true);
            return null;
        });
        waitUntil(() -> onFx(() -> notes.lookupAll(".list-cell").stream()
                .anyMatch(c -> c instanceof javafx.scene.control.ListCell<?> cell && cell.getText() != null
                        && cell.getText().length() > 150 && cell.getHeight() > 2.5 * cell.getFont().getSize())));
        assertThat(onFx(() -> notes.lookupAll(".scroll-bar").stream()
                .filter(b -> b instanceof javafx.scene.control.ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible())
                .count())).isZero();
        // the findings the template accepts on purpose, one line each with the reason its Metadata holds
        assertThat(lookup("#cfn-accepted-risks-pane").query().isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<String> risks = lookup("#cfn-accepted-risks").queryAs(ListView.class);
        var accepted = exporterSays(TemplateFormat.YAML, false).acceptedRisks();
        assertThat(accepted).isNotEmpty();
        assertThat(onFx(() -> java.util.List.copyOf(risks.getItems()))).hasSize(accepted.size())
                .contains("PublicALBSecurityGroup \u2014 rule EC23: " + accepted.stream()
                        .filter(a -> a.resource().equals("PublicALBSecurityGroup")).findFirst().orElseThrow().reason())
                .anyMatch(line -> line.startsWith("VPC \u2014 rule VPC7: Flow logs of VPC are off"));
        assertThat(onFx(() -> lookup("#cfn-accepted-risks-pane").queryAs(javafx.scene.control.TitledPane.class)
                .getText())).startsWith("Accepted risks (" + accepted.size() + ")");

        clickOn("#cfn-json");
        waitUntil(() -> preview().startsWith("{"));
        String json = preview();
        assertThat(json).isEqualTo(exporterSays(TemplateFormat.JSON, false).text());
        @SuppressWarnings("unchecked")
        Map<String, Object> jsonResources = (Map<String, Object>) CfnText.json(json).get("Resources");
        assertThat(jsonResources.keySet()).isEqualTo(yamlResources.keySet());
        assertThat(jsonResources).isEqualTo(yamlResources);

        clickOn("#cfn-copy");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(json);

        Path target = tempDir.resolve("stack");
        dialogs.toExport.add(target);
        clickOn("#cfn-save");
        Path written = tempDir.resolve("stack.json");
        waitUntil(() -> Files.exists(written));
        assertThat(Files.readAllBytes(written)).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
        assertThat(dialogs.exportTypesAsked).extracting(FileDialogs.FileType::extension).containsExactly("json");
        waitUntil(() -> doc().statusProperty().get().contains("stack.json"));

        clickOn("#cfn-yaml");
        waitUntil(() -> preview().equals(yaml));
        clickOn("#cfn-close");
        waitUntil(() -> lookup("#cfn-dialog").tryQuery().isEmpty());
    }

    @Test
    void validationErrorsBlockTheExportUntilExportAnyway() throws Exception {
        openDiagram(ExportFixtures.write(tempDir, "stray.cwd.json", ExportFixtures.DATABASE_OUTSIDE_VPC));
        exportMenu("CloudFormation…");
        waitUntil(() -> showing("#cfn-blocked"));

        @SuppressWarnings("unchecked")
        ListView<String> errors = lookup("#cfn-blocked-list").queryAs(ListView.class);
        assertThat(onFx(() -> errors.getItems().size())).isEqualTo(exporterSays(TemplateFormat.YAML, false).problems().size());
        assertThat(onFx(() -> String.join("\n", errors.getItems()))).contains("Orders DB", "CW-P002");
        assertThat(lookup("#cfn-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(lookup("#cfn-copy").queryAs(Button.class).isDisabled()).isTrue();

        clickOn("#cfn-force");
        waitUntil(() -> showing("#cfn-preview") && !preview().isEmpty());
        String yaml = preview();
        assertThat(yaml).isEqualTo(exporterSays(TemplateFormat.YAML, true).text());
        assertThat(CfnText.yaml(yaml).get("Resources")).asString().contains("AWS::S3::Bucket");
        assertThat(lookup("#cfn-footer").queryLabeled().getText()).contains("despite validation errors");

        Path target = tempDir.resolve("forced.yaml");
        dialogs.toExport.add(target);
        clickOn("#cfn-save");
        waitUntil(() -> Files.exists(target));
        assertThat(Files.readString(target)).isEqualTo(yaml);
    }

    @Test
    void aDiagramInTwoRegionsShowsOneTemplatePerRegion() throws Exception {
        openDiagram(ExportFixtures.write(tempDir, "two.cwd.json", ExportFixtures.TWO_REGIONS));
        exportMenu("CloudFormation…");
        waitUntil(() -> showing("#cfn-preview") && !preview().isEmpty());
        ExportResult expected = exporterSays(TemplateFormat.YAML, false);
        assertThat(expected.templates()).containsOnlyKeys("eu-west-1", "us-east-1");

        @SuppressWarnings("unchecked")
        ComboBox<String> regions = lookup("#cfn-region").queryAs(ComboBox.class);
        assertThat(lookup("#cfn-region-box").query().isVisible()).isTrue();
        assertThat(regions.getItems()).containsExactly("eu-west-1", "us-east-1");
        assertThat(preview()).isEqualTo(expected.templates().get("eu-west-1"));

        clickOn(regions);
        // by keyboard: "us-east-1" is also the text of the main window's Region field
        type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> preview().equals(expected.templates().get("us-east-1")));
        assertThat(preview()).contains("Logs").doesNotContain("Backup:");

        dialogs.toExport.add(tempDir.resolve("east.yaml"));
        clickOn("#cfn-save");
        waitUntil(() -> Files.exists(tempDir.resolve("east.yaml")));
        assertThat(Files.readString(tempDir.resolve("east.yaml"))).isEqualTo(expected.templates().get("us-east-1"));
    }

    @Test
    void aTemplateThatBreaksItsSchemaIsRefusedNamingTheResourceAndProperty() {
        openDiagram(ExportFixtures.write(tempDir, "two.cwd.json", ExportFixtures.TWO_REGIONS));
        CfnExporter strict = StricterSchemas.exporterWithout("AWS::S3::Bucket", "BucketEncryption");
        fx(() -> CfnExportDialog.open(doc(), window.stage(), dialogs, strict::run));
        waitUntil(() -> showing("#cfn-failed"));

        @SuppressWarnings("unchecked")
        ListView<String> problems = lookup("#cfn-failed-list").queryAs(ListView.class);
        String shown = onFx(() -> String.join("\n", problems.getItems()));
        assertThat(shown).contains("Properties.BucketEncryption", "AWS::S3::Bucket");
        assertThat(onFx(() -> problems.getItems().size())).isEqualTo(
                strict.run(diagram().snapshot(), doc().palette(), ExportOptions.defaults()).problems().size());
        assertThat(lookup("#cfn-save").queryAs(Button.class).isDisabled()).isTrue();
    }
}
