package com.cloudwright.export;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Diagrams and pixel helpers for the export tests. */
final class Pictures {

    static final Palette PALETTE = Palette.bundled();

    private Pictures() {
    }

    /** {@code src/test/resources/export/small-web.cwd.json}: content spans (12, 40)–(1120, 700). */
    static Diagram smallWeb() {
        try (InputStream in = Pictures.class.getResourceAsStream("/export/small-web.cwd.json")) {
            return new DiagramReader(PALETTE).read(in.readAllBytes(), "small-web.cwd.json");
        } catch (IOException | com.cloudwright.io.DiagramFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A region of {@code w} × {@code h} units at the origin holding a grid of VPCs, each with two
     * subnets, an EC2 instance, an RDS database and an edge between them; no label reaches outside.
     */
    static Diagram grid(double w, double h) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(new Node("r", "region", null, new Bounds(0, 0, w, h), Props.of("region", "us-east-1")));
        int cols = (int) ((w - 40) / 300);
        int rows = (int) ((h - 60) / 340);
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < rows; j++) {
                String k = i + "-" + j;
                double x = 30 + i * 300;
                double y = 50 + j * 340;
                nodes.add(new Node("vpc" + k, "vpc", "r", "VPC " + k, new Bounds(x, y, 280, 320), Props.of("cidr", "10.0.0.0/16"), Map.of()));
                nodes.add(new Node("pub" + k, "subnet", "vpc" + k, new Bounds(x + 10, y + 40, 260, 120), Props.of("public", true)));
                nodes.add(new Node("priv" + k, "subnet", "vpc" + k, new Bounds(x + 10, y + 180, 260, 130), Props.of("public", false)));
                nodes.add(new Node("ec2" + k, "ec2", "pub" + k, "Web " + k, new Bounds(x + 40, y + 70, 48, 48), Props.EMPTY, Map.of()));
                nodes.add(new Node("db" + k, "rds", "priv" + k, "Database " + k, new Bounds(x + 180, y + 220, 48, 48), Props.EMPTY, Map.of()));
                edges.add(new Edge("e" + k, "ec2" + k, "db" + k, "3306", List.of(), Props.EMPTY, Map.of()));
            }
        }
        return new Diagram("grid", "us-east-1", Map.of(), nodes, edges);
    }

    static int rgb(BufferedImage img, double px, double py) {
        return img.getRGB((int) px, (int) py) & 0xFFFFFF;
    }

    static int alpha(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) >>> 24;
    }

    /** Whether two RGB colours differ by at most {@code tolerance} in every channel. */
    static boolean near(int rgb, int expected, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xFF) - ((expected >> shift) & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Pixels in the rectangle whose colour is within the tolerance of {@code expected}. */
    static int count(BufferedImage img, int x0, int y0, int w, int h, int expected, int tolerance) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (alpha(img, x, y) > 200 && near(img.getRGB(x, y), expected, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Opaque pixels darker than {@code maxLuma} (0–255) in the rectangle. */
    static int dark(BufferedImage img, int x0, int y0, int w, int h, int maxLuma) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = img.getRGB(x, y);
                int luma = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
                if ((p >>> 24) > 200 && luma < maxLuma) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Mean absolute difference per channel (0–255) of two same-sized images composited on white. */
    static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = onWhite(a.getRGB(x, y));
                int q = onWhite(b.getRGB(x, y));
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    static int onWhite(int argb) {
        int a = argb >>> 24;
        int r = (((argb >> 16) & 0xFF) * a + 255 * (255 - a)) / 255;
        int g = (((argb >> 8) & 0xFF) * a + 255 * (255 - a)) / 255;
        int b = ((argb & 0xFF) * a + 255 * (255 - a)) / 255;
        return (r << 16) | (g << 8) | b;
    }
}
