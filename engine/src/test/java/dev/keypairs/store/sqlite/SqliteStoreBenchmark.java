package dev.keypairs.store.sqlite;

import dev.keypairs.provider.AlibabaImportKeyPairRequest;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A benchmark, not a test: 15,000 Alibaba ImportKeyPair calls through {@link KeyPairStore} in-process
 * (30 regions × 500, the regions in parallel as apply works them), then a full read of one 500-key region
 * in DescribeKeyPairs pages of 50. Keys and requests are made before the clock starts. It runs twice on
 * fresh files, so the second figure is for a warm JVM; both are printed.
 *
 * <p>Run: {@code ./mvnw -q -B -pl engine -Pbenchmark -DskipTests verify} ({@code store.md}). An optional
 * argument ({@code -Dbenchmark.threads=N}) sets the number of threads; 0, the default, is one per processor.
 */
public final class SqliteStoreBenchmark {

    private static final int REGIONS = 30;
    private static final int PER_REGION = 500;
    private static final int PAGE = 50;

    private SqliteStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requested = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int threads = requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
        List<String> regions = RegionCatalogue.builtIn(Provider.ALIBABA).regions().stream().map(Region::id)
                .limit(REGIONS).toList();
        // Alibaba takes one key under many names: 16 distinct 2048-bit keys serve all 15,000 imports.
        List<String> keys = TestKeys.distinct(1024, 16, 2026);
        List<List<AlibabaImportKeyPairRequest>> requests = new ArrayList<>();
        for (String region : regions) {
            List<AlibabaImportKeyPairRequest> own = new ArrayList<>();
            for (int i = 0; i < PER_REGION; i++) {
                own.add(AlibabaKeyPairRequest.importing(region, String.format(Locale.ROOT, "key-%03d", i),
                        keys.get(i % keys.size()), List.of(), null));
            }
            requests.add(own);
        }
        System.out.printf(Locale.ROOT, "keypairs sqlite store benchmark: %d regions x %d imports, %d threads, %d cores%n",
                regions.size(), PER_REGION, threads, Runtime.getRuntime().availableProcessors());
        Path directory = Files.createTempDirectory("keypairs-benchmark");
        try {
            for (String run : List.of("cold JVM", "warm JVM")) {
                Path file = directory.resolve(run.replace(' ', '-') + ".db");
                try (KeyPairStore store = KeyPairStores.open("sqlite:" + file)) {
                    long imports = importAll(store, requests, threads);
                    System.out.printf(Locale.ROOT, "%s: %,d imports in %,d ms (%,.0f imports/s)%n", run,
                            REGIONS * PER_REGION, imports / 1_000_000, REGIONS * PER_REGION * 1e9 / imports);
                    readRegion(store, regions.get(0));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The nanoseconds it took to import every request, each region's in order, regions in parallel. */
    private static long importAll(KeyPairStore store, List<List<AlibabaImportKeyPairRequest>> requests, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> regions = new ArrayList<>();
            for (List<AlibabaImportKeyPairRequest> region : requests) {
                regions.add(pool.submit(() -> {
                    for (AlibabaImportKeyPairRequest request : region) {
                        store.importKeyPair(request);
                    }
                    return null;
                }));
            }
            for (Future<?> region : regions) {
                region.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdown();
        }
    }

    /** Reads a whole region as the planner does: pages of 50 until the total is read, counting the calls. */
    private static void readRegion(KeyPairStore store, String region) throws Exception {
        long start = System.nanoTime();
        int calls = 0;
        int read = 0;
        DescribeKeyPairsResponse page;
        do {
            page = store.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, region, List.of(), ++calls,
                    PAGE));
            read += page.keyPairs().size();
        } while (read < page.totalCount());
        long elapsed = System.nanoTime() - start;
        if (read != PER_REGION) {
            throw new IllegalStateException("read " + read + " key pairs of " + region + ", expected " + PER_REGION);
        }
        System.out.printf(Locale.ROOT, "  full read of %s: %d key pairs in %d DescribeKeyPairs calls of %d, %.1f ms%n",
                region, read, calls, PAGE, elapsed / 1e6);
    }
}
