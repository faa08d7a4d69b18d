package dev.keypairs.store;

import dev.keypairs.project.Address;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * Every key pair of a region, read in ceil(N / page size) DescribeKeyPairs calls of the provider's largest
 * page (plan-rules.md): never one call per key pair.
 *
 * @param keyPairs the region's key pairs, ordered by name
 * @param quota how many key pairs the region may hold, where the store knows it
 */
public record RegionListing(List<StoredKeyPair> keyPairs, OptionalInt quota) {

    public RegionListing {
        keyPairs = List.copyOf(keyPairs);
    }

    /** Reads the whole region and its quota, each page in a single call: no pacing, no retry. */
    public static RegionListing read(KeyPairStore store, Provider provider, String regionId, int pageSize)
            throws StoreException {
        return read(StoreCalls.once(), store, provider, regionId, pageSize);
    }

    /** Reads the whole region and its quota, each page through the run's calls (paced, retried). */
    public static RegionListing read(StoreCalls calls, KeyPairStore store, Provider provider, String regionId,
            int pageSize) throws StoreException {
        List<StoredKeyPair> keyPairs = new ArrayList<>();
        int total;
        int page = 1;
        do {
            DescribeKeyPairsRequest request = DescribeKeyPairsRequest.page(provider, regionId, List.of(), page++,
                    pageSize);
            DescribeKeyPairsResponse response = calls.call(provider, regionId, ApiCall.DESCRIBE_KEY_PAIRS,
                    () -> store.describeKeyPairs(request));
            keyPairs.addAll(response.keyPairs());
            total = response.totalCount();
            if (response.keyPairs().isEmpty()) {
                break;
            }
        } while (keyPairs.size() < total);
        return new RegionListing(keyPairs, store.quota(provider, regionId));
    }

    /**
     * Reads these regions, as many at once as the store's {@link KeyPairStore#readConcurrency()} says: a cloud's
     * regions are each a round trip away, and read one after the other 30 of them would add up.
     *
     * @param regions region addresses ({@link Address#regionAddress()})
     * @param pageSize each provider's largest page
     * @return each region's listing, in the order given
     * @throws StoreException the first failure, in the order given; the other reads are abandoned
     */
    public static Map<Address, RegionListing> readAll(StoreCalls calls, KeyPairStore store, List<Address> regions,
            ToIntFunction<Provider> pageSize) throws StoreException {
        Map<Address, RegionListing> listings = new LinkedHashMap<>();
        int threads = Math.min(regions.size(), Math.max(1, store.readConcurrency()));
        if (threads <= 1) {
            for (Address region : regions) {
                listings.put(region, read(calls, store, region.provider(), region.region(),
                        pageSize.applyAsInt(region.provider())));
            }
            return listings;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "keypairs-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<Address, Future<RegionListing>> reads = new LinkedHashMap<>();
            for (Address region : regions) {
                reads.put(region, pool.submit(() -> read(calls, store, region.provider(), region.region(),
                        pageSize.applyAsInt(region.provider()))));
            }
            for (Map.Entry<Address, Future<RegionListing>> read : reads.entrySet()) {
                listings.put(read.getKey(), read.getValue().get());
            }
            return listings;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException("reading a region failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("reading the store was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
