package com.cloudwright.palette;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.testing.TestPalettes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaletteLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsEntriesWithTheirProperties() {
        Palette p = TestPalettes.small();
        PaletteEntry rds = p.require("rds");
        assertThat(rds.kind()).isEqualTo(EntryKind.SERVICE);
        assertThat(rds.placement()).isEqualTo(Placement.SUBNET);
        assertThat(rds.multiSubnet()).isTrue();
        assertThat(rds.property("engine").orElseThrow().values()).containsExactly("mysql", "postgres");
        assertThat(p.categories()).containsExactly("Groups", "Compute", "Database");
        assertThat(p.iconUrl(rds)).isPresent();
    }

    @Test
    void portsFollowProperties() {
        Palette p = TestPalettes.small();
        Node mysql = new Node("db", "rds", null, new Bounds(0, 0, 1, 1), Props.EMPTY);
        assertThat(p.portOf(mysql)).contains(3306);
        assertThat(p.portOf(mysql.withProp("engine", "postgres"))).contains(5432);
        assertThat(p.portOf(new Node("c", "elasticache", null, new Bounds(0, 0, 1, 1), Props.EMPTY))).contains(6379);
    }

    @Test
    void connectionTargetsByIdAndCategory() {
        Palette p = TestPalettes.small();
        assertThat(p.require("ec2").mayCall(p.require("elasticache"))).isTrue();
        assertThat(p.require("rds").mayCall(p.require("ec2"))).isFalse();
        assertThat(p.require("elasticache").mayCall(p.require("ec2"))).isTrue();
    }

    @Test
    void searchFindsByNameAliasAndInitials() {
        Palette p = TestPalettes.small();
        assertThat(p.search("redis")).extracting(PaletteEntry::id).first().isEqualTo("elasticache");
        assertThat(p.search("rds")).extracting(PaletteEntry::id).first().isEqualTo("rds");
        assertThat(p.search("asg")).extracting(PaletteEntry::id).first().isEqualTo("auto-scaling-group");
        assertThat(p.search("availability")).extracting(PaletteEntry::id).containsExactly("availability-zone");
        assertThat(p.search("zzzz")).isEmpty();
    }

    @Test
    void aliasPresetsSetPropertiesForWhatWasTyped() {
        PaletteEntry subnet = Palette.bundled().require("subnet");
        assertThat(subnet.presetFor("public subnet")).containsEntry("public", true);
        assertThat(subnet.presetFor("Public Sub")).as("any case, the start of the alias").containsEntry("public", true);
        assertThat(subnet.presetFor("pri")).containsEntry("public", false);
        assertThat(subnet.presetFor("퍼블릭 서브넷")).containsEntry("public", true);
        assertThat(subnet.presetFor("subnet")).as("no preset alias").isEmpty();
        assertThat(subnet.presetFor("pu")).as("too short to tell").isEmpty();
        assertThat(Palette.bundled().require("vpc").presetFor("public subnet")).isEmpty();
    }

    @Test
    void refusesPresetsForUnknownAliasesOrProperties() throws IOException {
        Files.writeString(dir.resolve("index.json"), "{\"files\": [\"a.json\"]}");
        String entry = "{\"entries\": [{\"id\": \"x\", \"label\": \"X\", \"category\": \"C\", \"kind\": \"container\","
                + " \"placement\": \"container\", \"aliases\": [\"open x\"], \"properties\": [{\"name\": \"open\", \"type\": \"boolean\"}],"
                + " \"presets\": %s}]}";
        Files.writeString(dir.resolve("a.json"), entry.formatted("{\"closed x\": {\"open\": false}}"));
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir))
                .hasMessageContaining("entries[0] (x).presets.closed x: not one of the entry's aliases");
        Files.writeString(dir.resolve("a.json"), entry.formatted("{\"open x\": {\"wide\": true}}"));
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir))
                .hasMessageContaining("entries[0] (x).presets.open x: the entry has no property \"wide\"");
        Files.writeString(dir.resolve("a.json"), entry.formatted("{\"open x\": {\"open\": true}}"));
        assertThat(PaletteLoader.fromDirectory(dir).require("x").presetFor("open")).containsEntry("open", true);
    }

    @Test
    void refusesBrokenDataNamingFileAndEntry() throws IOException {
        Files.writeString(dir.resolve("index.json"), "{\"files\": [\"a.json\"]}");
        Files.writeString(dir.resolve("a.json"), "{\"entries\": [{\"id\": \"x\", \"label\": \"X\", \"category\": \"C\","
                + " \"kind\": \"service\", \"placement\": \"subnet\", \"colour\": \"red\"}]}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir))
                .hasMessageContaining("palettes/a.json: entries[0] (x): unknown field \"colour\"");

        Files.writeString(dir.resolve("a.json"), "{\"entries\": [{\"id\": \"x\", \"label\": \"X\", \"category\": \"C\","
                + " \"kind\": \"service\", \"placement\": \"nowhere\"}]}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).hasMessageContaining("'nowhere' is not one of");

        Files.writeString(dir.resolve("a.json"), "{\"entries\": [{\"id\": \"x\", \"label\": \"X\", \"category\": \"C\","
                + " \"kind\": \"service\", \"placement\": \"subnet\"}, {\"id\": \"x\", \"label\": \"Y\", \"category\": \"C\","
                + " \"kind\": \"service\", \"placement\": \"subnet\"}]}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).hasMessageContaining("'x' is declared twice");
    }
}
