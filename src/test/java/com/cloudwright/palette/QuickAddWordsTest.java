package com.cloudwright.palette;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What quick add offers for what is typed, and the label it keeps. */
class QuickAddWordsTest {

    private static final Palette PALETTE = Palette.bundled();

    @Test
    void whatIsNamedComesFirstAndScatteredLettersAreNotOfferedBesideIt() {
        assertThat(PALETTE.search("region")).first().extracting(PaletteEntry::id).isEqualTo("region");
        assertThat(PALETTE.search("region")).extracting(PaletteEntry::id).doesNotContain("clb");
        assertThat(PALETTE.search("vpc")).first().extracting(PaletteEntry::id).isEqualTo("vpc");
        assertThat(PALETTE.search("vpc")).extracting(PaletteEntry::id).doesNotContain("managed-flink");
        assertThat(PALETTE.search("alb")).first().extracting(PaletteEntry::id).isEqualTo("alb");
        assertThat(PALETTE.search("alb")).extracting(PaletteEntry::id).doesNotContain("availability-zone");
        assertThat(PALETTE.search("asg")).extracting(PaletteEntry::id).as("initials still find it")
                .contains("auto-scaling-group");
    }

    @Test
    void aServiceFoundByWhatItIsForKeepsThatAsItsLabel() {
        PaletteEntry ec2 = PALETTE.search("web server").get(0);
        assertThat(ec2.id()).isEqualTo("ec2");
        assertThat(ec2.labelFor("web server")).contains("Web server");
        assertThat(ec2.labelFor("ec2")).as("a name is no label").isEmpty();
        assertThat(PALETTE.require("alb").labelFor("load balancer")).as("part of its name").isEmpty();
        assertThat(PALETTE.require("internet-gateway").labelFor("igw")).isEmpty();
        assertThat(PALETTE.require("subnet").labelFor("public subnet")).as("a preset, and a container").isEmpty();
        assertThat(PALETTE.require("region").labelFor("main region")).as("containers title themselves").isEmpty();
    }
}
