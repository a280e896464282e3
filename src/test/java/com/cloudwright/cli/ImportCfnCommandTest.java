package com.cloudwright.cli;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCfnCommandTest {

    @TempDir
    Path dir;

    private Path sample(String name, String as) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/com/cloudwright/cfn/read/aws-samples/" + name)) {
            Path file = dir.resolve(as);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private Path vpcSample() throws IOException {
        return sample("VPC_VPC_With_Managed_NAT_And_Private_Subnet.yaml", "vpc.yaml");
    }

    @Test
    void importWritesALaidOutDiagram() throws Exception {
        Path out = dir.resolve("vpc.cwd.json");
        CliBadInputTest.Run r = CliBadInputTest.run("import", "cfn", vpcSample().toString(), "-o", out.toString(),
                "--region", "eu-west-1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + out).contains("nodes");
        Diagram d = new DiagramReader(Palette.bundled()).read(out);
        assertThat(d.region()).isEqualTo("eu-west-1");
        assertThat(d.requireNode("PublicSubnet0").parent()).isEqualTo("VPC-az-a");
    }

    @Test
    void aTemplateCloudwrightExportedComesBackAsDrawn() throws Exception {
        Path template = dir.resolve("lamp.yaml");
        Path example = Path.of("examples/05-highly-available-lamp.cwd.json");
        CliBadInputTest.Run exported = CliBadInputTest.run("export", "cfn", example.toString(), "-o", template.toString(),
                "--force");
        assertThat(exported.code()).as(exported.err()).isZero();
        Path out = dir.resolve("lamp.cwd.json");
        CliBadInputTest.Run r = CliBadInputTest.run("import", "cfn", template.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("its drawing is restored as it was");
        Diagram drawn = new DiagramReader(Palette.bundled()).read(example);
        Diagram back = new DiagramReader(Palette.bundled()).read(out);
        assertThat(back.name()).isEqualTo(drawn.name());
        drawn.nodes().forEach(n -> assertThat(back.requireNode(n.id()).bounds()).as(n.id()).isEqualTo(n.bounds()));

        Files.writeString(template, Files.readString(template).replace("\nResources:\n",
                "\nResources:\n  AddedLater:\n    Type: AWS::SQS::Queue\n"));
        CliBadInputTest.Run edited = CliBadInputTest.run("import", "cfn", template.toString(), "-o", out.toString());
        assertThat(edited.code()).as(edited.err()).isZero();
        assertThat(edited.err()).contains("(Resources.AddedLater was added or removed since the export); laid out afresh");
    }

    @Test
    void parametersOverrideDefaults() throws Exception {
        Path template = sample("RDS_RDS_MySQL_With_Read_Replica.yaml", "db.yaml");
        CliBadInputTest.Run r = CliBadInputTest.run("import", "cfn", template.toString(), "--param",
                "DBInstanceClass=db.m5.large", "--param", "EnableReadReplica=false");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"instanceClass\": \"db.m5.large\"").doesNotContain("readReplicas");
    }

    @Test
    void anUnknownParameterIsBadInput() throws Exception {
        CliBadInputTest.Run r = CliBadInputTest.run("import", "cfn", vpcSample().toString(), "--param", "Nope=1");
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("cloudwright: " + dir.resolve("vpc.yaml")
                + ": Parameters: the template has no parameter 'Nope'");
    }

    @Test
    void badTemplatesExitTwoWithOneLine() throws Exception {
        Path dangling = Files.writeString(dir.resolve("d.yaml"), "Resources:\n  S:\n    Type: AWS::EC2::Subnet\n"
                + "    Properties:\n      VpcId: !Ref Missing\n");
        CliBadInputTest.Run r = CliBadInputTest.run("import", "cfn", dangling.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains(dangling.toString())
                .contains("Resources.S.Properties.VpcId").contains("'Missing'").doesNotContain("Exception");
        Path deep = Files.writeString(dir.resolve("deep.yaml"), "Resources: " + "[".repeat(1000) + "]".repeat(1000));
        r = CliBadInputTest.run("validate", deep.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("cloudwright: " + deep + ": line 1, column 75: nested more than 64 levels deep");
    }

    @Test
    void validateCostAndPicturesTakeATemplateDirectly() throws Exception {
        Path template = vpcSample();
        CliBadInputTest.Run validate = CliBadInputTest.run("validate", template.toString(), "--format", "json");
        assertThat(validate.code()).as(validate.err()).isIn(0, Cli.EXIT_PROBLEMS);
        assertThat(validate.out()).startsWith("{\"problems\":");
        CliBadInputTest.Run cost = CliBadInputTest.run("cost", template.toString(), "--offline", "--format", "json");
        assertThat(cost.code()).as(cost.err()).isZero();
        assertThat(cost.out()).contains("\"node\" : \"NATGateway0\"");
        Path svg = dir.resolve("vpc.svg");
        CliBadInputTest.Run picture = CliBadInputTest.run("export", "svg", template.toString(), "-o", svg.toString());
        assertThat(picture.code()).as(picture.err()).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("</svg>");
    }

    @Test
    void aJsonTemplateIsToldFromADiagramByItsContent() throws Exception {
        Path template = sample("VPC_VPC_With_Managed_NAT_And_Private_Subnet.json", "stack.json");
        CliBadInputTest.Run r = CliBadInputTest.run("validate", template.toString());
        assertThat(r.code()).as(r.err()).isIn(0, Cli.EXIT_PROBLEMS);
        assertThat(r.err()).doesNotContain("not a Cloudwright diagram");
    }
}
