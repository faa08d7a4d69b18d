package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsResponseBody;
import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PrivateKeyLeaks;
import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.project.Address;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.SeedReport;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeding (emulator.md): {@code keypairs.serve.seed} applied before the emulator listens, as keypairs:apply would,
 * idempotent over a persisted store; and {@link Emulator#seed(String)}, a manifest as text with its created key pairs'
 * private keys returned. The official SDKs see what was seeded.
 */
class EmulatorSeedTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String RSA_3072 = Fixtures.text("rsa-3072.pub").strip();
    static final String HANGZHOU = "cn-hangzhou";
    static final String GUANGZHOU = "ap-guangzhou";

    @TempDir
    Path directory;

    /** A project of seed manifests: a key file beside them, private keys written outside it. */
    Path seedProject() throws Exception {
        Path seed = Files.createDirectories(directory.resolve("seed"));
        Files.createDirectories(seed.resolve("keys"));
        Files.writeString(seed.resolve("keys/deploy.pub"), RSA + "\n");
        Files.writeString(seed.resolve("alibaba.yaml"), "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: deploy, publicKeyFile: keys/deploy.pub, tags: {team: web}}\n"
                + "      - {name: bastion, create: true, privateKeyFile: ../secrets/bastion.pem}\n");
        Files.writeString(seed.resolve("tencent.yml"), "tencent:\n  ap-guangzhou:\n    keyPairs:\n"
                + "      - {name: deploy_key, publicKey: '" + RSA_3072 + "'}\n"
                + "      - {name: ops_key, create: true, privateKeyFile: ../secrets/ops.pem}\n");
        return seed;
    }

    EmulatorSettings settings(String store, List<Path> seed) {
        return EmulatorSettings.defaults().withPort(0).withStore(store).withSeed(seed);
    }

    @Test
    void aStartSeedIsInTheStoreBeforeTheEmulatorListensAndARestartChangesNothing() throws Exception {
        Path seed = seedProject();
        String store = "sqlite:" + directory.resolve("store.db");
        Path bastion = directory.resolve("secrets/bastion.pem");
        Path ops = directory.resolve("secrets/ops.pem");
        List<String> logged = new CopyOnWriteArrayList<>();

        try (Emulator emulator = Emulator.start(settings(store, List.of(seed)), logged::add)) {
            assertEquals("keypairs emulator seeded the store from " + seed.toAbsolutePath()
                    + ": imported 2, created 2, replaced 0, updated 0, deleted 0; 0 already as declared",
                    emulator.seedLine().orElseThrow());
            // The official SDKs see the seeded key pairs from the first request on.
            Map<String, DescribeKeyPairsResponseBody.DescribeKeyPairsResponseBodyKeyPairsKeyPair> alibaba =
                    alibabaKeyPairs(emulator);
            assertEquals(List.of("bastion", "deploy"), alibaba.keySet().stream().sorted().toList());
            assertEquals(TestEmulators.sshKeygenMd5("rsa-2048.pub"), alibaba.get("deploy").getKeyPairFingerPrint());
            assertEquals(modulus(Files.readString(bastion), "PRIVATE KEY"),
                    modulusOf(alibaba.get("bastion").getPublicKey()), "the file holds the seeded key's private half");
            Map<String, KeyPair> tencent = tencentKeyPairs(emulator);
            assertEquals(List.of("deploy_key", "ops_key"), tencent.keySet().stream().sorted().toList());
            assertEquals(modulus(Files.readString(ops), "RSA PRIVATE KEY"),
                    modulusOf(tencent.get("ops_key").getPublicKey()));
        }
        assertEquals(List.of(), logged);
        FileTime bastionWritten = Files.getLastModifiedTime(bastion);
        String bastionPem = Files.readString(bastion);

        try (Emulator restarted = Emulator.start(settings(store, List.of(seed)), logged::add)) {
            assertEquals("keypairs emulator seeded the store from " + seed.toAbsolutePath()
                    + ": imported 0, created 0, replaced 0, updated 0, deleted 0; 4 already as declared",
                    restarted.seedLine().orElseThrow());
            assertEquals(2, alibabaKeyPairs(restarted).size());
            assertEquals(2, tencentKeyPairs(restarted).size());
        }
        assertEquals(bastionPem, Files.readString(bastion), "a restart writes nothing");
        assertEquals(bastionWritten, Files.getLastModifiedTime(bastion));
        assertEquals(List.of(), logged);
    }

    @Test
    void seedManifestsAreNamedAsTheApplyGoalTakesThemFilesAndDirectories() throws Exception {
        Path seed = seedProject();
        try (Emulator emulator = Emulator.start(settings("memory:seed-files-" + System.nanoTime(),
                List.of(seed.resolve("alibaba.yaml"), seed.resolve("tencent.yml"))), line -> { })) {
            assertTrue(emulator.seedLine().orElseThrow().startsWith("keypairs emulator seeded the store from 2"
                    + " manifests: imported 2, created 2,"), emulator.seedLine().orElseThrow());
            assertEquals(2, tencentKeyPairs(emulator).size());
        }
        try (Emulator unseeded = TestEmulators.start()) {
            assertTrue(unseeded.seedLine().isEmpty(), "no seed, no line");
        }
    }

    @Test
    void javaDashJarPrintsWhatTheSeedDidBeforeTheListeningLine() throws Exception {
        Path seed = seedProject();
        List<String> output;
        try (EmulatorProcess emulator = EmulatorProcess.fromClassPath("--port", "0", "--store",
                "memory:seed-main", "--seed", seed.resolve("alibaba.yaml") + "," + seed.resolve("tencent.yml"))) {
            assertEquals(2, alibabaKeyPairs(emulator.hostAndPort()).size());
            output = List.copyOf(emulator.output());
        }
        int seeded = output.indexOf("keypairs emulator seeded the store from 2 manifests: imported 2, created 2,"
                + " replaced 0, updated 0, deleted 0; 0 already as declared");
        int listening = output.stream().filter(line -> line.startsWith(Emulator.LISTENING)).findFirst()
                .map(output::indexOf).orElse(-1);
        assertTrue(seeded >= 0 && seeded + 1 == listening, output.toString());
    }

    @Test
    void aSeedPathThatIsNotThereStopsTheStartNamingTheSetting() throws Exception {
        Path missing = directory.resolve("no-such-seed.yaml");
        EmulatorException refused = assertThrows(EmulatorException.class, () -> Emulator.start(
                settings("sqlite:" + directory.resolve("store.db"), List.of(missing)), line -> { }));

        assertEquals(ToolCode.FILE_NOT_FOUND, refused.code());
        assertTrue(refused.getMessage().startsWith("keypairs.serve.seed names " + missing), refused.getMessage());
        assertTrue(refused.codedMessage().startsWith("FileNotFound: "), refused.codedMessage());
    }

    @Test
    void aSeedWithErrorsStopsTheStartAndChangesNothing() throws Exception {
        Path seed = seedProject();
        Files.writeString(seed.resolve("broken.yaml"), "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: 9-starts-with-a-digit, publicKey: '" + RSA + "'}\n"
                + "      - {name: elsewhere, publicKeyFile: ../../outside.pub}\n");
        String store = "sqlite:" + directory.resolve("store.db");

        EmulatorException refused = assertThrows(EmulatorException.class, () -> Emulator.start(
                settings(store, List.of(seed)), line -> { }));

        assertEquals(ToolCode.PLAN_ERRORS, refused.code());
        assertTrue(refused.getMessage().startsWith("keypairs.serve.seed: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("InvalidKeyPairName.Malformed"), refused.getMessage());
        assertTrue(refused.getMessage().contains("FileOutsideProject"), refused.getMessage());
        assertFalse(Files.exists(directory.resolve("secrets/bastion.pem")), "nothing was created");
        try (Emulator unseeded = Emulator.start(settings(store, List.of()), line -> { })) {
            assertEquals(Map.of(), alibabaKeyPairs(unseeded), "nothing was applied, not even the valid manifests");
        }
    }

    @Test
    void aTextSeedReturnsTheCreatedPrivateKeysWhichMatchWhatTheSdksSee() throws Exception {
        try (Emulator emulator = TestEmulators.start()) {
            SeedReport report = emulator.seed("alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                    + "      - {name: deploy, publicKey: '" + RSA + "'}\n"
                    + "      - {name: bastion, create: true}\n"
                    + "tencent:\n  ap-guangzhou:\n    keyPairs:\n"
                    + "      - {name: ops_key, create: true}\n");

            Address bastion = Address.ofRegion(Provider.ALIBABA, HANGZHOU).keyPair("bastion");
            Address ops = Address.ofRegion(Provider.TENCENT, GUANGZHOU).keyPair("ops_key");
            Map<Address, PrivateKeyPem> keys = report.privateKeys();
            assertEquals(List.of(bastion, ops), List.copyOf(keys.keySet()));
            assertEquals(modulus(pem(keys.get(bastion)), "PRIVATE KEY"),
                    modulusOf(alibabaKeyPairs(emulator).get("bastion").getPublicKey()));
            assertEquals(modulus(pem(keys.get(ops)), "RSA PRIVATE KEY"),
                    modulusOf(tencentKeyPairs(emulator).get("ops_key").getPublicKey()));
            assertTrue(report.toJson().contains("\"alibaba/cn-hangzhou/bastion\" : \"-----BEGIN PRIVATE KEY-----"),
                    "the answer holds the key");
            // Only the answer: the store keeps the public half alone.
            PrivateKeyLeaks.assertAbsent(PrivateKeyLeaks.read(pem(keys.get(bastion))),
                    Map.of("DescribeKeyPairs", alibabaKeyPairs(emulator).toString().getBytes(StandardCharsets.UTF_8)));

            SeedReport again = emulator.seed("alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                    + "      - {name: deploy, publicKey: '" + RSA + "'}\n"
                    + "      - {name: bastion, create: true}\n");
            assertEquals(Map.of(), again.privateKeys());
            assertEquals("imported 0, created 0, replaced 0, updated 0, deleted 0; 2 already as declared",
                    again.summaryLine());
        }
    }

    @Test
    void aTextSeedIsRefusedTypedWithTheManifestsOwnCodes() throws Exception {
        try (Emulator emulator = TestEmulators.start()) {
            KeypairsException refused = assertThrows(KeypairsException.class, () -> emulator.seed(
                    "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                            + "      - {name: deploy, publicKey: '" + RSA + "'}\n"
                            + "      - {name: bastion, create: true, privateKeyFile: bastion.pem}\n"));
            assertEquals(ToolCode.PLAN_ERRORS, refused.code());
            assertTrue(refused.getMessage().contains("ConflictingFields"), refused.getMessage());
            assertEquals(Map.of(), alibabaKeyPairs(emulator), "nothing changed");
        }
    }

    static String pem(PrivateKeyPem key) {
        return new String(key.pemBytes(), StandardCharsets.US_ASCII);
    }

    static Map<String, DescribeKeyPairsResponseBody.DescribeKeyPairsResponseBodyKeyPairsKeyPair> alibabaKeyPairs(
            Emulator emulator) throws Exception {
        return alibabaKeyPairs(emulator.hostAndPort());
    }

    /** Alibaba's official SDK (Tea, ACS3-HMAC-SHA256): the key pairs of cn-hangzhou, by name. */
    static Map<String, DescribeKeyPairsResponseBody.DescribeKeyPairsResponseBodyKeyPairsKeyPair> alibabaKeyPairs(
            String hostAndPort) throws Exception {
        Client client = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(hostAndPort).setProtocol("http")
                .setRegionId(HANGZHOU).setConnectTimeout(5_000).setReadTimeout(10_000));
        return client.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(HANGZHOU).setIncludePublicKey(true)
                .setPageSize(50)).getBody().getKeyPairs().getKeyPair().stream()
                .collect(Collectors.toMap(keyPair -> keyPair.getKeyPairName(), keyPair -> keyPair));
    }

    static Map<String, KeyPair> tencentKeyPairs(Emulator emulator) throws Exception {
        KeyPair[] keyPairs = TestEmulators.cvm(emulator.hostAndPort(), GUANGZHOU).DescribeKeyPairs(
                new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest()).getKeyPairSet();
        return Arrays.stream(keyPairs).collect(Collectors.toMap(KeyPair::getKeyName, keyPair -> keyPair));
    }

    /** The RSA modulus of a PEM private key of this type (PKCS#8 for Alibaba, PKCS#1 for Tencent). */
    static BigInteger modulus(String pem, String pemType) throws Exception {
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            PemObject object = reader.readPemObject();
            assertEquals(pemType, object.getType());
            RSAPrivateKey rsa = pemType.equals("PRIVATE KEY") ? RSAPrivateKey.getInstance(
                    org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(object.getContent()).parsePrivateKey())
                    : RSAPrivateKey.getInstance(object.getContent());
            return rsa.getModulus();
        }
    }

    /** The RSA modulus of an OpenSSH public key line, as an SDK returned it. */
    static BigInteger modulusOf(String publicKey) throws Exception {
        return ((RSAKeyParameters) OpenSSHPublicKeyUtil.parsePublicKey(PublicKeyReader.read(publicKey).blob().bytes()))
                .getModulus();
    }
}
