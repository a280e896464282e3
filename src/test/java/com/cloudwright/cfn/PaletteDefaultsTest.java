package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a node leaves unset comes from its palette entry's defaults, not from the exporter's code. */
class PaletteDefaultsTest {

    @TempDir
    Path dir;

    @Test
    void changingAPaletteDefaultChangesTheTemplate() throws IOException {
        copyPalettes(dir);
        Path compute = dir.resolve("compute.json");
        String text = Files.readString(compute);
        String instanceType = "\"name\": \"instanceType\", \"type\": \"choice\", \"default\": \"t3.micro\"";
        String volume = "\"name\": \"volumeGb\", \"label\": \"Root volume size\", \"type\": \"integer\", \"default\": 8,";
        assertThat(text).contains(instanceType, volume);
        Files.writeString(compute, text.replace(instanceType, instanceType.replace("t3.micro", "t3.large"))
                .replace(volume, volume.replace("8,", "42,")));
        Palette changed = PaletteLoader.fromDirectory(dir);

        assertThat(instance(Palette.bundled()).get("InstanceType")).isEqualTo("t3.micro");
        Resource instance = instance(changed);
        assertThat(instance.get("InstanceType")).isEqualTo("t3.large");
        assertThat(instance.get("BlockDeviceMappings").toString()).contains("VolumeSize=42");
    }

    @Test
    void aPropertyWithoutPaletteDefaultIsAProgrammingError() {
        Palette palette = Palette.bundled();
        Diagram d = ExportDiagrams.everyService(palette, false);
        Build b = CfnExporter.build(d, palette, ExportOptions.defaults()).get("us-east-1");
        Node ec2 = d.nodesOfType("ec2").get(0);
        assertThat(b.string(ec2, "os")).isEqualTo("amazon-linux-2023");
        assertThatThrownBy(() -> b.string(ec2, "keyName")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no default for keyName");
    }

    private static Resource instance(Palette palette) {
        Diagram d = ExportDiagrams.everyService(palette, false);
        Build b = CfnExporter.build(d, palette, ExportOptions.defaults()).get("us-east-1");
        return b.template.resources().values().stream().filter(r -> r.type().equals("AWS::EC2::Instance"))
                .findFirst().orElseThrow();
    }

    private static void copyPalettes(Path target) throws IOException {
        Path source = Path.of("palettes");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
    }
}
