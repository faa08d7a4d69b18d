package dev.keypairs.emulator;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Emulators for tests: loopback, a free port, a fresh in-memory account each, the rate limit off unless asked. */
public final class TestEmulators {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    /** Lines the emulators logged: a test that expects none checks it stays empty. */
    public static final List<String> LOGGED = new CopyOnWriteArrayList<>();

    private TestEmulators() {
    }

    /** An emulator on a fresh account with the rate limit off. */
    public static Emulator start() throws EmulatorException {
        return start("rateLimit=off", UnaryOperator.identity());
    }

    /** An emulator on a fresh account with these store options (e.g. {@code tencentQuota=3}), settings tweaked. */
    public static Emulator start(String storeOptions, UnaryOperator<EmulatorSettings> tweak) throws EmulatorException {
        String store = "memory:emulator-test-" + ACCOUNTS.incrementAndGet() + (storeOptions.isEmpty() ? "" : "?" + storeOptions);
        return Emulator.start(tweak.apply(EmulatorSettings.defaults().withPort(0).withStore(store)), LOGGED::add);
    }

    /** Tencent's official SDK client, pointed at an emulator over HTTP, POST with a JSON body. */
    public static CvmClient cvm(String hostAndPort, String region) {
        return cvm(hostAndPort, Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET, region, "POST");
    }

    /** Tencent's official SDK client, pointed at an emulator over HTTP, with this key and method (POST or GET). */
    public static CvmClient cvm(String hostAndPort, String secretId, String secretKey, String region, String method) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(hostAndPort);
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setReqMethod(method);
        http.setConnTimeout(5);
        http.setReadTimeout(10);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new CvmClient(new Credential(secretId, secretKey), region, profile);
    }

    /** The MD5 fingerprint ssh-keygen printed for a fixture key. */
    public static String sshKeygenMd5(String fixture) {
        return Fixtures.expected().stream().filter(row -> row.file().equals(fixture)).findFirst()
                .orElseThrow(() -> new AssertionError("no fingerprint of " + fixture)).md5();
    }
}
