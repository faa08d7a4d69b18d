package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TestKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator killed with SIGKILL while several official-SDK clients import: every import it acknowledged is
 * in the store afterwards, once.
 */
class KilledEmulatorTest {

    static final String HANGZHOU = "cn-hangzhou";
    static final String GUANGZHOU = "ap-guangzhou";

    @Test
    void everyAcknowledgedImportSurvivesAKill(@TempDir Path directory) throws Exception {
        String store = "sqlite:" + directory.resolve("store.db") + "?rateLimit=off";
        List<String> tencentKeys = TestKeys.distinct(512, 160, 20261201L);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempted = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try (EmulatorProcess emulator = EmulatorProcess.fromClassPath("--port", "0", "--store", store)) {
            for (int client = 0; client < 2; client++) {
                int number = client;
                Client alibaba = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                        .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(emulator.hostAndPort())
                        .setProtocol("http").setConnectTimeout(2_000).setReadTimeout(5_000));
                clients.submit(() -> {
                    for (int i = 0; i < 240; i++) {
                        String name = "alibaba-" + number + "-" + i;
                        attempted.incrementAndGet();
                        try {
                            alibaba.importKeyPair(new ImportKeyPairRequest().setRegionId(HANGZHOU).setKeyPairName(name)
                                    .setPublicKeyBody(Fixtures.text("rsa-2048.pub")));
                            acknowledged.add(name);
                        } catch (Exception gone) {
                            return;
                        }
                    }
                });
                CvmClient tencent = TestEmulators.cvm(emulator.hostAndPort(), GUANGZHOU);
                clients.submit(() -> {
                    for (int i = 0; i < 80; i++) {
                        String name = "tencent_" + number + "_" + i;
                        com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest request =
                                new com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest();
                        request.setKeyName(name);
                        request.setProjectId(0L);
                        request.setPublicKey(tencentKeys.get(number * 80 + i));
                        attempted.incrementAndGet();
                        try {
                            tencent.ImportKeyPair(request);
                            acknowledged.add(name);
                        } catch (Exception gone) {
                            return;
                        }
                    }
                });
            }
            while (acknowledged.size() < 40) {
                Thread.sleep(10);
            }
            emulator.kill();
        } finally {
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        }

        try (KeyPairStore reopened = KeyPairStores.open(store)) {
            Map<String, Integer> held = new TreeMap<>();
            for (StoredKeyPair keyPair : all(reopened, Provider.ALIBABA, HANGZHOU)) {
                held.merge(keyPair.name(), 1, Integer::sum);
            }
            for (StoredKeyPair keyPair : all(reopened, Provider.TENCENT, GUANGZHOU)) {
                held.merge(keyPair.name(), 1, Integer::sum);
            }
            List<String> lost = new ArrayList<>();
            for (String name : acknowledged) {
                if (!held.containsKey(name)) {
                    lost.add(name);
                }
            }
            assertEquals(List.of(), lost, "acknowledged imports missing after the kill");
            assertEquals(Collections.emptyMap(), filterAbove(held), "a key pair held twice");
            assertTrue(held.size() <= attempted.get(), held.size() + " held of " + attempted.get() + " attempted");
            assertTrue(acknowledged.size() >= 40);
        }
    }

    private static Map<String, Integer> filterAbove(Map<String, Integer> counts) {
        Map<String, Integer> twice = new TreeMap<>();
        counts.forEach((name, count) -> {
            if (count > 1) {
                twice.put(name, count);
            }
        });
        return twice;
    }

    private static List<StoredKeyPair> all(KeyPairStore store, Provider provider, String region) throws Exception {
        List<StoredKeyPair> all = new ArrayList<>();
        int size = provider == Provider.ALIBABA ? 50 : 100;
        for (int page = 1; ; page++) {
            DescribeKeyPairsResponse response = store.describeKeyPairs(DescribeKeyPairsRequest.page(provider, region,
                    List.of(), page, size));
            all.addAll(response.keyPairs());
            if (all.size() >= response.totalCount() || response.keyPairs().isEmpty()) {
                return all;
            }
        }
    }

}
