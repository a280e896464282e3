package com.cloudwright.cfn.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResolverTest {

    private static final String TEMPLATE = """
            Parameters:
              Env: {Type: String, Default: dev, AllowedValues: [dev, prod]}
              VpcCidr: {Type: String, Default: 10.1.0.0/16}
              Size: {Type: Number}
              Zones: {Type: CommaDelimitedList, Default: 'x, y'}
            Mappings:
              Sizes:
                dev: {Instance: t3.micro}
                prod: {Instance: m5.large}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              NotProd: !Not [!Condition IsProd]
              Both: !And [!Condition IsProd, !Equals [a, a]]
              Unknown: !Equals [!Ref Size, '3']
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: !Ref VpcCidr
                  Type: !FindInMap [Sizes, !Ref Env, Instance]
                  Zone: !Select [1, !GetAZs '']
                  Second: !Select [1, !Cidr [!Ref VpcCidr, 4, 8]]
                  Named: !Sub '${Env}-${AWS::Region}-vpc'
                  Joined: !Join ['-', [a, !Ref Env]]
                  Split: !Split [',', 'p,q']
                  Chosen: !If [IsProd, big, small]
                  Dropped: !If [NotProd, !Ref AWS::NoValue, kept]
                  Account: !Sub '${AWS::AccountId}-logs'
                  Shared: !ImportValue NetworkStack-Vpc
                  Self: !Ref Vpc
                  Att: !GetAtt Vpc.CidrBlock
                  Picked: !Select [1, !Ref Zones]
                  Size: !Ref Size
              OnlyInProd:
                Type: AWS::SQS::Queue
                Condition: IsProd
              Maybe:
                Type: AWS::SQS::Queue
                Condition: Unknown
            """;

    private static Resolver resolver(Map<String, String> overrides) throws TemplateFormatException {
        CfnTemplate t = TemplateReader.read(TEMPLATE.getBytes(StandardCharsets.UTF_8), "t.yaml");
        return new Resolver(t, overrides, "eu-west-1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> vpc(Resolver r, CfnTemplate t) {
        return (Map<String, Object>) r.resolve(t.resources().get("Vpc").properties());
    }

    @Test
    void defaultsMappingsAndTheIntrinsicsResolve() throws Exception {
        CfnTemplate t = TemplateReader.read(TEMPLATE.getBytes(StandardCharsets.UTF_8), "t.yaml");
        Map<String, Object> p = vpc(new Resolver(t, Map.of(), "eu-west-1"), t);
        assertThat(p).containsEntry("CidrBlock", "10.1.0.0/16")
                .containsEntry("Type", "t3.micro")
                .containsEntry("Zone", "eu-west-1b")
                .containsEntry("Second", "10.1.1.0/24")
                .containsEntry("Named", "dev-eu-west-1-vpc")
                .containsEntry("Joined", "a-dev")
                .containsEntry("Split", List.of("p", "q"))
                .containsEntry("Chosen", "small")
                .containsEntry("Self", new Reference.Ref("Vpc"))
                .containsEntry("Att", new Reference.Att("Vpc", "CidrBlock"))
                .containsEntry("Picked", "y")
                .doesNotContainKey("Dropped");
    }

    @Test
    void overridesWinOverDefaults() throws Exception {
        CfnTemplate t = TemplateReader.read(TEMPLATE.getBytes(StandardCharsets.UTF_8), "t.yaml");
        Resolver r = new Resolver(t, Map.of("Env", "prod", "VpcCidr", "172.16.0.0/12"), "eu-west-1");
        Map<String, Object> p = vpc(r, t);
        assertThat(p).containsEntry("Type", "m5.large").containsEntry("Chosen", "big").containsEntry("Dropped", "kept")
                .containsEntry("Second", "172.16.1.0/24").containsEntry("Named", "prod-eu-west-1-vpc");
        assertThat(r.condition("Both")).contains(true);
        assertThat(r.creates(t.resources().get("OnlyInProd"))).isTrue();
    }

    @Test
    void whatCannotBeKnownStaysTheExpressionAsWritten() throws Exception {
        CfnTemplate t = TemplateReader.read(TEMPLATE.getBytes(StandardCharsets.UTF_8), "t.yaml");
        Resolver r = new Resolver(t, Map.of(), "eu-west-1");
        Map<String, Object> p = vpc(r, t);
        assertThat(Expressions.show(p.get("Account"))).isEqualTo("!Sub ${AWS::AccountId}-logs");
        assertThat(Expressions.show(p.get("Shared"))).isEqualTo("!ImportValue NetworkStack-Vpc");
        assertThat(Expressions.show(p.get("Size"))).isEqualTo("!Ref Size");
        assertThat(r.condition("Unknown")).isEmpty();
        assertThat(r.creates(t.resources().get("Maybe"))).as("an unknown condition keeps the resource").isTrue();
        assertThat(r.creates(t.resources().get("OnlyInProd"))).isFalse();
    }
}
