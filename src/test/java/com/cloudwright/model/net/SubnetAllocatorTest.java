package com.cloudwright.model.net;

import com.cloudwright.cfn.CfnExporter;
import com.cloudwright.cfn.ExportOptions;
import com.cloudwright.model.Diagram;
import com.cloudwright.validate.Fixture;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SubnetAllocatorTest {

    @ParameterizedTest(name = "a {0} VPC gets /{1} subnets")
    @CsvSource(delimiter = '|', textBlock = """
            10.0.0.0/8    | 24
            10.0.0.0/16   | 24
            10.0.0.0/21   | 24
            10.0.0.0/22   | 24
            10.0.0.0/23   | 25
            10.0.0.0/24   | 26
            10.0.0.0/26   | 28
            10.0.0.0/28   | 28
            not-a-block   | 24
            """)
    void subnetsAreSlash24WhileTheVpcHoldsFourElseAQuarter(String vpc, int prefix) {
        assertThat(SubnetAllocator.defaultPrefix(vpc)).isEqualTo(prefix);
    }

    @ParameterizedTest(name = "{0} with {1} used → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10.0.0.0/21   | -                                       | 10.0.1.0/24
            10.0.0.0/21   | 10.0.1.0/24 10.0.2.0/24                 | 10.0.3.0/24
            10.0.0.0/21   | 10.0.7.0/24                             | 10.0.0.0/24
            10.0.0.0/23   | 10.0.0.128/25                           | 10.0.1.0/25
            10.0.0.0/16   | 10.0.1.0/24 10.0.2.0/24                 | 10.0.3.0/24
            10.0.0.0/16   | -                                       | 10.0.1.0/24
            10.0.0.0/16   | 10.0.0.0/24                             | 10.0.1.0/24
            10.0.0.0/16   | 10.0.255.0/24                           | 10.0.0.0/24
            10.0.0.0/16   | 10.0.254.0/24 10.0.255.0/24 10.0.0.0/24 | 10.0.1.0/24
            10.0.0.0/16   | 10.0.1.0/24 10.0.0.0/20                 | 10.0.16.0/24
            10.0.0.0/16   | 10.0.3.0/24 not-a-cidr 192.168.0.0/24   | 10.0.4.0/24
            172.31.0.0/16 | 172.31.0.0/20 172.31.16.0/20            | 172.31.32.0/24
            10.0.0.0/24   | -                                       | 10.0.0.64/26
            10.0.0.0/24   | 10.0.0.0/26 10.0.0.64/26                | 10.0.0.128/26
            10.0.0.0/28   | -                                       | 10.0.0.0/28
            10.0.0.5/16   | 10.0.1.0/24                             | 10.0.2.0/24
            """)
    void proposesAfterTheHighestBlockInUse(String vpc, String used, String expected) {
        List<String> blocks = used.equals("-") ? List.of() : Arrays.asList(used.split(" "));
        assertThat(SubnetAllocator.next(vpc, blocks).cidr()).contains(expected);
    }

    @Test
    void aFullVpcOrABadBlockIsSaidSo() {
        CidrProposal full = SubnetAllocator.next("10.0.0.0/24", List.of("10.0.0.0/25", "10.0.0.128/26", "10.0.0.192/26"));
        assertThat(full.cidr()).isEmpty();
        assertThat(full.problem()).contains("The VPC 10.0.0.0/24 has no free /26 block left: its subnets use every address");
        assertThat(SubnetAllocator.next("10.0.0.0/16", List.of("10.0.0.0/16")).problem())
                .contains("The VPC 10.0.0.0/16 has no free /24 block left: its subnets use every address");
        assertThat(SubnetAllocator.next("10.0.0/16", List.of()).problem())
                .contains("The VPC has no valid IPv4 CIDR block ('10.0.0/16'): set one like 10.0.0.0/16 first");
        assertThat(SubnetAllocator.next(null, List.of()).problem()).isPresent();
        assertThat(SubnetAllocator.next("10.0.0.0/16", List.of(), 12).problem()).contains("A /12 block does not fit in the VPC 10.0.0.0/16");
    }

    @Test
    void aFullVpcHasNoNextBlock() {
        Cidr vpc = Cidr.parse("10.0.0.0/24");
        assertThat(SubnetAllocator.next(vpc, List.of(Cidr.parse("10.0.0.0/24")), 26)).isEmpty();
        assertThat(SubnetAllocator.next(vpc, List.of(), 23)).isEmpty();
        assertThat(SubnetAllocator.next(Cidr.parse("2001:db8::/56"), List.of(), 64)).isEmpty();
    }

    /** The editor, the validator's quick fix and the CloudFormation export hand out the same block. */
    @Test
    void editorQuickFixAndExportAgree() {
        Fixture fixture = Fixture.web().set("vpc", "cidr", "10.0.0.0/21")
                .set("pub-a", "cidr", "10.0.1.0/24").set("pub-b", "cidr", "10.0.2.0/24")
                .set("app-a", "cidr", "10.0.3.0/24").set("app-b", "cidr", null);
        Diagram d = fixture.build();

        String editor = SubnetAllocator.next("10.0.0.0/21", SubnetAllocator.usedIn(d, "vpc", "app-b")).cidr().orElseThrow();

        Validator validator = new Validator(Fixture.palette());
        Problem noBlock = validator.validate(d).problems().stream()
                .filter(p -> p.node().filter("app-b"::equals).isPresent() && p.ruleId().equals("CW-N008")).findFirst().orElseThrow();
        QuickFix fix = validator.quickFixes(d, noBlock).get(0);
        d.history().execute(fix.command());
        String quickFix = d.requireNode("app-b").props().string("cidr").orElseThrow();
        d.history().undo();

        String template = CfnExporter.export(d, Fixture.palette(), ExportOptions.defaults().withForce(true)).templates()
                .values().iterator().next();
        Matcher note = Pattern.compile("Subnet app-b has no CIDR in the drawing; the template gives it ([0-9./]+)\\.")
                .matcher(template);
        assertThat(note.find()).as("export note").isTrue();
        String exported = note.group(1);
        // The subnet's block is a stack parameter whose default is the CIDR the note names.
        assertThat(template).contains("CidrBlock: !Ref AppBCidr")
                .containsPattern("AppBCidr:\\n\\s+Type: String\\n\\s+Default: " + Pattern.quote(exported) + "\\n");

        assertThat(editor).isEqualTo("10.0.4.0/24");
        assertThat(quickFix).isEqualTo(editor);
        assertThat(exported).isEqualTo(editor);
    }
}
