package dev.keypairs.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.CloudCredentials;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreConformanceTest;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code cloud:http://...} passes the store conformance suite against an emulator started here, over both providers'
 * official SDKs: every documented refusal arrives through the wire with its code and status, every answer as the
 * emulated account gave it. Each test's store is an emulator of its own over an in-memory account.
 */
class CloudKeyPairStoreTest extends KeyPairStoreConformanceTest {

    /** The emulator's well-known test pair, given as a front end gives settings.xml credentials. */
    static final CloudCredentials TEST_PAIR = testPair();

    private final List<Emulator> emulators = new ArrayList<>();
    /** Each emulator's port and the Tencent quota of the account behind it. */
    private final Map<Integer, Integer> quotas = new HashMap<>();
    private final Map<Integer, Boolean> rateLimited = new HashMap<>();
    private final List<KeyPairStore> opened = new ArrayList<>();

    static CloudCredentials testPair() {
        Map<Provider, AccessKey> keys = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            keys.put(provider, new AccessKey(Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET, null));
        }
        return new CloudCredentials(keys, Map.of());
    }

    @Override
    protected String newStoreUri(boolean limited) throws Exception {
        return "cloud:http://127.0.0.1:" + startEmulator(limited, 500) + "?tencentQuota=500";
    }

    private int startEmulator(boolean limited, int tencentQuota) throws Exception {
        Emulator emulator = Emulator.start(EmulatorSettings.defaults().withPort(0).withStore("memory:cloud-"
                + UUID.randomUUID() + "?tencentQuota=" + tencentQuota + (limited ? "" : "&rateLimit=off")));
        emulators.add(emulator);
        quotas.put(emulator.port(), tencentQuota);
        rateLimited.put(emulator.port(), limited);
        return emulator.port();
    }

    /**
     * Opens the URI with the test pair. A URI whose {@code tencentQuota} is not the one of the account behind its
     * port (the suite's small-quota test) names a new store: an emulator over an account of that quota.
     */
    @Override
    protected KeyPairStore open(String storeUri) throws Exception {
        StoreUri parsed = StoreUri.parse(storeUri);
        int port = Integer.parseInt(parsed.location().substring(parsed.location().lastIndexOf(':') + 1));
        int quota = Integer.parseInt(parsed.options().get("tencentQuota"));
        String uri = storeUri;
        if (quota != quotas.get(port)) {
            uri = "cloud:http://127.0.0.1:" + startEmulator(rateLimited.get(port), quota) + "?tencentQuota=" + quota;
        }
        KeyPairStore store = KeyPairStores.open(uri, Rules.builtIn(), TEST_PAIR);
        opened.add(store);
        return store;
    }

    /** Writer processes find the test pair where a CI job keeps its keys: in the environment. */
    @Override
    protected ProcessBuilder writerProcess(List<String> arguments) {
        ProcessBuilder process = super.writerProcess(arguments);
        process.environment().put("ALIBABA_CLOUD_ACCESS_KEY_ID", Credentials.TEST_ACCESS_KEY_ID);
        process.environment().put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", Credentials.TEST_SECRET);
        process.environment().put("TENCENTCLOUD_SECRET_ID", Credentials.TEST_ACCESS_KEY_ID);
        process.environment().put("TENCENTCLOUD_SECRET_KEY", Credentials.TEST_SECRET);
        return process;
    }

    /** Alibaba's DeleteKeyPairs answers a RequestId alone: which of the names were there, the cloud does not say. */
    @Override
    protected boolean reportsWhichNamesWereDeleted() {
        return false;
    }

    @Test
    void theRealCloudsAreNeverEmptied() throws Exception {
        store.importKeyPair(AlibabaKeyPairRequest.importing(HANGZHOU, "kept", RSA, List.of(), null));
        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, store::clear);
        assertEquals(ErrorKind.DENIED, refused.kind());
        assertTrue(refused.getMessage().contains("never empties a real account"), refused.getMessage());
        assertEquals(1, store.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, HANGZHOU, List.of(), 1,
                10)).totalCount(), "no call was made");
    }

    @AfterEach
    void stopEmulators() throws Exception {
        for (KeyPairStore store : opened) {
            store.close();
        }
        emulators.forEach(Emulator::close);
    }
}
