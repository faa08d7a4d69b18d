package dev.keypairs.emulator;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import dev.keypairs.emulator.alibaba.AlibabaEcsApi;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.emulator.fault.FaultRulesJson;
import dev.keypairs.emulator.http.ProviderRouting;
import dev.keypairs.emulator.tencent.TencentCvmApi;
import dev.keypairs.emulator.tencent.TencentTagApi;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A benchmark, not a test (emulator.md, performance.md): requests a second the emulator serves to N concurrent
 * official-SDK clients, for DescribeKeyPairs of a 50-key page and for ImportKeyPair, on the embedded SQLite
 * store; then, for one client, how a request's time divides between the emulator and the rest.
 *
 * <p>{@code ./mvnw -q -B -pl emulator -Pbenchmark -DskipTests verify} (arguments: client counts, seconds each, and a
 * file of fault rules every emulator of the run serves under, {@code -Dbenchmark.faults=FILE}, or {@code none}).
 */
public final class EmulatorBenchmark {

    private static final String HANGZHOU = "cn-hangzhou";
    private static final String GUANGZHOU = "ap-guangzhou";
    private static final String RSA = Fixtures.text("rsa-2048.pub").strip();

    /** The fault rules every emulator of the run serves under: none, or a file's (the journal's and rules' cost). */
    private static FaultRules faults = FaultRules.NONE;

    private EmulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> clientCounts = args.length > 0 ? List.of(args[0].split(",")).stream().map(Integer::valueOf).toList()
                : List.of(1, 4, 16, 64);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (args.length > 2 && !args[2].isBlank() && !args[2].equals("none")) {
            faults = FaultRulesJson.read(Path.of(args[2]));
            System.out.printf("fault rules: %s%n", FaultRulesJson.write(faults));
        }
        Path directory = Files.createTempDirectory("emulator-benchmark");
        System.out.printf("machine: %d cores, Java %s; %d s per step%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), seconds);
        try (Emulator emulator = Emulator.start(settings().withPort(0)
                .withStore("sqlite:" + directory.resolve("store.db") + "?rateLimit=off"), System.err::println)) {
            seed(emulator.store());
            System.out.println("requests a second (all clients together), official Java SDKs over loopback:");
            System.out.println("clients  alibaba describe(50)  tencent describe(50)  alibaba import  tencent import");
            for (int clients : clientCounts) {
                double alibabaDescribe = rate(clients, seconds, i -> alibaba(emulator), (client, n) ->
                        ((Client) client).describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(HANGZHOU)
                                .setPageSize(50).setIncludePublicKey(true)));
                double tencentDescribe = rate(clients, seconds, i -> tencent(emulator), (client, n) -> {
                    com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest request =
                            new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest();
                    request.setLimit(50L);
                    ((CvmClient) client).DescribeKeyPairs(request);
                });
                // Imports fill regions (500 each): every step on an account of its own.
                double alibabaImport;
                try (Emulator fresh = Emulator.start(settings().withPort(0).withStore("sqlite:"
                        + directory.resolve("import-" + clients + ".db") + "?rateLimit=off").withRules(Rules.builtIn()
                        .with(RegionCatalogue.of(Provider.ALIBABA, benchRegions()))),
                        System.err::println)) {
                    AtomicInteger names = new AtomicInteger();
                    alibabaImport = rate(clients, seconds, i -> alibaba(fresh), (client, n) -> {
                        int name = names.getAndIncrement();
                        ((Client) client).importKeyPair(new ImportKeyPairRequest()
                                .setRegionId("bench-" + name / 500)
                                .setKeyPairName("bench-" + name).setPublicKeyBody(RSA));
                    });
                }
                // Tencent refuses one public key twice in a region: 50 keys a region, regions of the catalogue.
                double tencentImport;
                try (Emulator fresh = Emulator.start(settings().withPort(0).withStore("sqlite:"
                        + directory.resolve("tencent-import-" + clients + ".db") + "?rateLimit=off").withRules(Rules.builtIn()
                        .with(RegionCatalogue.of(Provider.TENCENT, benchRegions()))),
                        System.err::println)) {
                    AtomicInteger names = new AtomicInteger();
                    // Each client thread keeps an SDK client per region: the region rides on the client.
                    tencentImport = rate(clients, seconds, i -> new HashMap<String, CvmClient>(), (clientsByRegion, n) -> {
                        int name = names.getAndIncrement();
                        String region = "bench-" + name / TENCENT_KEYS.size();
                        com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest request =
                                new com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest();
                        request.setKeyName("bench_" + name);
                        request.setProjectId(0L);
                        request.setPublicKey(TENCENT_KEYS.get(name % TENCENT_KEYS.size()));
                        @SuppressWarnings("unchecked")
                        Map<String, CvmClient> byRegion = (Map<String, CvmClient>) clientsByRegion;
                        byRegion.computeIfAbsent(region, r -> tencent(fresh, r)).ImportKeyPair(request);
                    });
                }
                System.out.printf("%7d  %20.0f  %20.0f  %14.0f  %14.0f%n", clients, alibabaDescribe, tencentDescribe,
                        alibabaImport, tencentImport);
            }
            share(emulator);
        }
    }

    /** Regions enough for a step's imports at 500 each (a custom catalogue, as users may give). */
    private static List<Region> benchRegions() {
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            regions.add(new Region("bench-" + i, "Benchmark " + i));
        }
        return regions;
    }

    /** Distinct keys enough for a region: Tencent refuses one public key twice in a region. */
    private static final List<String> TENCENT_KEYS = TestKeys.distinct(512, 50, 50L);

    private static void seed(KeyPairStore store) throws Exception {
        List<String> tencentKeys = TENCENT_KEYS;
        for (int i = 0; i < 50; i++) {
            store.importKeyPair(AlibabaKeyPairRequest.importing(HANGZHOU, String.format("seed-%02d", i), RSA,
                    List.of(), null));
            store.importKeyPair(TencentKeyPairRequest.importing(GUANGZHOU, String.format("seed_%02d", i),
                    tencentKeys.get(i), 0L));
        }
    }

    @FunctionalInterface
    interface Factory {
        Object client(int index) throws Exception;
    }

    @FunctionalInterface
    interface Call {
        void run(Object client, int n) throws Exception;
    }

    /** Requests a second over {@code seconds}, after one second of warm-up. */
    private static double rate(int clients, int seconds, Factory factory, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Object> sdk = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sdk.add(factory.client(i));
            }
            long warmUpEnd = System.nanoTime() + 1_000_000_000L;
            long end = warmUpEnd + seconds * 1_000_000_000L;
            AtomicInteger counted = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (Object client : sdk) {
                running.add(pool.submit(() -> {
                    int n = 0;
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= end) {
                            return null;
                        }
                        call.run(client, n++);
                        if (now >= warmUpEnd) {
                            counted.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return counted.get() / (double) seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client: the SDK's round trip, the emulator's handling of the same request in process, the store call. */
    private static void share(Emulator emulator) throws Exception {
        int rounds = 2_000;
        Client sdk = alibaba(emulator);
        DescribeKeyPairsRequest describe = new DescribeKeyPairsRequest().setRegionId(HANGZHOU).setPageSize(50)
                .setIncludePublicKey(true);
        for (int i = 0; i < 500; i++) {
            sdk.describeKeyPairs(describe);
        }
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sdk.describeKeyPairs(describe);
        }
        double roundTrip = (System.nanoTime() - started) / 1e6 / rounds;

        Rules rules = Rules.builtIn();
        Authenticator authenticator = new Authenticator(Credentials.testPair(), Clock.systemUTC());
        ProviderRouting routing = new ProviderRouting(
                new AlibabaEcsApi(emulator.accounts(), rules.alibaba(), authenticator,
                        SignatureScheme.HMAC_SHA1, (a, b) -> { }),
                new AlibabaEcsApi(emulator.accounts(), rules.alibaba(), authenticator,
                        SignatureScheme.ACS3_HMAC_SHA256, (a, b) -> { }),
                new TencentCvmApi(emulator.accounts(), rules.tencent().regions(), authenticator,
                        SignatureScheme.TC3_HMAC_SHA256, (a, b) -> { }),
                new TencentCvmApi(emulator.accounts(), rules.tencent().regions(), authenticator,
                        SignatureScheme.TENCENT_V1_HMAC_SHA256, (a, b) -> { }),
                new TencentTagApi(emulator.accounts(), rules.tencent(), authenticator,
                        SignatureScheme.TC3_HMAC_SHA256, (a, b) -> { }),
                new TencentTagApi(emulator.accounts(), rules.tencent(), authenticator,
                        SignatureScheme.TENCENT_V1_HMAC_SHA256, (a, b) -> { }));
        List<WireRequest> requests = new ArrayList<>();
        for (int i = 0; i < rounds + 500; i++) {
            Map<String, String> parameters = WireSigner.rpcParameters("DescribeKeyPairs", Credentials.TEST_ACCESS_KEY_ID);
            parameters.put("RegionId", HANGZHOU);
            parameters.put("PageSize", "50");
            parameters.put("IncludePublicKey", "true");
            parameters.put("Signature", WireSigner.hmacSha1("POST", parameters, Credentials.TEST_SECRET));
            requests.add(new WireRequest("POST", "/", WireSigner.form(parameters), Map.of("Host", List.of("h")), null));
        }
        for (int i = 0; i < 500; i++) {
            routing.alibabaRpc().answer(requests.get(i));
        }
        started = System.nanoTime();
        for (int i = 500; i < requests.size(); i++) {
            routing.alibabaRpc().answer(requests.get(i));
        }
        double handled = (System.nanoTime() - started) / 1e6 / rounds;

        dev.keypairs.store.DescribeKeyPairsRequest direct = new dev.keypairs.store.AlibabaDescribeKeyPairsRequest(
                HANGZHOU, null, null, null, List.of(), true, 1, 50);
        started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            emulator.store().describeKeyPairs(direct);
        }
        double storeOnly = (System.nanoTime() - started) / 1e6 / rounds;
        System.out.printf("one client, Alibaba DescribeKeyPairs of 50 with public keys (ms a request, mean of %d):%n",
                rounds);
        System.out.printf("  SDK round trip %.3f; the emulator's handling %.3f (%.0f%%: signature, parameters,"
                + " store, JSON) of which the store %.3f; HTTP, the SDK and its signing the rest%n", roundTrip, handled,
                100 * handled / roundTrip, storeOnly);
    }

    /** The defaults, under the run's fault rules. */
    private static EmulatorSettings settings() {
        return EmulatorSettings.defaults().withFaults(faults);
    }

    private static Client alibaba(Emulator emulator) throws Exception {
        return new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(emulator.hostAndPort()).setProtocol("http"));
    }

    private static CvmClient tencent(Emulator emulator) {
        return tencent(emulator, GUANGZHOU);
    }

    private static CvmClient tencent(Emulator emulator, String region) {
        return TestEmulators.cvm(emulator.hostAndPort(), region);
    }
}
