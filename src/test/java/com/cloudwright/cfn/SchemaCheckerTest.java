package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker against resources broken on purpose, each in one way. */
class SchemaCheckerTest {

    private static final SchemaChecker CHECKER = SchemaChecker.bundled();

    /** A small valid template: a VPC, a subnet in it, a queue, a parameter. */
    private static Template valid() {
        Template t = new Template("test");
        t.parameter(Template.Parameter.of("Zone", "String", "a zone", "us-east-1a"));
        t.add(new Resource("Vpc", "AWS::EC2::VPC", null)).set("CidrBlock", "10.0.0.0/16");
        t.add(new Resource("Subnet", "AWS::EC2::Subnet", null))
                .set("VpcId", Fn.ref("Vpc"))
                .set("CidrBlock", "10.0.1.0/24")
                .set("AvailabilityZone", Fn.ref("Zone"));
        t.add(new Resource("Queue", "AWS::SQS::Queue", null)).set("VisibilityTimeout", 30);
        t.add(new Resource("Group", "AWS::EC2::SecurityGroup", null))
                .set("GroupDescription", "test")
                .set("VpcId", Fn.ref("Vpc"));
        t.output("QueueArn", null, Fn.getAtt("Queue", "Arn"));
        return t;
    }

    @Test
    void aValidTemplatePasses() {
        assertThat(CHECKER.check(valid())).isEmpty();
    }

    static Stream<Arguments> brokenResources() {
        return Stream.of(
                broken("unknown property", t -> t.resource("Queue").set("VisibilityTimeOut", 30),
                        "Queue", "Properties.VisibilityTimeOut", "is not a property of AWS::SQS::Queue"),
                broken("missing required property", t -> t.resource("Group").set("GroupDescription", null),
                        "Group", "Properties", "required property 'GroupDescription' is missing"),
                broken("value outside its enum", t -> t.resource("Vpc").set("InstanceTenancy", "shared"),
                        "Vpc", "Properties.InstanceTenancy", "'shared' is not one of"),
                broken("wrong type", t -> t.resource("Queue").set("VisibilityTimeout", "thirty"),
                        "Queue", "Properties.VisibilityTimeout", "must be an integer"),
                broken("number out of range", t -> t.resource("Queue").set("DelaySeconds", 901),
                        "Queue", "Properties.DelaySeconds", "above the maximum"),
                broken("nested object with an unknown key", t -> t.resource("Group").set("SecurityGroupIngress",
                                Json.list(Json.obj("IpProtocol", "tcp", "Port", 22))),
                        "Group", "Properties.SecurityGroupIngress[0].Port", "is not a property of this object"),
                broken("nested object missing a required key ($ref)", t -> t.resource("Group").set("SecurityGroupIngress",
                                Json.list(Json.obj("FromPort", 443, "ToPort", 443))),
                        "Group", "Properties.SecurityGroupIngress[0]", "required property 'IpProtocol' is missing"),
                broken("cfn-lint requiredOr", t -> t.resource("Subnet").set("CidrBlock", null),
                        "Subnet", "Properties", "needs at least one of"),
                broken("read-only property set", t -> t.resource("Queue").set("Arn", "arn:aws:sqs:x"),
                        "Queue", "Properties.Arn", "is read-only"),
                broken("dangling Ref", t -> t.resource("Subnet").set("VpcId", Fn.ref("Nowhere")),
                        "Subnet", "Properties.VpcId", "Ref 'Nowhere' names no resource"),
                broken("GetAtt of a missing resource", t -> t.output("Missing", null, Fn.getAtt("Nowhere", "Arn")),
                        "Outputs.Missing", "Value", "GetAtt 'Nowhere.Arn' names no resource"),
                broken("GetAtt of an attribute the type lacks", t -> t.resource("Group").set("VpcId",
                                Fn.getAtt("Vpc", "CidrBlock")),
                        "Group", "Properties.VpcId", "AWS::EC2::VPC has no attribute 'CidrBlock'"),
                broken("Sub naming nothing", t -> t.resource("Group").set("GroupDescription", Fn.sub("${Missing}-x")),
                        "Group", "Properties.GroupDescription", "Sub ${Missing} names no resource"),
                broken("Sub with a bad attribute", t -> t.resource("Group").set("GroupDescription",
                                Fn.sub("${Queue.Name}")),
                        "Group", "Properties.GroupDescription", "AWS::SQS::Queue has no attribute 'Name'"),
                broken("DependsOn nothing", t -> t.resource("Queue").dependsOn("Ghost"),
                        "Queue", "DependsOn", "names 'Ghost'"),
                broken("unknown type", t -> t.add(new Resource("Thing", "AWS::Made::Up", null)),
                        "Thing", "", "no schema is bundled for this type"),
                broken("circular references", t -> {
                            t.resource("Queue").set("RedrivePolicy", Json.obj("deadLetterTargetArn",
                                    Fn.getAtt("Dlq", "Arn"), "maxReceiveCount", 3));
                            t.add(new Resource("Dlq", "AWS::SQS::Queue", null)).set("RedrivePolicy",
                                    Json.obj("deadLetterTargetArn", Fn.getAtt("Queue", "Arn"), "maxReceiveCount", 3));
                        },
                        "Dlq", "", "circular dependency"),
                broken("pattern", t -> t.add(new Resource("Asg", "AWS::AutoScaling::AutoScalingGroup", null))
                                .set("MinSize", "two").set("MaxSize", "4")
                                .set("LaunchTemplate", Json.obj("LaunchTemplateId", "lt-1", "Version", "1")),
                        "Asg", "Properties.MinSize", "does not match the pattern"),
                broken("cfn-lint requiredXor", t -> t.add(new Resource("Asg", "AWS::AutoScaling::AutoScalingGroup", null))
                                .set("MinSize", "1").set("MaxSize", "4"),
                        "Asg", "Properties", "needs exactly one of"));
    }

    private static Arguments broken(String name, Consumer<Template> breakIt, String resource, String path,
                                    String message) {
        return Arguments.of(name, breakIt, resource, path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenResources")
    void namesTheResourceAndTheProperty(String name, Consumer<Template> breakIt, String resource, String path,
                                        String message) {
        Template t = valid();
        breakIt.accept(t);
        List<SchemaProblem> problems = CHECKER.check(t);
        assertThat(problems).as(name).anySatisfy(p -> {
            assertThat(p.resource()).isEqualTo(resource);
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void aParameterDefaultMustMatchItsPattern() {
        Template t = valid();
        t.parameter(new Template.Parameter("Ip", "String", "an address", "not-an-ip", "(\\d{1,3}\\.){3}\\d{1,3}",
                List.of(), "an IPv4 address"));
        assertThat(CHECKER.check(t)).singleElement().satisfies(p -> {
            assertThat(p.resource()).isEqualTo("Parameters.Ip");
            assertThat(p.path()).isEqualTo("Default");
        });
    }

    @Test
    void intrinsicsStandForAnyValue() {
        Template t = valid();
        t.resource("Queue").set("VisibilityTimeout", Fn.ref("Zone")).set("DelaySeconds", Fn.select(0, Fn.azs()));
        t.resource("Group").set("SecurityGroupIngress", Fn.ref("Zone"));
        assertThat(CHECKER.check(t)).isEmpty();
    }

    @Test
    void pseudoParametersAreKnown() {
        Template t = valid();
        t.resource("Group").set("GroupDescription", Fn.sub("${AWS::StackName} in ${AWS::Region} ${!Literal}"));
        assertThat(CHECKER.check(t)).isEmpty();
    }

    @Test
    void theExporterRefusesAndNamesTheProblem() {
        SchemaChecker strict = new SchemaChecker(type -> type.equals("AWS::SQS::Queue") ? null
                : SchemaChecker.bundled().schema(type).orElse(null));
        var diagram = new com.cloudwright.model.Diagram("q", "us-east-1", java.util.Map.of(),
                List.of(ExportDiagrams.node("jobs", "sqs", null, 0, 0, 64, 64, com.cloudwright.model.Props.EMPTY)),
                List.of());
        ExportResult r = new CfnExporter(DiagramCheck.NONE, strict)
                .run(diagram, com.cloudwright.palette.Palette.bundled(), ExportOptions.defaults());
        assertThat(r.status()).isEqualTo(ExportResult.Status.FAILED);
        assertThat(r.templates()).isEmpty();
        // the queue itself, and its TLS-only policy, whose GetAtt of the queue cannot be checked either
        assertThat(r.problems()).hasSize(2).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ExportProblem.Kind.SCHEMA));
        assertThat(r.problems().get(0)).satisfies(p -> {
            assertThat(p.subject()).isEqualTo("Jobs");
            assertThat(p.toString()).contains("Jobs", "AWS::SQS::Queue", "no schema is bundled");
        });
        assertThat(r.problems().get(1).subject()).isEqualTo("JobsPolicy");
    }
}
