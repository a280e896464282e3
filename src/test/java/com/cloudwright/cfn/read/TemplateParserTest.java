package com.cloudwright.cfn.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateParserTest {

    private static Object yaml(String text) throws TemplateFormatException {
        return TemplateParser.parse(text.getBytes(StandardCharsets.UTF_8), "t.yaml");
    }

    @Test
    void shortFormTagsBecomeTheirLongForms() throws Exception {
        Object tree = yaml("""
                A: !Ref Vpc
                B: !GetAtt Db.Endpoint.Address
                C: !Select [0, !GetAZs '']
                D: !Sub '${AWS::StackName}-x'
                E: !If [IsProd, !Ref AWS::NoValue, 1]
                F: !Cidr [!GetAtt Vpc.CidrBlock, 6, 8]
                G: !Equals [!Ref Env, prod]
                H: !Not [!Condition IsProd]
                I: !FindInMap [M, !Ref AWS::Region, Ami]
                J: !Join ['', [a, b]]
                K: !Base64 text
                L: !Split [',', 'a,b']
                M: !ImportValue Shared
                N: !And [!Condition A, !Or [!Condition B, !Condition C]]
                O: 2010-09-09
                """);
        assertThat(tree).isEqualTo(Map.ofEntries(
                Map.entry("A", Map.of("Ref", "Vpc")),
                Map.entry("B", Map.of("Fn::GetAtt", List.of("Db", "Endpoint.Address"))),
                Map.entry("C", Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", "")))),
                Map.entry("D", Map.of("Fn::Sub", "${AWS::StackName}-x")),
                Map.entry("E", Map.of("Fn::If", List.of("IsProd", Map.of("Ref", "AWS::NoValue"), 1))),
                Map.entry("F", Map.of("Fn::Cidr", List.of(Map.of("Fn::GetAtt", List.of("Vpc", "CidrBlock")), 6, 8))),
                Map.entry("G", Map.of("Fn::Equals", List.of(Map.of("Ref", "Env"), "prod"))),
                Map.entry("H", Map.of("Fn::Not", List.of(Map.of("Condition", "IsProd")))),
                Map.entry("I", Map.of("Fn::FindInMap", List.of("M", Map.of("Ref", "AWS::Region"), "Ami"))),
                Map.entry("J", Map.of("Fn::Join", List.of("", List.of("a", "b")))),
                Map.entry("K", Map.of("Fn::Base64", "text")),
                Map.entry("L", Map.of("Fn::Split", List.of(",", "a,b"))),
                Map.entry("M", Map.of("Fn::ImportValue", "Shared")),
                Map.entry("N", Map.of("Fn::And", List.of(Map.of("Condition", "A"),
                        Map.of("Fn::Or", List.of(Map.of("Condition", "B"), Map.of("Condition", "C")))))),
                Map.entry("O", "2010-09-09")));
    }

    @Test
    void yamlAndJsonOfTheSameTemplateGiveTheSameResources() throws Exception {
        CfnTemplate fromYaml = Samples.template(Samples.VPC_NAT);
        CfnTemplate fromJson = Samples.template(Samples.VPC_NAT_JSON);
        assertThat(fromYaml.resources().keySet()).containsExactlyElementsOf(fromJson.resources().keySet());
        fromYaml.resources().forEach((id, r) -> assertThat(fromJson.resources().get(id).type()).isEqualTo(r.type()));
        assertThat(fromYaml.resources().get("PublicRoute").properties())
                .isEqualTo(fromJson.resources().get("PublicRoute").properties());
    }

    @Test
    void aBillionLaughsIsRefusedAtTheFirstAliasOfAList() {
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertThatThrownBy(() -> yaml(bomb.toString()))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessage("t.yaml: line 2, column 8: YAML aliases of lists and maps are not allowed "
                        + "(CloudFormation refuses them too)");
    }

    @Test
    void aThousandLevelsOfYamlNestingAreRefusedWithTheirPlace() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertThatThrownBy(() -> yaml("Resources: " + deep))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessage("t.yaml: line 1, column 75: nested more than 64 levels deep");
    }

    @Test
    void aThousandLevelsOfJsonNestingAreRefusedWithTheirPlace() {
        String deep = "{\"Resources\": " + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThatThrownBy(() -> TemplateParser.parse(deep.getBytes(StandardCharsets.UTF_8), "t.json"))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessage("t.json: line 1, column 78: nested more than 64 levels deep");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> TemplateParser.parse(big))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessage(big + ": the file is 52,428,801 bytes; templates larger than 50,000,000 bytes are not read");
    }

    @Test
    void brokenSyntaxNamesLineAndColumn() {
        assertThatThrownBy(() -> yaml("Resources:\n  A: [1, 2\n"))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessageStartingWith("t.yaml: line 3, column 1: not valid YAML: ");
        assertThatThrownBy(() -> TemplateParser.parse("{\"Resources\": {".getBytes(StandardCharsets.UTF_8), "t.json"))
                .hasMessageStartingWith("t.json: line 1, column ")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void duplicateKeysAndUnknownTagsAreRefused() {
        assertThatThrownBy(() -> yaml("A: 1\nA: 2\n")).hasMessageContaining("line 2, column 1").hasMessageContaining("duplicate key A");
        assertThatThrownBy(() -> yaml("A: !Rain::Embed x\n")).hasMessageContaining("line 1, column 4");
    }

    @Test
    void emptyAndMissingFilesSaySo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("e.yaml"), "  \n");
        assertThatThrownBy(() -> TemplateParser.parse(empty)).hasMessage(empty + ": the file is empty");
        assertThatThrownBy(() -> TemplateParser.parse(dir.resolve("none.yaml"))).hasMessage(dir.resolve("none.yaml") + ": no such file");
    }
}
