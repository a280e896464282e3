package com.cloudwright.cost.offers;

import com.cloudwright.cost.Cancellation;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Streams a synthetic offer file of {@code args[0]} products through the reader and prints what it
 * took: bytes, products read and kept, milliseconds, and the heap used at its highest (sampled as
 * the products go by). Run in a JVM of its own with a small heap by {@link LargeOfferFileTest}.
 */
public final class LargeOfferFileRun {

    private LargeOfferFileRun() {
    }

    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[0]);
        SyntheticOfferFile in = new SyntheticOfferFile(count);
        long[] peak = {0};
        Runtime rt = Runtime.getRuntime();
        long start = System.nanoTime();
        OfferExtract x = new OfferFileReader(new ObjectMapper()).read(in,
                new ProductSelector("ap-northeast-2", List.of(OfferFileReaderTest.natHours())),
                n -> peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory()), Cancellation.none());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long poolPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("bytes=" + in.produced() + " products=" + x.productsSeen() + " kept=" + x.products().size()
                + " millis=" + millis + " sampledPeakHeap=" + peak[0] + " poolPeakHeap=" + poolPeak
                + " maxHeap=" + rt.maxMemory());
    }
}
