package com.cloudwright.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void remembersChoicesAcrossInstances() throws Exception {
        Settings settings = new Settings(dir.resolve("sub/settings.json"));
        assertThat(settings.get("language")).isEmpty();
        settings.put("language", "ko");
        settings.put("other", "x");
        settings.put("language", "en");
        Settings again = new Settings(dir.resolve("sub/settings.json"));
        assertThat(again.get("language")).contains("en");
        assertThat(again.get("other")).contains("x");
        assertThat(Files.exists(AtomicFile.backupOf(dir.resolve("sub/settings.json")))).isFalse();
    }

    @Test
    void aDamagedFileReadsAsNothingChosenAndIsRepairedByTheNextSave() throws Exception {
        Path file = dir.resolve("settings.json");
        for (String damaged : new String[] {"{\"language\": ", "[1, 2]", "", "null", "{\"language\": 3}"}) {
            Files.writeString(file, damaged);
            Settings settings = new Settings(file);
            assertThat(settings.get("language")).as(damaged).isEmpty();
            settings.put("language", "ko");
            assertThat(new Settings(file).get("language")).as(damaged).contains("ko");
        }
    }

    @Test
    void recentFilesKeepSettingsBesideThem() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent-files.json"));
        assertThat(recent.settings().store()).isEqualTo(dir.resolve("settings.json"));
    }
}
