package org.wirecheck.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap use of this JVM while a workload runs: the sum of the heap pools' peak use (an upper bound: the pools may
 * peak at different moments, and with a roomy -Xmx the collector lets garbage pile up before it runs), and the
 * largest heap left after any collection (what the program really kept at that moment, garbage of the old
 * generation included until a mixed or full collection reclaims it).
 */
final class HeapWatch {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong gcMillis = new AtomicLong();
    private final AtomicLong gcCount = new AtomicLong();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) n.getUserData());
                    long used = 0;
                    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (heapPoolNames.contains(e.getKey())) {
                            used += e.getValue().getUsed();
                        }
                    }
                    maxAfterGc.accumulateAndGet(used, Math::max);
                    gcMillis.addAndGet(info.getGcInfo().getDuration());
                    gcCount.incrementAndGet();
                }, null, null);
            }
        }
    }

    /** Starts a new measurement: pool peaks reset to the current use, counters to zero. */
    void reset() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(0);
        gcMillis.set(0);
        gcCount.set(0);
    }

    /** Sum of the heap pools' peak use since {@link #reset()}, in bytes. */
    long peakUsed() {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools) {
            MemoryUsage u = p.getPeakUsage();
            sum += u == null ? 0 : u.getUsed();
        }
        return sum;
    }

    /** Largest heap use right after a collection since {@link #reset()}, in bytes (0 when none ran). */
    long maxAfterGc() {
        return maxAfterGc.get();
    }

    long gcMillis() {
        return gcMillis.get();
    }

    long gcCount() {
        return gcCount.get();
    }

    static long heapUsedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time of this whole JVM so far (all threads: the engine's, its parallel workers, GC and JIT), in ns. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }
}
