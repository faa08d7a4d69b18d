package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.apply.ApplyResult;
import dev.keypairs.apply.Failure;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.PlanError;
import dev.keypairs.project.Address;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.Code;
import dev.keypairs.provider.CreateKeyPairRequest;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.render.ApplyJson;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoredKeyPair;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeding a store that is already open, from YAML text and from manifest files, as keypairs:apply would. */
class StoreSeedingTest {

    static final Rules RULES = Rules.builtIn();
    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String RSA_3072 = Fixtures.text("rsa-3072.pub").strip();
    static final String ECDSA = Fixtures.text("ecdsa-256.pub").strip();
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    /** Creates and imports of both providers, public keys inline, no private key file. */
    static final String BOTH_PROVIDERS = "alibaba:\n"
            + "  cn-hangzhou:\n"
            + "    keyPairs:\n"
            + "      - {name: deploy, publicKey: '" + RSA + "', tags: {team: web}}\n"
            + "      - {name: bastion, create: true}\n"
            + "tencent:\n"
            + "  ap-guangzhou:\n"
            + "    keyPairs:\n"
            + "      - {name: deploy_key, publicKey: '" + RSA_3072 + "', projectId: 0}\n"
            + "      - {name: ops_key, create: true}\n";

    @TempDir
    Path base;
    KeyPairStore store;
    final RecordingReporter reporter = new RecordingReporter();

    @BeforeEach
    void open() throws Exception {
        store = KeyPairStores.open("memory:seeding-test-" + ACCOUNTS.incrementAndGet() + "?rateLimit=off", RULES);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    StoreSeeding seeding() {
        return new StoreSeeding(store, RULES, reporter);
    }

    @Test
    void textCreatesAndImportsOfBothProvidersReturnTheCreatedPrivateKeys() throws Exception {
        SeedReport report = seeding().fromText(BOTH_PROVIDERS);

        assertTrue(report.succeeded(), report.toString());
        assertEquals(Map.of(Action.IMPORT, 2, Action.CREATE, 2), report.result().done());
        Address bastion = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou").keyPair("bastion");
        Address ops = Address.ofRegion(Provider.TENCENT, "ap-guangzhou").keyPair("ops_key");
        assertEquals(List.of(bastion, ops), new ArrayList<>(report.privateKeys().keySet()), "creates only");

        // Each PEM is the private half of the public key the store now holds, in the provider's own form.
        BigInteger alibabaModulus = modulus(report.privateKeys().get(bastion), "PRIVATE KEY");
        assertEquals(alibabaModulus, storedModulus(Provider.ALIBABA, "cn-hangzhou", "bastion"));
        BigInteger tencentModulus = modulus(report.privateKeys().get(ops), "RSA PRIVATE KEY");
        assertEquals(tencentModulus, storedModulus(Provider.TENCENT, "ap-guangzhou", "ops_key"));

        StoredKeyPair deploy = stored(Provider.ALIBABA, "cn-hangzhou", "deploy");
        assertEquals(PublicKeyReader.read(RSA).blob(), PublicKeyReader.read(deploy.publicKey()).blob());
        assertEquals(Map.of("team", "web"), deploy.tags());
        assertEquals(PublicKeyReader.read(RSA_3072).blob(),
                PublicKeyReader.read(stored(Provider.TENCENT, "ap-guangzhou", "deploy_key").publicKey()).blob());
        assertFalse(report.toString().contains("BEGIN"), "a report prints no private key: " + report);
    }

    @Test
    void theAnswerIsApplyJsonsSummaryAndThePrivateKeys() throws Exception {
        SeedReport report = seeding().fromText(BOTH_PROVIDERS);

        ObjectMapper mapper = new ObjectMapper();
        JsonNode answer = mapper.readTree(report.toJson());
        assertEquals(List.of("summary", "privateKeys"), fieldNames(answer));
        JsonNode applyJson = mapper.readTree(ApplyJson.write(report.plan(), report.result()));
        assertEquals(fieldNames(applyJson.get("summary")), fieldNames(answer.get("summary")));
        assertEquals(2, answer.get("summary").get("import").asInt());
        assertEquals(2, answer.get("summary").get("create").asInt());
        assertEquals(0, answer.get("summary").get("failed").asInt());
        JsonNode keys = answer.get("privateKeys");
        assertEquals(List.of("alibaba/cn-hangzhou/bastion", "tencent/ap-guangzhou/ops_key"), fieldNames(keys));
        assertEquals(new String(report.privateKeys().get(Address.ofRegion(Provider.ALIBABA, "cn-hangzhou")
                .keyPair("bastion")).pemBytes(), StandardCharsets.US_ASCII), keys.get("alibaba/cn-hangzhou/bastion")
                .asText());
        assertTrue(keys.get("tencent/ap-guangzhou/ops_key").asText().startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    }

    @Test
    void theSameSeedAgainChangesNothingAndReturnsNoKey() throws Exception {
        seeding().fromText(BOTH_PROVIDERS);
        List<StoredKeyPair> before = all();

        SeedReport again = seeding().fromText(BOTH_PROVIDERS);

        assertTrue(again.succeeded());
        assertFalse(again.plan().summary().hasChanges(), again.plan().changes().toString());
        assertEquals(4, again.plan().summary().noops());
        assertEquals(Map.of(), again.result().done());
        assertEquals(Map.of(), again.privateKeys());
        assertEquals(before, all());
        assertEquals(List.of(), reporter.lines.stream().filter(line -> line.startsWith("WARN")).toList(),
                "a seed's create has no file to miss");
    }

    @Test
    void aPrivateKeyFileIsRefusedAndNothingChanges() {
        PlanErrorsException refused = assertThrows(PlanErrorsException.class, () -> seeding().fromText(
                "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                        + "      - {name: deploy, publicKey: '" + RSA + "'}\n"
                        + "      - {name: bastion, create: true, privateKeyFile: bastion.pem}\n"));

        assertEquals(List.of(ToolCode.CONFLICTING_FIELDS), codes(refused));
        assertEquals(ToolCode.PLAN_ERRORS, refused.code());
        assertTrue(refused.getMessage().contains("privateKeyFile"), refused.getMessage());
        assertFalse(refused.getMessage().contains("null"), refused.getMessage());
        assertEquals(List.of(), all(), "nothing is applied, not even the valid import");
        assertFalse(Files.exists(Path.of("bastion.pem")));
    }

    @Test
    void aPublicKeyFileReadsNothingOnTheStoresHost() throws Exception {
        Path secret = Files.writeString(base.resolve("id.pub"), RSA);
        PlanErrorsException refused = assertThrows(PlanErrorsException.class, () -> seeding().fromText(
                "alibaba:\n  cn-hangzhou:\n    keyPairs:\n      - {name: deploy, publicKeyFile: '" + secret + "'}\n"));

        assertEquals(List.of(ToolCode.FILE_OUTSIDE_PROJECT), codes(refused));
        assertEquals(List.of(), all());
    }

    @Test
    void manifestErrorsAreRefusedWithTheirOwnCodesAllTogether() throws Exception {
        seeding().fromText(BOTH_PROVIDERS);
        List<StoredKeyPair> before = all();

        PlanErrorsException refused = assertThrows(PlanErrorsException.class, () -> seeding().fromText(
                "alibaba:\n  cn-hangzhou:\n    prune: true\n    keyPairs:\n"
                        + "      - {name: 9starts-with-a-digit, publicKey: '" + RSA + "'}\n"
                        + "      - {name: fine, publicKey: '" + RSA + "', colour: blue}\n"
                        + "tencent:\n  ap-guangzhou:\n    keyPairs:\n"
                        + "      - {name: ecdsa_key, publicKey: '" + ECDSA + "'}\n"));

        List<Code> codes = codes(refused);
        assertTrue(codes.contains(ErrorCode.INVALID_KEY_PAIR_NAME_MALFORMED), codes.toString());
        assertTrue(codes.contains(ToolCode.UNKNOWN_FIELD), codes.toString());
        assertTrue(codes.contains(ErrorCode.INVALID_PUBLIC_KEY_MALFORMED), codes.toString());
        assertEquals(before, all(), "prune: true deleted nothing either: nothing is applied");
    }

    @Test
    void yamlThatIsNoManifestIsAManifestSyntaxError() {
        PlanErrorsException refused = assertThrows(PlanErrorsException.class,
                () -> seeding().fromText("alibaba: [unclosed\n"));
        assertEquals(List.of(ToolCode.MANIFEST_SYNTAX), codes(refused));
        assertTrue(refused.getMessage().contains(StoreSeeding.TEXT_MANIFEST), refused.getMessage());
    }

    @Test
    void manifestFilesAreAppliedAsApplyWouldWritingPrivateKeysWhereTheManifestSays() throws Exception {
        ManifestProject project = new ManifestProject(base.resolve("seed"));
        project.key("keys/deploy.pub", "rsa-2048.pub");
        project.write("accounts/keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: deploy, publicKeyFile: ../keys/deploy.pub}\n"
                + "      - {name: bastion, create: true, privateKeyFile: ../../secrets/bastion.pem}\n");

        SeedReport report = seeding().fromFiles(project.base(), List.of("accounts"));

        assertEquals(Map.of(Action.IMPORT, 1, Action.CREATE, 1), report.result().done());
        assertEquals(Map.of(), report.privateKeys(), "written to its file, never returned");
        Path pem = base.resolve("secrets/bastion.pem");
        assertEquals(storedModulus(Provider.ALIBABA, "cn-hangzhou", "bastion"),
                modulus(new PrivateKeyPem(Files.readString(pem)), "PRIVATE KEY"));
        long written = Files.getLastModifiedTime(pem).toMillis();
        List<StoredKeyPair> before = all();

        SeedReport again = seeding().fromFiles(project.base(), List.of("accounts"));

        assertFalse(again.plan().summary().hasChanges());
        assertEquals(before, all());
        assertEquals(written, Files.getLastModifiedTime(pem).toMillis(), "the second seed writes nothing");
    }

    @Test
    void aManifestFileThatIsNotThereIsRefused() {
        PlanErrorsException refused = assertThrows(PlanErrorsException.class,
                () -> seeding().fromFiles(base, List.of("missing.yaml")));
        assertEquals(List.of(ToolCode.FILE_NOT_FOUND), codes(refused));
    }

    @Test
    void anActionTheStoreRefusesMeanwhileIsReportedAndTheOthersPrivateKeysAreKept() throws Exception {
        // A store changed between the plan and the apply: the quota was reached by another writer.
        KeyPairStore real = store;
        store = (KeyPairStore) Proxy.newProxyInstance(KeyPairStore.class.getClassLoader(),
                new Class<?>[] {KeyPairStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createKeyPair") && args[0] instanceof CreateKeyPairRequest request
                            && request.provider() == Provider.ALIBABA) {
                        throw new ApiErrorException(new ApiError(Provider.ALIBABA, ErrorCode.QUOTA_EXCEED_KEY_PAIR,
                                "The key pair quota was reached meanwhile."), "REQ-1");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try {
            SeedReport text = seeding().fromText(BOTH_PROVIDERS);

            assertFalse(text.succeeded());
            assertEquals(List.of(ErrorCode.QUOTA_EXCEED_KEY_PAIR),
                    text.result().failures().stream().map(failure -> failure.cause().code()).toList());
            assertEquals(List.of("alibaba/cn-hangzhou/bastion"),
                    text.result().failures().stream().map(Failure::address).toList());
            assertEquals(List.of(new Address(Provider.TENCENT, "ap-guangzhou", "ops_key")),
                    List.copyOf(text.privateKeys().keySet()), "the created key that went in is not lost");
            assertEquals(List.of("deploy_key", "ops_key"), names(Provider.TENCENT, "ap-guangzhou"));
            assertEquals(List.of("deploy"), names(Provider.ALIBABA, "cn-hangzhou"));

            ManifestProject project = new ManifestProject(base.resolve("files"));
            project.write("keypairs.yaml", "alibaba:\n  cn-beijing:\n    keyPairs:\n"
                    + "      - {name: bastion, create: true, privateKeyFile: bastion.pem}\n"
                    + "      - {name: deploy, publicKey: '" + RSA + "'}\n");
            ApplyFailedException failed = assertThrows(ApplyFailedException.class,
                    () -> seeding().fromFiles(project.base(), List.of("keypairs.yaml")));
            assertEquals(List.of(ErrorCode.QUOTA_EXCEED_KEY_PAIR),
                    failed.failures().stream().map(failure -> failure.cause().code()).toList());
            assertEquals(List.of("deploy"), names(Provider.ALIBABA, "cn-beijing"), "the rest was applied");
            assertFalse(Files.exists(project.base().resolve("bastion.pem")));
        } finally {
            store = real;
        }
    }

    static List<Code> codes(PlanErrorsException refused) {
        return refused.errors().stream().map(PlanError::code).toList();
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    /** The RSA modulus of a PEM private key of this PEM type (PKCS#8 or PKCS#1). */
    static BigInteger modulus(PrivateKeyPem key, String pemType) throws Exception {
        try (PemReader reader = new PemReader(new StringReader(new String(key.pemBytes(),
                StandardCharsets.US_ASCII)))) {
            PemObject pem = reader.readPemObject();
            assertEquals(pemType, pem.getType());
            RSAPrivateKey rsa = pemType.equals("PRIVATE KEY")
                    ? RSAPrivateKey.getInstance(PrivateKeyInfo.getInstance(pem.getContent()).parsePrivateKey())
                    : RSAPrivateKey.getInstance(pem.getContent());
            assertEquals(2048, rsa.getModulus().bitLength());
            return rsa.getModulus();
        }
    }

    BigInteger storedModulus(Provider provider, String region, String name) throws Exception {
        PublicKey key = PublicKeyReader.read(stored(provider, region, name).publicKey());
        return ((RSAKeyParameters) OpenSSHPublicKeyUtil.parsePublicKey(key.blob().bytes())).getModulus();
    }

    List<String> names(Provider provider, String region) throws Exception {
        return store.describeKeyPairs(DescribeKeyPairsRequest.page(provider, region, List.of(), 1, 50)).keyPairs()
                .stream().map(StoredKeyPair::name).sorted().toList();
    }

    StoredKeyPair stored(Provider provider, String region, String name) throws Exception {
        return store.describeKeyPairs(DescribeKeyPairsRequest.page(provider, region, List.of(), 1, 50)).keyPairs()
                .stream().filter(keyPair -> keyPair.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + provider.id() + "/" + region));
    }

    List<StoredKeyPair> all() {
        try {
            List<StoredKeyPair> all = new ArrayList<>();
            all.addAll(store.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, "cn-hangzhou", List.of(),
                    1, 50)).keyPairs());
            all.addAll(store.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.TENCENT, "ap-guangzhou",
                    List.of(), 1, 50)).keyPairs());
            return all;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
