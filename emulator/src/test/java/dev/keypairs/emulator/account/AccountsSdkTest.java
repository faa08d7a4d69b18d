package dev.keypairs.emulator.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsResponseBody;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorException;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts per access key, through the providers' official SDKs: each key's calls are served from the account its
 * credentials line names. Keys on two accounts never see each other's key pairs; keys naming one store share its
 * account; an account on {@code sqlite:} is what keypairs' store at that URI holds; a reset empties one account
 * and waits for the calls in flight on it; a bad line refuses the start.
 */
class AccountsSdkTest {

    private static final String RSA = Fixtures.text("rsa-2048.pub");
    private static final String HANGZHOU = "cn-hangzhou";
    private static final String GUANGZHOU = "ap-guangzhou";

    @TempDir
    Path directory;
    private String teamA;
    private String teamB;
    private Emulator emulator;

    @BeforeEach
    void start() throws Exception {
        String run = UUID.randomUUID().toString();
        teamA = "memory:team-a-" + run + "?rateLimit=off";
        teamB = "sqlite:" + directory.resolve("team-b.db") + "?rateLimit=off";
        Path credentials = Files.writeString(directory.resolve("credentials"), String.join("\n",
                "# two teams, each an account of its own",
                "alibaba LTAIa secret-a account=" + teamA,
                "tencent AKIDa secret-ta account=" + teamA,
                "alibaba LTAIa2 secret-a2 read-only account=" + teamA,
                "alibaba LTAIb secret-b account=" + teamB,
                "tencent AKIDb secret-tb account=" + teamB,
                "alibaba LTAIown secret-own", ""));
        emulator = Emulator.start(EmulatorSettings.defaults().withPort(0)
                .withStore("memory:own-" + run + "?rateLimit=off").withCredentialsFile(credentials),
                TestEmulators.LOGGED::add);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void keysOnTwoAccountsNeverSeeEachOthersKeyPairs() throws Exception {
        importAlibaba("LTAIa", "secret-a", "deploy");
        assertEquals(List.of("deploy"), alibabaNames("LTAIa", "secret-a"));
        assertEquals(List.of(), alibabaNames("LTAIb", "secret-b"), "another account");
        assertEquals(List.of(), alibabaNames("LTAIown", "secret-own"), "the emulator's own store is another too");
        importAlibaba("LTAIb", "secret-b", "deploy");

        importTencent("AKIDa", "secret-ta", "deploy_key");
        assertEquals(List.of("deploy_key"), tencentNames("AKIDa", "secret-ta"));
        assertEquals(List.of(), tencentNames("AKIDb", "secret-tb"), "another account");
        // Tencent refuses one public key twice in an account: in another account it is a new one.
        importTencent("AKIDb", "secret-tb", "deploy_key");
        assertEquals(List.of("deploy_key"), tencentNames("AKIDb", "secret-tb"));
    }

    @Test
    void keysNamingOneStoreShareItsAccount() throws Exception {
        importAlibaba("LTAIa", "secret-a", "deploy");
        assertEquals(List.of("deploy"), alibabaNames("LTAIa2", "secret-a2"), "a read-only key of the same account");
        TeaException twice = assertThrows(TeaException.class, () -> importAlibaba("LTAIa", "secret-a", "deploy"));
        assertEquals("KeyPair.AlreadyExist", twice.getCode());
        TeaException readOnly = assertThrows(TeaException.class, () -> importAlibaba("LTAIa2", "secret-a2", "other"));
        assertEquals("Forbidden.RAM", readOnly.getCode(), "read-only and account= together");

        importTencent("AKIDa", "secret-ta", "deploy_key");
        KeyPairStore shared = emulator.accounts().find(teamA).orElseThrow().store();
        assertEquals(1, shared.describeKeyPairs(dev.keypairs.store.DescribeKeyPairsRequest.page(Provider.ALIBABA,
                HANGZHOU, List.of(), 1, 10)).totalCount());
        assertEquals(1, shared.describeKeyPairs(new TencentDescribeKeyPairsRequest(GUANGZHOU, List.of(), List.of(),
                0, 10)).totalCount(), "the alibaba and the tencent key of one STORE-URI share its account");
        assertTrue(emulator.credentialsLine().contains("in 3 accounts: memory:own-"), emulator.credentialsLine());
        assertFalse(emulator.credentialsLine().contains("secret-"), emulator.credentialsLine());
    }

    @Test
    void anAccountOnSqliteIsWhatKeypairsStoreAtThatUriHolds() throws Exception {
        importAlibaba("LTAIb", "secret-b", "from-the-sdk");
        importTencent("AKIDb", "secret-tb", "from_the_sdk");
        try (KeyPairStore store = KeyPairStores.open(teamB)) {
            assertEquals(List.of("from-the-sdk"), store.describeKeyPairs(dev.keypairs.store.DescribeKeyPairsRequest
                    .page(Provider.ALIBABA, HANGZHOU, List.of(), 1, 10)).keyPairs().stream()
                    .map(StoredKeyPair::name).toList());
            assertEquals(List.of("from_the_sdk"), store.describeKeyPairs(new TencentDescribeKeyPairsRequest(GUANGZHOU,
                    List.of(), List.of(), 0, 10)).keyPairs().stream().map(StoredKeyPair::name).toList());
            // What keypairs:apply writes into that store, the account's keys read.
            store.importKeyPair(AlibabaKeyPairRequest.importing(HANGZHOU, "from-apply", Fixtures.text("ecdsa-256.pub"),
                    List.of(), null));
        }
        assertEquals(List.of("from-apply", "from-the-sdk"), alibabaNames("LTAIb", "secret-b"));
    }

    @Test
    void aResetEmptiesOneAccountKeepsItsKeysAndLeavesTheOthers() throws Exception {
        importAlibaba("LTAIa", "secret-a", "deploy");
        importAlibaba("LTAIb", "secret-b", "deploy");
        importAlibaba("LTAIown", "secret-own", "deploy");
        emulator.accounts().reset(emulator.accounts().find(teamA).orElseThrow());
        assertEquals(List.of(), alibabaNames("LTAIa", "secret-a"));
        assertEquals(List.of("deploy"), alibabaNames("LTAIb", "secret-b"));
        assertEquals(List.of("deploy"), alibabaNames("LTAIown", "secret-own"));
        importAlibaba("LTAIa", "secret-a", "deploy");
        assertEquals(List.of("deploy"), alibabaNames("LTAIa", "secret-a"), "the credentials stay");

        emulator.accounts().reset(emulator.accounts().find(redacted(teamB)).orElseThrow());
        assertEquals(List.of(), alibabaNames("LTAIb", "secret-b"), "found by its name as outputs show it");
    }

    @Test
    void aResetWhileCallsRunWaitsForThose() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Import> imports = Collections.synchronizedList(new ArrayList<>());
        long resetStarted;
        long resetEnded;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int t = thread;
                running.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        long sent = System.nanoTime();
                        importAlibaba("LTAIa", "secret-a", "k-" + t + "-" + i);
                        imports.add(new Import("k-" + t + "-" + i, sent, System.nanoTime()));
                    }
                    return null;
                }));
            }
            while (imports.size() < 20) {
                Thread.sleep(1);
            }
            resetStarted = System.nanoTime();
            emulator.accounts().reset(emulator.accounts().find(teamA).orElseThrow());
            resetEnded = System.nanoTime();
            for (Future<?> thread : running) {
                thread.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        List<String> held = alibabaNames("LTAIa", "secret-a");
        assertEquals(100, imports.size(), "every call succeeded, the reset or not");
        for (Import done : imports) {
            if (done.answered() < resetStarted) {
                assertFalse(held.contains(done.name()), done.name() + " was answered before the reset: emptied");
            }
            if (done.sent() > resetEnded) {
                assertTrue(held.contains(done.name()), done.name() + " was sent after the reset: kept");
            }
        }
        assertTrue(held.size() < 100, "the reset emptied what was there");
    }

    @Test
    void aBadLineRefusesTheStartNamingIt() throws Exception {
        Path file = Files.writeString(directory.resolve("bad"), "alibaba LTAIa hidden-1\n"
                + "tencent AKIDt hidden-2 account=cloud:\n");
        EmulatorException cloud = assertThrows(EmulatorException.class, () -> TestEmulators.start("",
                settings -> settings.withCredentialsFile(file)));
        assertEquals(ToolCode.STORE_NOT_EMULATED, cloud.code());
        assertTrue(cloud.getMessage().contains(file + " line 2: account=cloud:"), cloud.getMessage());
        assertFalse(cloud.getMessage().contains("hidden"), cloud.getMessage());

        Files.writeString(file, "alibaba LTAIa hidden-1 account=memory:x account=memory:y\n");
        EmulatorException twice = assertThrows(EmulatorException.class, () -> TestEmulators.start("",
                settings -> settings.withCredentialsFile(file)));
        assertEquals(ToolCode.INVALID_CREDENTIALS_FILE, twice.code());
        assertTrue(twice.getMessage().contains("line 1 gives account= twice"), twice.getMessage());
        assertFalse(twice.getMessage().contains("hidden"), twice.getMessage());
    }

    // ---- the SDKs ----

    private record Import(String name, long sent, long answered) {
    }

    private Client alibaba(String id, String secret) throws Exception {
        return new Client(new Config().setAccessKeyId(id).setAccessKeySecret(secret).setEndpoint(emulator.hostAndPort())
                .setProtocol("http").setRegionId(HANGZHOU).setConnectTimeout(5_000).setReadTimeout(30_000));
    }

    private void importAlibaba(String id, String secret, String name) throws Exception {
        alibaba(id, secret).importKeyPair(new ImportKeyPairRequest().setRegionId(HANGZHOU).setKeyPairName(name)
                .setPublicKeyBody(RSA));
    }

    private List<String> alibabaNames(String id, String secret) throws Exception {
        DescribeKeyPairsResponseBody body = alibaba(id, secret).describeKeyPairs(new DescribeKeyPairsRequest()
                .setRegionId(HANGZHOU).setPageSize(50)).getBody();
        List<String> names = new ArrayList<>();
        body.getKeyPairs().getKeyPair().forEach(keyPair -> names.add(keyPair.getKeyPairName()));
        for (int page = 2; names.size() < body.getTotalCount(); page++) {
            alibaba(id, secret).describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(HANGZHOU).setPageSize(50)
                    .setPageNumber(page)).getBody().getKeyPairs().getKeyPair()
                    .forEach(keyPair -> names.add(keyPair.getKeyPairName()));
        }
        return names;
    }

    private CvmClient tencent(String id, String secret) {
        return TestEmulators.cvm(emulator.hostAndPort(), id, secret, GUANGZHOU, "POST");
    }

    private void importTencent(String id, String secret, String name) throws TencentCloudSDKException {
        com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest request =
                new com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest();
        request.setKeyName(name);
        request.setProjectId(0L);
        request.setPublicKey(RSA);
        tencent(id, secret).ImportKeyPair(request);
    }

    private List<String> tencentNames(String id, String secret) throws TencentCloudSDKException {
        List<String> names = new ArrayList<>();
        for (var keyPair : tencent(id, secret).DescribeKeyPairs(
                new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest()).getKeyPairSet()) {
            names.add(keyPair.getKeyName());
        }
        return names;
    }

    private static String redacted(String uri) throws Exception {
        return dev.keypairs.store.StoreUri.parse(uri).redacted();
    }
}
