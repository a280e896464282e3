package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The example diagrams shipped inside the application (the build copies the project's examples/
 * folder onto the class path), so that a new user can open them from the app without the sources.
 * They are read from the class path, never from disk, and a diagram read from here has no file:
 * the app shows it as an untitled copy.
 */
public final class BundledExamples {

    /** Where the build puts them on the class path. */
    static final String FOLDER = "/examples/";

    /** In the order the README presents them; ExamplesTest checks this against the folder. */
    private static final List<String> FILES = List.of(
            "01-under-1000-users.cwd.json",
            "02-over-1000-users.cwd.json",
            "03-over-10000-users.cwd.json",
            "04-over-100000-users.cwd.json",
            "05-highly-available-lamp.cwd.json",
            "06-sqs-lambda-dead-letter-queue.cwd.json",
            "07-sns-fan-out.cwd.json",
            "08-s3-events-eventbridge.cwd.json",
            "09-blocking-an-ip-lines-of-defence.cwd.json",
            "10-ec2-high-availability-elastic-ip.cwd.json",
            "11-hpc-cluster.cwd.json",
            "12-caching-at-every-layer.cwd.json");

    private BundledExamples() {
    }

    /** The examples' file names, in order. */
    public static List<String> files() {
        return FILES;
    }

    /** Reads one bundled example; a missing or broken resource is a build fault, so it is thrown unchecked. */
    public static Diagram read(Palette palette, String file) {
        try (InputStream in = BundledExamples.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("example " + file + " is not on the class path");
            }
            return new DiagramReader(palette).read(in.readAllBytes(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DiagramFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
