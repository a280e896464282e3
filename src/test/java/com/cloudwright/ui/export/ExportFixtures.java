package com.cloudwright.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small diagrams for the export dialog tests, written as files and opened as a user would. */
final class ExportFixtures {

    private static final String HEAD = "{\"format\": \"cloudwright-diagram\", \"version\": 1, ";

    /** Two buckets, each in its own Region: two templates. No validation errors. */
    static final String TWO_REGIONS = HEAD + "\"name\": \"Two regions\", \"region\": \"us-east-1\", \"nodes\": [\n"
            + "{\"id\": \"r1\", \"type\": \"region\", \"x\": 0, \"y\": 0, \"w\": 400, \"h\": 300, \"props\": {\"region\": \"us-east-1\"}},\n"
            + "{\"id\": \"logs\", \"type\": \"s3\", \"parent\": \"r1\", \"label\": \"Logs\", \"x\": 100, \"y\": 100, \"w\": 48, \"h\": 48},\n"
            + "{\"id\": \"r2\", \"type\": \"region\", \"x\": 500, \"y\": 0, \"w\": 400, \"h\": 300, \"props\": {\"region\": \"eu-west-1\"}},\n"
            + "{\"id\": \"backup\", \"type\": \"s3\", \"parent\": \"r2\", \"label\": \"Backup\", \"x\": 600, \"y\": 100, \"w\": 48, \"h\": 48}\n"
            + "]}\n";

    /** A database drawn outside any VPC (error CW-P002) next to a bucket. */
    static final String DATABASE_OUTSIDE_VPC = HEAD + "\"name\": \"Stray database\", \"region\": \"us-east-1\", \"nodes\": [\n"
            + "{\"id\": \"r1\", \"type\": \"region\", \"x\": 0, \"y\": 0, \"w\": 800, \"h\": 600, \"props\": {\"region\": \"us-east-1\"}},\n"
            + "{\"id\": \"db\", \"type\": \"rds\", \"parent\": \"r1\", \"label\": \"Orders DB\", \"x\": 100, \"y\": 100, \"w\": 48, \"h\": 48},\n"
            + "{\"id\": \"logs\", \"type\": \"s3\", \"parent\": \"r1\", \"label\": \"Logs\", \"x\": 300, \"y\": 100, \"w\": 48, \"h\": 48}\n"
            + "]}\n";

    /** A Region of {@code w} × {@code h} units filled with EC2 instances 200 units apart: a long export at 4×. */
    static String bigRegion(int w, int h) {
        StringBuilder s = new StringBuilder(HEAD + "\"name\": \"Big\", \"region\": \"us-east-1\", \"nodes\": [\n");
        s.append("{\"id\": \"r1\", \"type\": \"region\", \"x\": 0, \"y\": 0, \"w\": ").append(w)
                .append(", \"h\": ").append(h).append(", \"props\": {\"region\": \"us-east-1\"}}");
        for (int x = 100; x + 100 < w; x += 200) {
            for (int y = 100; y + 100 < h; y += 200) {
                s.append(",\n{\"id\": \"i").append(x).append('-').append(y)
                        .append("\", \"type\": \"s3\", \"parent\": \"r1\", \"label\": \"Bucket ").append(x).append('-').append(y)
                        .append("\", \"x\": ").append(x).append(", \"y\": ").append(y).append(", \"w\": 48, \"h\": 48}");
            }
        }
        return s.append("\n]}\n").toString();
    }

    private ExportFixtures() {
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
