package com.cloudwright.cost.offers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An EC2-shaped offer file of any size, made as it is read (never held whole): {@code count}
 * Seoul products of about 1.3 KB each with a Reserved and an on-demand term, one of them in 50,000 a
 * NAT gateway hour that a price key wants.
 */
public final class SyntheticOfferFile extends InputStream {

    private final long count;
    private long next;
    private int phase;
    private byte[] chunk = new byte[0];
    private int pos;
    private long produced;

    public SyntheticOfferFile(long count) {
        this.count = count;
    }

    public static byte[] bytes(long count) {
        try (SyntheticOfferFile in = new SyntheticOfferFile(count)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The products a selector for NAT gateway hours keeps. */
    public static long natProducts(long count) {
        return (count + 49_999) / 50_000;
    }

    public long produced() {
        return produced;
    }

    static String sku(long i) {
        String digits = Long.toString(i);
        return "SKU" + "0000000000000".substring(digits.length()) + digits;
    }

    private byte[] nextChunk() {
        StringBuilder sb = new StringBuilder(2048);
        switch (phase) {
            case 0 -> {
                sb.append("{\n  \"formatVersion\" : \"v1.0\",\n  \"offerCode\" : \"AmazonEC2\",\n  \"version\" : \"20260925190432\",\n")
                        .append("  \"publicationDate\" : \"2026-09-25T19:04:32Z\",\n  \"products\" : {\n");
                phase = 1;
            }
            case 1 -> {
                if (next == count) {
                    sb.append("\n  },\n  \"terms\" : {\n    \"OnDemand\" : {\n");
                    phase = 2;
                    next = 0;
                    break;
                }
                boolean nat = next % 50_000 == 0;
                String s = sku(next);
                sb.append(next == 0 ? "" : ",\n").append("    \"").append(s).append("\" : {\n      \"sku\" : \"")
                        .append(s).append("\",\n      \"productFamily\" : \"").append(nat ? "NAT Gateway" : "Compute Instance")
                        .append("\",\n      \"attributes\" : {\n");
                String[][] attrs = nat
                        ? new String[][] {{"usagetype", "APN2-NatGateway-Hours"}, {"operation", "NatGateway"},
                                          {"group", "NGW:NatGateway"}}
                        : new String[][] {{"instanceType", "m5." + (next % 97) + "xlarge"}, {"operatingSystem", "Linux"},
                                          {"tenancy", "Shared"}, {"usagetype", "APN2-BoxUsage:m5." + (next % 97) + "xlarge"},
                                          {"operation", "RunInstances"}, {"physicalProcessor", "Intel Xeon Platinum 8175"},
                                          {"memory", "8 GiB"}, {"vcpu", "2"}, {"networkPerformance", "Up to 10 Gigabit"},
                                          {"processorFeatures", "Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo"}};
                for (String[] a : attrs) {
                    sb.append("        \"").append(a[0]).append("\" : \"").append(a[1]).append("\",\n");
                }
                sb.append("        \"servicecode\" : \"AmazonEC2\",\n        \"location\" : \"Asia Pacific (Seoul)\",\n")
                        .append("        \"locationType\" : \"AWS Region\",\n        \"regionCode\" : \"ap-northeast-2\"\n      }\n    }");
                next++;
            }
            case 2 -> {
                if (next == count) {
                    sb.append("\n    },\n    \"Reserved\" : { }\n  }\n}\n");
                    phase = 3;
                    break;
                }
                String s = sku(next);
                sb.append(next == 0 ? "" : ",\n").append("      \"").append(s).append("\" : {\n        \"").append(s)
                        .append(".JRTCKXETXF\" : {\n          \"offerTermCode\" : \"JRTCKXETXF\",\n          \"sku\" : \"").append(s)
                        .append("\",\n          \"priceDimensions\" : {\n            \"").append(s)
                        .append(".JRTCKXETXF.6YS6EN2CT7\" : {\n              \"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n")
                        .append("              \"unit\" : \"Hrs\",\n              \"pricePerUnit\" : { \"USD\" : \"0.0590000000\" }\n")
                        .append("            }\n          }\n        }\n      }");
                next++;
            }
            default -> {
                return null;
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        while (pos == chunk.length) {
            byte[] c = nextChunk();
            if (c == null) {
                return -1;
            }
            chunk = c;
            pos = 0;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        produced += n;
        return n;
    }
}
