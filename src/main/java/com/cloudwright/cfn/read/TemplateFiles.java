package com.cloudwright.cfn.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells a CloudFormation template from a Cloudwright diagram by name and content: a
 * {@code .cwd.json} is a diagram; a {@code .yaml}, {@code .yml} or {@code .template} is a
 * template; any other {@code .json} is a diagram when its beginning names the diagram format.
 */
public final class TemplateFiles {

    /** What the diagram format's first lines hold; read from the file's head only. */
    private static final String DIAGRAM_MARK = "cloudwright-diagram";
    private static final int HEAD = 4096;

    private TemplateFiles() {
    }

    public static boolean isTemplate(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".cwd.json")) {
            return false;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".template")) {
            return true;
        }
        if (!name.endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
            return !head.contains(DIAGRAM_MARK);
        } catch (IOException e) {
            return false; // the diagram reader reports the file as it always has
        }
    }
}
