package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class YamlWriterTest {

    private static Template sample() {
        Template t = new Template("demo");
        t.parameter(Template.Parameter.of("Ami", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "AMI",
                "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"));
        t.add(new Resource("Subnet", "AWS::EC2::Subnet", "s"))
                .set("VpcId", Fn.ref("Vpc"))
                .set("CidrBlock", "10.0.1.0/24")
                .set("AvailabilityZone", Fn.select(1, Fn.azs()))
                .set("Tags", Json.nameTag(Fn.sub("${AWS::StackName}-subnet")))
                .set("Tricky", Json.list("yes", "on", "2012-10-17", "80", "1.5", "null", "a: b", "#x", "line 1\nline 2\n",
                        "-", "- x", "x #y", "'q'", "\"dq\"", "tab\tin", "trailing ", " leading", "*", "&a", "!b", "%",
                        "@", "`", "{a}", "[a]", "a,b", "Yes", "~", "0x1F", "1e3", "1_000", "12:30", "-.inf", ".NaN", "=",
                        "<<", "웹 서버", "bell\u0007", "no end", "  indented\ncode\n", "two\n\n", "keep", "",
                        "a:b", "key:", "x: ", Json.obj("k: v", 1, "Fn::Sub", "x"), Json.list(), Json.empty(),
                        true, 5, 2.5, Fn.getAtt("Db", "Endpoint.Address"), Fn.join("", List.of("a", Fn.ref("B"))),
                        Fn.base64(Fn.sub("echo ${Vpc}")), new Fn.Sub("${X}-${Y}", Map.of("X", Fn.ref("Y"), "Y", "z"))))
                .keep("Snapshot");
        t.output("Out", "an output", Fn.getAtt("Lb", "DNSName"));
        return t;
    }

    @Test
    void writesShortFormIntrinsicsAsEngineersDo() {
        String yaml = CfnExporter.write(sample(), TemplateFormat.YAML);
        assertThat(yaml)
                .startsWith("AWSTemplateFormatVersion: '2010-09-09'\n")
                .contains("      VpcId: !Ref Vpc\n")
                .contains("      AvailabilityZone: !Select [1, !GetAZs '']\n")
                .contains("          Value: !Sub ${AWS::StackName}-subnet\n")
                .contains("- !GetAtt Db.Endpoint.Address")
                .contains("- !Join ['', [a, !Ref B]]")
                .contains("- Fn::Base64: !Sub echo ${Vpc}")
                .contains("- !Sub\n          - ${X}-${Y}\n          - X: !Ref Y\n")
                .contains("    DeletionPolicy: Snapshot\n    UpdateReplacePolicy: Snapshot\n")
                .doesNotContain("Ref:")
                .doesNotContain("\r");
    }

    @Test
    void quotesStringsYamlWouldReadAsSomethingElse() {
        String yaml = CfnExporter.write(sample(), TemplateFormat.YAML);
        assertThat(yaml).contains("- 'yes'", "- 'on'", "- '2012-10-17'", "- '80'", "- '1.5'", "- 'null'", "- 'a: b'",
                "- '#x'", "- true", "- 5", "- 2.5");
    }

    @Test
    void yamlReadsBackAsTheSameTemplateAsTheJson() throws Exception {
        Template t = sample();
        Map<String, Object> fromYaml = CfnYaml.load(CfnExporter.write(t, TemplateFormat.YAML));
        @SuppressWarnings("unchecked")
        Map<String, Object> fromJson = new ObjectMapper().readValue(CfnExporter.write(t, TemplateFormat.JSON), Map.class);
        ObjectMapper m = new ObjectMapper();
        JsonNode yamlTree = m.valueToTree(fromYaml);
        JsonNode jsonTree = m.valueToTree(fromJson);
        assertThat(yamlTree).isEqualTo(jsonTree);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"three-tier", "serverless", "two-regions", "invalid"})
    void everyFixturesYamlAndJsonAreTheSameTemplate(String fixture) throws Exception {
        var diagram = Fixtures.diagram(fixture);
        var palette = com.cloudwright.palette.Palette.bundled();
        CfnExporter exporter = new CfnExporter(DiagramCheck.NONE);
        var yaml = exporter.run(diagram, palette, ExportOptions.defaults().withForce(true)).templates();
        var json = exporter.run(diagram, palette, ExportOptions.defaults().withForce(true)
                .withFormat(TemplateFormat.JSON)).templates();
        assertThat(yaml.keySet()).isEqualTo(json.keySet());
        ObjectMapper m = new ObjectMapper();
        for (String region : yaml.keySet()) {
            JsonNode fromYaml = m.valueToTree(CfnYaml.load(yaml.get(region)));
            JsonNode fromJson = m.readTree(json.get(region));
            assertThat(fromYaml).as(region).isEqualTo(fromJson);
        }
    }

    @Test
    void jsonUsesTheLongFormAndUnixLineEnds() {
        String json = CfnExporter.write(sample(), TemplateFormat.JSON);
        assertThat(json).contains("\"VpcId\": {\n          \"Ref\": \"Vpc\"\n        }")
                .contains("\"Fn::GetAZs\": \"\"")
                .contains("\"Fn::GetAtt\": [\n")
                .endsWith("}\n")
                .doesNotContain("\r");
    }

    @Test
    void keysAreSortedWhateverTheOrderTheyWereSetIn() {
        Template a = new Template("x");
        a.add(new Resource("R", "AWS::SQS::Queue", null)).set("B", 1).set("A", Json.obj("z", 1, "y", 2));
        Template b = new Template("x");
        b.add(new Resource("R", "AWS::SQS::Queue", null)).set("A", Json.obj("y", 2, "z", 1)).set("B", 1);
        assertThat(CfnExporter.write(a, TemplateFormat.YAML)).isEqualTo(CfnExporter.write(b, TemplateFormat.YAML));
    }
}
