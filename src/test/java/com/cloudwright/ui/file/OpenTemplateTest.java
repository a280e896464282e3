package com.cloudwright.ui.file;

import com.cloudwright.model.Diagram;
import com.cloudwright.testing.AwsSamples;
import com.cloudwright.ui.shell.AppTestBase;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Open on a CloudFormation template: imported as an untitled diagram; a bad one leaves the document. */
class OpenTemplateTest extends AppTestBase {

    @Test
    void aTemplateOpensAsAnUntitledLaidOutDiagram() throws Exception {
        Path template = AwsSamples.copy(AwsSamples.VPC_NAT, tempDir, "vpc.yaml");
        dialogs.toOpen.add(template);
        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#parameters-dialog").tryQuery().isPresent());
        assertThat(lookup("#param-VPCName").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("VPC Public and Private with NAT");
        clickOn("Draw");
        waitUntil(() -> diagram().node("NATGateway0").isPresent());
        assertThat(diagram().requireNode("NATGateway0").parent()).isEqualTo("PublicSubnet0");
        assertThat(doc().file()).as("saving must not overwrite the template").isNull();
    }

    @Test
    void theParametersDialogChangesWhatIsDrawn() throws Exception {
        Path template = AwsSamples.copy(AwsSamples.RDS_REPLICA, tempDir, "db.yaml");
        dialogs.toOpen.add(template);
        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#parameters-dialog").tryQuery().isPresent());
        javafx.scene.control.TextField type = lookup("#param-DBInstanceClass").queryAs(javafx.scene.control.TextField.class);
        assertThat(type.getText()).isEqualTo("db.t3.medium");
        doubleClickOn(type).eraseText(type.getText().length()).write("db.m5.large");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> replica = lookup("#param-EnableReadReplica").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(replica.getValue()).isEqualTo("true");
        fx(() -> replica.setValue("false"));
        clickOn("Draw");
        waitUntil(() -> diagram().nodes().stream().anyMatch(n -> n.type().equals("rds")));
        var db = diagram().nodes().stream().filter(n -> n.type().equals("rds")).findFirst().orElseThrow();
        assertThat(db.props().asMap()).containsEntry("instanceClass", "db.m5.large").doesNotContainKey("readReplicas");
    }

    @Test
    void cancellingTheParametersKeepsTheDocument() throws Exception {
        Path template = AwsSamples.copy(AwsSamples.RDS_REPLICA, tempDir, "db.yaml");
        Diagram before = diagram();
        dialogs.toOpen.add(template);
        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#parameters-dialog").tryQuery().isPresent());
        clickOn("Cancel");
        waitUntil(() -> doc().statusProperty().get().contains("parameters were cancelled"));
        assertThat(diagram()).isSameAs(before);
    }

    @Test
    void aTemplateCloudwrightExportedOpensAsItWasDrawn() throws Exception {
        Diagram drawn = new com.cloudwright.io.DiagramReader(doc().palette())
                .read(Path.of("examples/05-highly-available-lamp.cwd.json"));
        String yaml = com.cloudwright.cfn.CfnExporter.export(drawn, doc().palette(),
                com.cloudwright.cfn.ExportOptions.defaults().withForce(true)).text();
        Path template = Files.writeString(tempDir.resolve("lamp.yaml"), yaml);
        dialogs.toOpen.add(template);
        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> diagram().nodeCount() == drawn.nodeCount());
        for (var n : drawn.nodes()) {
            assertThat(diagram().requireNode(n.id()).bounds()).as(n.id()).isEqualTo(n.bounds());
        }
        assertThat(diagram().edgeCount()).isEqualTo(drawn.edgeCount());
        waitUntil(() -> doc().statusProperty().get().contains("as it was drawn"));
        assertThat(doc().statusProperty().get()).contains("lamp.yaml");
    }

    @Test
    void aBadTemplateShowsWhereAndKeepsTheDocument() throws Exception {
        fx(() -> window.gestures().addAt(doc().palette().require("ec2"), 100, 100));
        Diagram before = diagram();
        Path bad = Files.writeString(tempDir.resolve("bad.yaml"), "Resources:\n  S:\n    Type: AWS::EC2::Subnet\n"
                + "    Properties:\n      VpcId: !Ref Missing\n");
        dialogs.toOpen.add(bad);
        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#unsaved-dialog").tryQuery().isPresent());
        clickOn("Don't Save");
        waitUntil(() -> lookup("#error-dialog").tryQuery().isPresent());
        DialogPane pane = lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("bad.yaml").contains("Resources.S.Properties.VpcId")
                .contains("'Missing'");
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        assertThat(diagram()).isSameAs(before);
        assertThat(diagram().nodeCount()).isEqualTo(1);
    }
}
