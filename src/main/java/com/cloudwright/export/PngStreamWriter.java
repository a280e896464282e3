package com.cloudwright.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a PNG row by row, so a picture far larger than memory can be encoded a band at a time
 * (ImageIO's writer needs the whole image). 8-bit RGBA, or RGB when the picture is opaque; each
 * row gets the filter with the smallest sum of absolute values (the usual PNG heuristic); the
 * compressed stream goes out in IDAT chunks of at most 256 KiB. Not thread-safe.
 */
final class PngStreamWriter implements AutoCloseable {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int CHUNK = 256 * 1024;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final boolean alpha;
    private final int bpp;
    private final Deflater deflater = new Deflater(6);
    private final byte[] deflated = new byte[CHUNK];
    private final byte[] idat = new byte[CHUNK];
    private int idatLength;
    private byte[] previous;
    private byte[] current;
    private final byte[] filtered;
    private int rowsWritten;

    PngStreamWriter(OutputStream out, int width, int height, boolean alpha, double pixelsPerMetre) throws IOException {
        this.out = out;
        this.width = width;
        this.height = height;
        this.alpha = alpha;
        this.bpp = alpha ? 4 : 3;
        int rowBytes = Math.multiplyExact(width, bpp);
        previous = new byte[rowBytes];
        current = new byte[rowBytes];
        filtered = new byte[rowBytes + 1];
        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8;
        ihdr[9] = (byte) (alpha ? 6 : 2);
        chunk("IHDR", ihdr, ihdr.length);
        if (pixelsPerMetre > 0) {
            byte[] phys = new byte[9];
            int ppm = (int) Math.round(pixelsPerMetre);
            putInt(phys, 0, ppm);
            putInt(phys, 4, ppm);
            phys[8] = 1;
            chunk("pHYs", phys, phys.length);
        }
    }

    /** Appends {@code rows} rows of ARGB pixels, {@code stride} ints apart, starting at {@code offset}. */
    void writeRows(int[] argb, int offset, int stride, int rows) throws IOException {
        if (rowsWritten + rows > height) {
            throw new IllegalStateException("more rows than the image has");
        }
        for (int r = 0; r < rows; r++) {
            int base = offset + r * stride;
            int k = 0;
            for (int x = 0; x < width; x++) {
                int p = argb[base + x];
                int a = p >>> 24;
                if (alpha) {
                    // BufferedImage TYPE_INT_ARGB is not premultiplied: store as is.
                    current[k++] = (byte) (p >> 16);
                    current[k++] = (byte) (p >> 8);
                    current[k++] = (byte) p;
                    current[k++] = (byte) a;
                } else {
                    current[k++] = (byte) (p >> 16);
                    current[k++] = (byte) (p >> 8);
                    current[k++] = (byte) p;
                }
            }
            byte[] filtered = filter();
            deflater.setInput(filtered, 0, filtered.length);
            drain(false);
            byte[] t = previous;
            previous = current;
            current = t;
            rowsWritten++;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (rowsWritten != height) {
                throw new IllegalStateException("wrote " + rowsWritten + " of " + height + " rows");
            }
            deflater.finish();
            drain(true);
            flushIdat();
            chunk("IEND", new byte[0], 0);
            out.flush();
        } finally {
            deflater.end();
        }
    }

    /**
     * Picks the filter (None, Sub, Up, Average, Paeth) with the smallest sum of absolute values,
     * scoring all five in one pass and writing only the winner. A row equal to the one above (most
     * rows of a diagram's flat areas) is Up: all zeros.
     */
    private byte[] filter() {
        byte[] row = filtered;
        if (Arrays.equals(current, previous)) {
            Arrays.fill(row, (byte) 0);
            row[0] = 2;
            return row;
        }
        int n = current.length;
        long sNone = 0;
        long sSub = 0;
        long sUp = 0;
        long sAvg = 0;
        long sPaeth = 0;
        for (int i = 0; i < n; i++) {
            int x = current[i] & 0xFF;
            int a = i >= bpp ? current[i - bpp] & 0xFF : 0;
            int b = previous[i] & 0xFF;
            int c = i >= bpp ? previous[i - bpp] & 0xFF : 0;
            sNone += Math.abs((int) (byte) x);
            sSub += Math.abs((int) (byte) (x - a));
            sUp += Math.abs((int) (byte) (x - b));
            sAvg += Math.abs((int) (byte) (x - ((a + b) >>> 1)));
            sPaeth += Math.abs((int) (byte) (x - paeth(a, b, c)));
        }
        int type = 0;
        long min = sNone;
        if (sSub < min) {
            type = 1;
            min = sSub;
        }
        if (sUp < min) {
            type = 2;
            min = sUp;
        }
        if (sAvg < min) {
            type = 3;
            min = sAvg;
        }
        if (sPaeth < min) {
            type = 4;
        }
        row[0] = (byte) type;
        for (int i = 0; i < n; i++) {
            int x = current[i] & 0xFF;
            int a = i >= bpp ? current[i - bpp] & 0xFF : 0;
            int b = previous[i] & 0xFF;
            int predicted = switch (type) {
                case 0 -> 0;
                case 1 -> a;
                case 2 -> b;
                case 3 -> (a + b) >>> 1;
                default -> paeth(a, b, i >= bpp ? previous[i - bpp] & 0xFF : 0);
            };
            row[i + 1] = (byte) (x - predicted);
        }
        return row;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private void drain(boolean finishing) throws IOException {
        while (finishing ? !deflater.finished() : !deflater.needsInput()) {
            int n = deflater.deflate(deflated, 0, deflated.length, Deflater.NO_FLUSH);
            int pos = 0;
            while (pos < n) {
                int take = Math.min(n - pos, idat.length - idatLength);
                System.arraycopy(deflated, pos, idat, idatLength, take);
                idatLength += take;
                pos += take;
                if (idatLength == idat.length) {
                    flushIdat();
                }
            }
        }
    }

    private void flushIdat() throws IOException {
        if (idatLength > 0) {
            chunk("IDAT", idat, idatLength);
            idatLength = 0;
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(typeBytes, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        out.write(head);
        out.write(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
