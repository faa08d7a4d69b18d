package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.CloudCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * The settings.xml servers as Maven users keep them, their passwords decrypted by Maven's own
 * {@link DefaultSettingsDecrypter} with a settings-security.xml, as {@code mvn --encrypt-master-password} and
 * {@code mvn --encrypt-password} write them.
 */
class SettingsServersTest {

    private static final String MASTER = "the-master-password";
    /** The store's server by default. */
    private static final String STORE = SettingsServers.STORE_SERVER_ID;
    private static final Map<Provider, String> DEFAULT_IDS = Map.of(Provider.ALIBABA, "keypairs-alibaba",
            Provider.TENCENT, "keypairs-tencent");
    private static final String CHECK_SECURITY = ". Check ~/.m2/settings-security.xml (or -Dsettings.security=...),"
            + " or encrypt it again with mvn --encrypt-password.";

    private final DefaultPlexusCipher cipher = new DefaultPlexusCipher();

    @TempDir
    Path home;

    private Path security;
    private SettingsDecrypter decrypter;
    private Settings settings;

    @BeforeEach
    void settingsSecurity() throws Exception {
        security = home.resolve("settings-security.xml");
        // What mvn --encrypt-master-password gives, kept as Maven reads it.
        Files.writeString(security, "<settingsSecurity><master>"
                + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                + "</master></settingsSecurity>");
        decrypter = new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
        settings = new Settings();
    }

    /** What mvn --encrypt-password gives for this secret under this master password. */
    private String encrypted(String secret, String master) throws Exception {
        return cipher.encryptAndDecorate(secret, master);
    }

    private Server server(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        settings.addServer(server);
        return server;
    }

    private SettingsServers servers() {
        return new SettingsServers(settings, decrypter);
    }

    // The store's server: keypairs-store, for postgresql:// alone.

    @Test
    void aPostgresqlStoreTakesTheDecryptedCredentialsOfTheServerKeypairsStore() throws Exception {
        server(SettingsServers.STORE_SERVER_ID, "keypairs", encrypted("s3cret", MASTER));

        assertEquals("postgresql://keypairs:s3cret@db.example.com:5432/keypairs?sslmode=require",
                servers().storeUri("postgresql://db.example.com:5432/keypairs?sslmode=require", STORE));
        assertEquals("POSTGRESQL://keypairs:s3cret@db/keypairs", servers().storeUri("POSTGRESQL://db/keypairs", STORE),
                "the scheme in any case");
    }

    @Test
    void anotherServerIdTakesThatServersCredentials() throws Exception {
        server(SettingsServers.STORE_SERVER_ID, "keypairs", "default-secret");
        server("prod-store", "prod", encrypted("prod-secret", MASTER));

        assertEquals("postgresql://prod:prod-secret@db/keypairs_prod",
                servers().storeUri("postgresql://db/keypairs_prod", "prod-store"));
        assertEquals("postgresql://db/keypairs_staging", servers().storeUri("postgresql://db/keypairs_staging",
                "staging-store"), "a server id that settings.xml lacks: none, never the default server's");
    }

    @Test
    void theServersCredentialsReplaceTheUrisOwnAndArePercentEncoded() throws Exception {
        server(SettingsServers.STORE_SERVER_ID, "ops team", "p@ss/w?rd");

        assertEquals("postgresql://ops%20team:p%40ss%2Fw%3Frd@db:5432/keypairs",
                servers().storeUri("postgresql://old:older@db:5432/keypairs", STORE));
    }

    @Test
    void aServerWithoutAPasswordGivesTheUserAlone() throws Exception {
        server(SettingsServers.STORE_SERVER_ID, "keypairs", null);

        assertEquals("postgresql://keypairs@db/keypairs", servers().storeUri("postgresql://db/keypairs", STORE));
    }

    @Test
    void anyOtherStoreAndAStoreWithoutItsServerAreLeftAsTheyAre() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        SettingsDecrypter counting = request -> {
            asked.incrementAndGet();
            return decrypter.decrypt(request);
        };
        server(SettingsServers.STORE_SERVER_ID, "keypairs", "{not decryptable}");
        SettingsServers servers = new SettingsServers(settings, counting);

        assertEquals("sqlite:store.db", servers.storeUri("sqlite:store.db", STORE));
        assertEquals("cloud:http://127.0.0.1:8089", servers.storeUri("cloud:http://127.0.0.1:8089", STORE));
        assertNull(servers.storeUri(null, STORE));
        assertEquals(0, asked.get(), "no other store's run decrypts the server");

        assertEquals("postgresql://db/keypairs", new SettingsServers(new Settings(), decrypter)
                .storeUri("postgresql://db/keypairs", STORE), "no server");
        assertEquals("postgresql://db/keypairs", new SettingsServers(null, decrypter)
                .storeUri("postgresql://db/keypairs", STORE), "no settings");
        Settings userless = new Settings();
        Server noUser = new Server();
        noUser.setId(SettingsServers.STORE_SERVER_ID);
        noUser.setPassword("s3cret");
        userless.addServer(noUser);
        assertEquals("postgresql://u:p@db/keypairs", new SettingsServers(userless, decrypter)
                .storeUri("postgresql://u:p@db/keypairs", STORE), "a server without a username: the URI's own");
    }

    @Test
    void aMalformedUriIsLeftForTheEngineToRefuseWithoutThePassword() throws Exception {
        server(SettingsServers.STORE_SERVER_ID, "keypairs", encrypted("s3cret", MASTER));

        assertEquals("postgresql://db/keypairs?=x", servers().storeUri("postgresql://db/keypairs?=x", STORE));
    }

    @Test
    void aPasswordThatCannotBeDecryptedRefusesTheStoreWithoutShowingIt() throws Exception {
        String underAnotherMaster = encrypted("s3cret", "another-master-password");
        server(SettingsServers.STORE_SERVER_ID, "keypairs", underAnotherMaster);

        MojoFailureException refused = assertThrows(MojoFailureException.class,
                () -> servers().storeUri("postgresql://db/keypairs", STORE));

        assertTrue(refused.getMessage().startsWith("StoreUnavailable: the password of the settings.xml server"
                + " keypairs-store cannot be decrypted: Failed to decrypt password for server keypairs-store"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith(CHECK_SECURITY), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret"));
    }

    @Test
    void withoutSettingsSecurityAnEncryptedPasswordIsRefused() throws Exception {
        server(SettingsServers.STORE_SERVER_ID, "keypairs", encrypted("s3cret", MASTER));
        Files.delete(security);

        MojoFailureException refused = assertThrows(MojoFailureException.class,
                () -> servers().storeUri("postgresql://db/keypairs", STORE));

        assertTrue(refused.getMessage().startsWith("StoreUnavailable: the password of the settings.xml server"
                + " keypairs-store cannot be decrypted: "), refused.getMessage());
        assertTrue(refused.getMessage().endsWith(CHECK_SECURITY), refused.getMessage());
    }

    @Test
    void aWarningOfTheDecrypterIsNoRefusal() throws Exception {
        server(SettingsServers.STORE_SERVER_ID, "keypairs", encrypted("s3cret", MASTER));
        SettingsDecrypter warning = request -> {
            SettingsDecryptionResult decrypted = decrypter.decrypt(request);
            List<SettingsProblem> problems = new ArrayList<>(decrypted.getProblems());
            problems.add(new DefaultSettingsProblem("a deprecated cipher", SettingsProblem.Severity.WARNING,
                    "settings-security.xml", -1, -1, null));
            return new SettingsDecryptionResult() {
                @Override
                public Server getServer() {
                    return decrypted.getServer();
                }

                @Override
                public List<Server> getServers() {
                    return decrypted.getServers();
                }

                @Override
                public Proxy getProxy() {
                    return decrypted.getProxy();
                }

                @Override
                public List<Proxy> getProxies() {
                    return decrypted.getProxies();
                }

                @Override
                public List<SettingsProblem> getProblems() {
                    return problems;
                }
            };
        };

        assertEquals("postgresql://keypairs:s3cret@db/keypairs",
                new SettingsServers(settings, warning).storeUri("postgresql://db/keypairs", STORE));
    }

    // The clouds' servers: keypairs-alibaba and keypairs-tencent, for cloud: alone.

    @Test
    void aCloudStoreTakesEachProvidersAccessKeyFromItsServerDecrypted() throws Exception {
        Server alibaba = server("keypairs-alibaba", "LTAI-ID", encrypted("alibaba-secret", MASTER));
        server("keypairs-tencent", "AKID-ID", "tencent-secret-in-clear");

        CloudCredentials credentials = servers().cloudCredentials("cloud:", DEFAULT_IDS);

        assertEquals(Optional.of(new AccessKey("LTAI-ID", "alibaba-secret", null)), credentials.of(Provider.ALIBABA));
        assertEquals(Optional.of(new AccessKey("AKID-ID", "tencent-secret-in-clear", null)),
                credentials.of(Provider.TENCENT));
        assertTrue(alibaba.getPassword().startsWith("{"), "the settings keep the password encrypted");
        assertEquals(Optional.of("the settings.xml server keypairs-alibaba (username the AccessKeyId, password the"
                + " AccessKeySecret; another server with -Dkeypairs.alibaba.serverId=ID)"),
                credentials.lookedIn(Provider.ALIBABA));
        assertEquals(Optional.of("the settings.xml server keypairs-tencent (username the SecretId, password the"
                + " SecretKey; another server with -Dkeypairs.tencent.serverId=ID)"),
                credentials.lookedIn(Provider.TENCENT));
    }

    @Test
    void theServersAreFoundByTheIdsGiven() throws Exception {
        server("keypairs-alibaba", "DEFAULT-ID", "default-secret");
        server("ci-alibaba", "CI-ID", encrypted("ci-secret", MASTER));

        CloudCredentials credentials = servers().cloudCredentials(" CLOUD:http://127.0.0.1:8089",
                Map.of(Provider.ALIBABA, "ci-alibaba", Provider.TENCENT, "ci-tencent"));

        assertEquals(Optional.of(new AccessKey("CI-ID", "ci-secret", null)), credentials.of(Provider.ALIBABA));
        assertEquals(Optional.empty(), credentials.of(Provider.TENCENT), "no server ci-tencent");
        assertEquals(Optional.of("the settings.xml server ci-tencent (username the SecretId, password the SecretKey;"
                + " another server with -Dkeypairs.tencent.serverId=ID)"), credentials.lookedIn(Provider.TENCENT),
                "named where the missing key was looked for");
    }

    @Test
    void withoutServersTheCloudStoreStillSaysWhereItLooked() throws Exception {
        for (SettingsServers servers : List.of(servers(), new SettingsServers(null, decrypter))) {
            CloudCredentials credentials = servers.cloudCredentials("cloud:", DEFAULT_IDS);
            assertTrue(credentials.keys().isEmpty());
            assertEquals(2, credentials.lookedIn().size());
        }
    }

    @Test
    void anyOtherStoreReadsNoCloudServer() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        server("keypairs-alibaba", "LTAI-ID", "{not decryptable}");
        SettingsServers servers = new SettingsServers(settings, request -> {
            asked.incrementAndGet();
            return decrypter.decrypt(request);
        });

        assertSame(CloudCredentials.NONE, servers.cloudCredentials("sqlite:store.db", DEFAULT_IDS));
        assertSame(CloudCredentials.NONE, servers.cloudCredentials("postgresql://db/keypairs", DEFAULT_IDS));
        assertSame(CloudCredentials.NONE, servers.cloudCredentials(null, DEFAULT_IDS));
        assertEquals(0, asked.get());
    }

    @Test
    void aCloudServerWithoutItsPasswordOrUsernameIsRefusedSayingWhatToGive() throws Exception {
        server("keypairs-alibaba", "LTAI-ID", null);
        MojoFailureException noPassword = assertThrows(MojoFailureException.class,
                () -> servers().cloudCredentials("cloud:", DEFAULT_IDS));
        assertEquals("MissingCredentials: the settings.xml server keypairs-alibaba has no password: give the alibaba"
                + " AccessKeyId as <username> and the AccessKeySecret as <password> (encrypted with mvn"
                + " --encrypt-password). Nothing was read or changed.", noPassword.getMessage());

        settings = new Settings();
        server("keypairs-tencent", " ", encrypted("tencent-secret", MASTER));
        MojoFailureException noUsername = assertThrows(MojoFailureException.class,
                () -> servers().cloudCredentials("cloud:", DEFAULT_IDS));
        assertEquals("MissingCredentials: the settings.xml server keypairs-tencent has no username: give the tencent"
                + " SecretId as <username> and the SecretKey as <password> (encrypted with mvn --encrypt-password)."
                + " Nothing was read or changed.", noUsername.getMessage());

        settings = new Settings();
        server("keypairs-tencent", "AKID-ID", "");
        MojoFailureException blank = assertThrows(MojoFailureException.class,
                () -> servers().cloudCredentials("cloud:", DEFAULT_IDS));
        assertTrue(blank.getMessage().startsWith("MissingCredentials: the settings.xml server keypairs-tencent has"
                + " no password: "), blank.getMessage());
    }

    @Test
    void aCloudPasswordThatCannotBeDecryptedIsRefusedWithoutShowingIt() throws Exception {
        server("keypairs-alibaba", "LTAI-ID", encrypted("alibaba-secret", MASTER));
        server("keypairs-tencent", "AKID-ID", encrypted("tencent-secret", "another-master-password"));

        MojoFailureException refused = assertThrows(MojoFailureException.class,
                () -> servers().cloudCredentials("cloud:", DEFAULT_IDS));

        assertTrue(refused.getMessage().startsWith("MissingCredentials: the password of the settings.xml server"
                + " keypairs-tencent cannot be decrypted: Failed to decrypt password for server keypairs-tencent"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith(CHECK_SECURITY), refused.getMessage());
        assertFalse(refused.getMessage().contains("tencent-secret"));
    }
}
