package com.cloudwright.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Cloudwright keeps its own files: settings (recent files) and data (autosave recovery),
 * in the platform's usual places (XDG on Linux). The system property {@code cloudwright.home}
 * puts everything under one folder instead (tests, portable installs).
 */
public final class AppDirs {

    private static final String APP = "cloudwright";

    private AppDirs() {
    }

    public static Path config() {
        return base("config", "XDG_CONFIG_HOME", ".config");
    }

    public static Path data() {
        return base("data", "XDG_DATA_HOME", ".local/share");
    }

    public static Path cache() {
        return base("cache", "XDG_CACHE_HOME", ".cache");
    }

    private static Path base(String kind, String xdgVariable, String xdgDefault) {
        String home = System.getProperty("cloudwright.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home, kind);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path user = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv(kind.equals("config") ? "APPDATA" : "LOCALAPPDATA");
            Path root = appData != null ? Path.of(appData) : user.resolve("AppData/Local");
            return root.resolve("Cloudwright").resolve(kind);
        }
        if (os.contains("mac")) {
            Path library = user.resolve("Library");
            return switch (kind) {
                case "cache" -> library.resolve("Caches/Cloudwright");
                case "config" -> library.resolve("Preferences/Cloudwright");
                default -> library.resolve("Application Support/Cloudwright");
            };
        }
        String xdg = System.getenv(xdgVariable);
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : user.resolve(xdgDefault);
        return root.resolve(APP);
    }
}
