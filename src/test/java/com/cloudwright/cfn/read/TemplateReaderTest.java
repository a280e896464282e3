package com.cloudwright.cfn.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateReaderTest {

    private static CfnTemplate read(String yaml) throws TemplateFormatException {
        return TemplateReader.read(yaml.getBytes(StandardCharsets.UTF_8), "stack.yaml");
    }

    @Test
    void aSampleReadsWithItsResourcesInFileOrder() throws Exception {
        CfnTemplate t = Samples.template(Samples.VPC_NAT);
        assertThat(t.resources()).hasSize(26);
        assertThat(t.resources().keySet()).startsWith("VPC", "PublicSubnet0", "PublicSubnet1");
        assertThat(t.resources().get("VPC").type()).isEqualTo("AWS::EC2::VPC");
        assertThat(t.mappings()).containsKey("SubnetConfig");
    }

    @Test
    void notATemplateSaysSoInOneLine() {
        assertThatThrownBy(() -> read("just: a map\n"))
                .hasMessage("stack.yaml: not a CloudFormation template (no \"Resources\" section)");
        assertThatThrownBy(() -> read("- a list\n"))
                .hasMessage("stack.yaml: not a CloudFormation template (no \"Resources\" section)");
        assertThatThrownBy(() -> read("Resources: {}\n")).hasMessage("stack.yaml: Resources: the template has no resources");
        assertThatThrownBy(() -> read("Resources:\n  A:\n    Properties: {}\n"))
                .hasMessage("stack.yaml: Resources.A.Type: the resource has no \"Type\"");
    }

    @Test
    void aDanglingRefNamesWhereItIs() {
        assertThatThrownBy(() -> read("""
                Resources:
                  Subnet:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vcp
                """)).hasMessage("stack.yaml: Resources.Subnet.Properties.VpcId: Ref names 'Vcp', which is neither "
                + "a parameter nor a resource of this template");
        assertThatThrownBy(() -> read("""
                Resources:
                  Q:
                    Type: AWS::SQS::Queue
                Outputs:
                  Arn:
                    Value: !GetAtt Queue.Arn
                """)).hasMessage("stack.yaml: Outputs.Arn.Value: GetAtt names 'Queue', which is not a resource of this template");
        assertThatThrownBy(() -> read("""
                Resources:
                  Q:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: !Sub '${Prefix}-q'
                """)).hasMessageContaining("Ref names 'Prefix'");
    }

    @Test
    void subVariablesOfItsOwnMapAndLiteralsAreNotReferences() throws Exception {
        CfnTemplate t = read("""
                Resources:
                  Q:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: !Sub ['${Name}-${!Literal}-${AWS::Region}-${Q.Arn}', {Name: x}]
                """);
        assertThat(t.resources()).containsKey("Q");
    }

    @Test
    void aCircularDependsOnIsNamed() {
        assertThatThrownBy(() -> read("""
                Resources:
                  A: {Type: AWS::SQS::Queue, DependsOn: B}
                  B: {Type: AWS::SQS::Queue, DependsOn: [C]}
                  C: {Type: AWS::SQS::Queue, DependsOn: A}
                """)).hasMessage("stack.yaml: Resources.A.DependsOn: circular DependsOn: A → B → C → A");
        assertThatThrownBy(() -> read("""
                Resources:
                  A: {Type: AWS::SQS::Queue, DependsOn: Nope}
                """)).hasMessage("stack.yaml: Resources.A.DependsOn: DependsOn names 'Nope', which is not a resource of this template");
    }
}
