package dev.keypairs.apply;

import dev.keypairs.project.ToolCode;

import dev.keypairs.plan.PlanError;

import dev.keypairs.render.ApplyWords;
import dev.keypairs.render.GoalWords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PrivateKeyLeaks;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.Planner;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.DeleteKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.RequestPacing;
import dev.keypairs.store.RetryPolicy;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TestKeys;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apply against the real embedded store: order, idempotency, failures, private keys, pacing, retries. */
class ApplierTest {

    static final Rules RULES = Rules.builtIn();
    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String RSA_3072 = Fixtures.text("rsa-3072.pub").strip();
    static final RetryPolicy QUICK = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20));
    /** The pacing keypairs:apply uses on the emulated stores: their rate-limited calls at the documented rate. */
    static final RequestPacing PACING = RequestPacing.documented(RULES, EnumSet.of(ApiCall.IMPORT_KEY_PAIR,
            ApiCall.CREATE_KEY_PAIR));

    @TempDir
    Path base;
    ManifestProject project;
    KeyPairStore store;
    final List<String> progress = new ArrayList<>();
    final ApplyListener listener = new ApplyListener() {
        @Override
        public void progress(String region, int done, int failed, int total) {
            progress.add(GoalWords.progress(region, done, failed, total));
        }

        @Override
        public void warn(ApplyWarning warning) {
            progress.add("! " + ApplyWords.warning(warning));
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        project = new ManifestProject(base.resolve("project"));
        store = KeyPairStores.open("sqlite:" + base.resolve("store.db") + "?rateLimit=off");
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
    }

    Plan plan(String yaml) throws Exception {
        project.write("keypairs.yaml", yaml);
        return new Planner(store, new ProjectPaths(project.base()), RULES)
                .plan(project.read(), new PlanOptions(List.of("keypairs.yaml"), List.of(), null));
    }

    ApplyResult apply(Plan plan) throws Exception {
        return new Applier(store, RULES, QUICK, PACING, listener).apply(plan);
    }

    List<StoredKeyPair> stored(Provider provider, String region) throws Exception {
        return store.describeKeyPairs(DescribeKeyPairsRequest.page(provider, region, List.of(), 1, 50)).keyPairs();
    }

    Map<String, String> keysByName(Provider provider, String region) throws Exception {
        return stored(provider, region).stream().collect(Collectors.toMap(StoredKeyPair::name, StoredKeyPair::publicKey));
    }

    static String line(String key) throws Exception {
        return PublicKeyReader.read(key).toOpenSshLine();
    }

    @Test
    void applyThenPlanIsClean() throws Exception {
        String yaml = """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: deploy, publicKey: '%s', tags: {team: a}, resourceGroupId: rg-one}
                      - {name: bastion, create: true, privateKeyFile: ../secrets/bastion.pem}
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: deploy_key, publicKey: '%s', projectId: 3}
                """.formatted(RSA, RSA);

        ApplyResult result = apply(plan(yaml));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(Map.of(Action.IMPORT, 2, Action.CREATE, 1), result.done());
        assertEquals(List.of("ImportKeyPair", "CreateKeyPair", "ImportKeyPair"),
                result.calls().stream().map(call -> call.call().action()).toList());
        result.calls().forEach(call -> assertTrue(call.requestId().matches("[0-9A-F-]{36}"), call.requestId()));
        assertTrue(progress.contains("alibaba/cn-hangzhou: 2/2"), progress.toString());
        assertTrue(progress.contains("tencent/ap-guangzhou: 0/1"), progress.toString());
        StoredKeyPair deploy = stored(Provider.ALIBABA, "cn-hangzhou").stream()
                .filter(keyPair -> keyPair.name().equals("deploy")).findFirst().orElseThrow();
        assertEquals(Map.of("team", "a"), deploy.tags());
        assertEquals("rg-one", deploy.resourceGroupId());
        assertEquals(3L, stored(Provider.TENCENT, "ap-guangzhou").get(0).projectId());

        Plan again = plan(yaml);
        assertFalse(again.summary().hasChanges(), again.changes().toString());
    }

    @Test
    void deletesComeFirstThenReplacesImportsThenUpdates() throws Exception {
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "old", RSA, List.of(), null));
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "rotated", RSA_3072, List.of(), null));
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "retag", RSA,
                List.of(new dev.keypairs.provider.Tag("gone", "x")), null));
        ApplyResult result = apply(plan("""
                alibaba:
                  cn-hangzhou:
                    prune: true
                    keyPairs:
                      - {name: retag, publicKey: '%1$s', tags: {team: new}, resourceGroupId: rg-two}
                      - {name: fresh, publicKey: '%1$s'}
                      - {name: rotated, publicKey: '%1$s'}
                """.formatted(RSA)));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(List.of("DeleteKeyPairs old", "DeleteKeyPairs rotated", "ImportKeyPair rotated",
                "ImportKeyPair fresh", "UntagResources retag", "TagResources retag", "JoinResourceGroup retag"),
                result.calls().stream().map(call -> call.call() + " " + String.join(",", call.addresses().stream()
                        .map(address -> address.substring(20)).toList())).toList());
        Map<String, String> keys = keysByName(Provider.ALIBABA, "cn-hangzhou");
        assertEquals(List.of("fresh", "retag", "rotated"), keys.keySet().stream().sorted().toList());
        assertEquals(line(RSA), keys.get("rotated"));
        StoredKeyPair retag = stored(Provider.ALIBABA, "cn-hangzhou").stream()
                .filter(keyPair -> keyPair.name().equals("retag")).findFirst().orElseThrow();
        assertEquals(Map.of("team", "new"), retag.tags());
        assertEquals("rg-two", retag.resourceGroupId());
    }

    @Test
    void tencentDeletesAndReplacesByKeyId() throws Exception {
        store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "moved", RSA, 0L));
        store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "gone", RSA_3072, 0L));
        ApplyResult result = apply(plan("tencent: {ap-guangzhou: {prune: true, keyPairs: [{name: moved, projectId: 9,"
                + " publicKey: '" + RSA + "'}]}}\n"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(Map.of(Action.REPLACE, 1, Action.DELETE, 1), result.done());
        List<StoredKeyPair> left = stored(Provider.TENCENT, "ap-guangzhou");
        assertEquals(1, left.size());
        assertEquals(9L, left.get(0).projectId());
    }

    @Test
    void aTencentBatchDeleteRefusedForAKeyPairDeletedMeanwhileIsTriedOneByOne() throws Exception {
        String first = store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "one", RSA, 0L)).keyId();
        store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "two", RSA_3072, 0L));
        Plan plan = plan("tencent: {ap-guangzhou: {prune: true, keyPairs: []}}\n");
        // Another run deletes one after the plan was made: Tencent then refuses the whole batch (NotFound).
        store.deleteKeyPairs(DeleteKeyPairsRequest.of(Provider.TENCENT, "ap-guangzhou", List.of(first)));

        ApplyResult result = apply(plan);

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(Map.of(Action.DELETE, 1), result.done());
        assertEquals(1, result.alreadyDone());
        assertEquals(List.of(), stored(Provider.TENCENT, "ap-guangzhou"));
    }

    @Test
    void aTencentDeleteOfOneKeyPairDeletedMeanwhileCountsAsAlreadyDone() throws Exception {
        String only = store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "one", RSA, 0L)).keyId();
        Plan plan = plan("tencent: {ap-guangzhou: {prune: true, keyPairs: []}}\n");
        // Another run deletes it after the plan was made: Tencent refuses the batch of one (NotFound).
        store.deleteKeyPairs(DeleteKeyPairsRequest.of(Provider.TENCENT, "ap-guangzhou", List.of(only)));

        ApplyResult result = apply(plan);

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(Map.of(), result.done());
        assertEquals(1, result.alreadyDone());
    }

    @Test
    void anImportThatAlreadyLandedCountsAsDone() throws Exception {
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: raced, publicKey: '" + RSA + "'}]}}\n");
        // Another build (or a killed run of this one) imports the same key after the plan was made.
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "raced", RSA.replace("fixtures", "other"),
                List.of(), null));

        ApplyResult result = apply(plan);

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(CallRecord.Outcome.ALREADY_DONE, result.calls().get(result.calls().size() - 1).outcome());
        assertEquals(Map.of(), result.done(), "another run's import is not this run's");
        assertEquals(1, result.alreadyDone());
        assertEquals("Apply complete: imported 0, created 0, replaced 0, updated 0, deleted 0; 1 already done by"
                + " another run.", dev.keypairs.render.ApplyJson.summaryLine(result));
    }

    @Test
    void aKeyPairBoundToInstancesFailsAloneAndSaysToDetachIt() throws Exception {
        for (String name : List.of("free-1", "bound", "free-2")) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", name, RSA, List.of(), null));
        }
        Plan plan = plan("alibaba: {cn-hangzhou: {prune: true, keyPairs: []}}\n");
        // As a cloud where "bound" is still attached to an instance: a batch naming it is refused whole.
        KeyPairStore cloud = (KeyPairStore) Proxy.newProxyInstance(KeyPairStore.class.getClassLoader(),
                new Class<?>[] {KeyPairStore.class}, (proxy, method, args) -> {
                    if (args != null && args.length == 1 && args[0] instanceof DeleteKeyPairsRequest delete
                            && delete.ids().contains("bound")) {
                        throw new dev.keypairs.store.ApiErrorException(new dev.keypairs.provider.ApiError(
                                Provider.ALIBABA, dev.keypairs.provider.ErrorCode
                                        .INVALID_PARAMETER_KEYPAIR_ALREADY_ATTACHED_INSTANCE,
                                "The key pair is attached to instances."), "REQ-1");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        ApplyResult result = new Applier(cloud, RULES, QUICK, PACING, listener).apply(plan);

        assertEquals(Map.of(Action.DELETE, 2), result.done(), "the free ones are deleted");
        assertEquals(1, result.failures().size());
        assertEquals(FailureCause.Advice.DETACH_FROM_INSTANCES,
                ((FailureCause.Refused) result.failures().get(0).cause()).advice());
        assertEquals(List.of("bound"), stored(Provider.ALIBABA, "cn-hangzhou").stream().map(StoredKeyPair::name)
                .toList());
    }

    @Test
    void anImportThatAlreadyLandedCountsAsDoneWhereTheStoreAnswersFingerprintsOnly() throws Exception {
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: raced, publicKey: '" + RSA + "'}]}}\n");
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "raced", RSA, List.of(), null));
        // As a cloud that returns no public key: the fingerprint, normalised, must tell the same key.
        KeyPairStore fingerprintsOnly = (KeyPairStore) Proxy.newProxyInstance(KeyPairStore.class.getClassLoader(),
                new Class<?>[] {KeyPairStore.class}, (proxy, method, args) -> {
                    Object answer;
                    try {
                        answer = method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return answer instanceof DescribeKeyPairsResponse page ? new DescribeKeyPairsResponse(
                            page.requestId(), page.keyPairs().stream().map(keyPair -> new StoredKeyPair(
                                    keyPair.provider(), keyPair.regionId(), keyPair.name(), null,
                                    keyPair.fingerprint().replace(":", "").toUpperCase(java.util.Locale.ROOT), null,
                                    keyPair.tags(), null, null, keyPair.createdAt())).toList(),
                            page.totalCount(), page.pageNumber(), page.pageSize()) : answer;
                });

        ApplyResult result = new Applier(fingerprintsOnly, RULES, QUICK, PACING, listener).apply(plan);

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(1, result.alreadyDone());
    }

    @Test
    void aFailedActionDoesNotStopTheOthersAndAReplaceSaysTheKeyIsAbsent() throws Exception {
        store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "rotate", RSA_3072, 0L));
        Plan plan = plan("""
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: taken, publicKey: '%1$s'}
                      - {name: fine, publicKey: '%1$s'}
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: rotate, publicKey: '%2$s'}
                """.formatted(RSA, TestKeys.rsa(1)));
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "taken", RSA_3072, List.of(), null));
        store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "thief", TestKeys.rsa(1), 0L));

        ApplyResult result = apply(plan);

        assertFalse(result.succeeded());
        assertEquals(List.of("alibaba/cn-hangzhou/taken: import failed: KeyPair.AlreadyExist",
                "tencent/ap-guangzhou/rotate: replace failed: InvalidPublicKey.Duplicate"),
                result.failures().stream().map(f -> f.address() + ": " + f.action().id() + " failed: " + f.code().code()).toList());
        assertFalse(result.failures().get(0).nowAbsent());
        assertTrue(result.failures().get(1).nowAbsent());
        assertEquals(Map.of(Action.IMPORT, 1), result.done(), "the independent import went on");
        assertEquals(line(RSA_3072), keysByName(Provider.ALIBABA, "cn-hangzhou").get("taken"), "nothing overwritten");
    }

    @Test
    void aCreatedPrivateKeyGoesOnlyToItsFileOwnerOnlyAsPkcs8() throws Exception {
        Path file = base.resolve("deep/new/dir/bastion.pem");
        ApplyResult result = apply(plan("alibaba: {cn-hangzhou: {keyPairs: [{name: bastion, create: true,"
                + " privateKeyFile: '" + file + "'}]}}\n"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        String pem = Files.readString(file);
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"), pem.substring(0, 30));
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        assertEquals(2048, key.getModulus().bitLength());
        StoredKeyPair stored = stored(Provider.ALIBABA, "cn-hangzhou").get(0);
        byte[] blob = PublicKeyReader.read(stored.publicKey()).blob().bytes();
        assertTrue(new BigInteger(1, blob).toString(16).contains(key.getModulus().toString(16)),
                "the stored public key is the private key's");
        PrivateKeyLeaks.assertAbsent(PrivateKeyLeaks.read(pem), Map.of(
                "the apply result", result.toString().getBytes(StandardCharsets.UTF_8),
                "apply.json", dev.keypairs.render.ApplyJson.write(plan("alibaba: {cn-hangzhou: {}}\n"), result)
                        .getBytes(StandardCharsets.UTF_8),
                "the store", Files.readAllBytes(base.resolve("store.db"))));
    }

    @Test
    void aPrivateKeyFileThatAppearedSinceThePlanIsNeverOverwrittenAndTheStoreNotCalled() throws Exception {
        Path file = base.resolve("bastion.pem");
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: bastion, create: true, privateKeyFile: '" + file
                + "'}]}}\n");
        Files.writeString(file, "precious");

        ApplyResult result = apply(plan);

        assertEquals(List.of(new FailureCause.PrivateKeyFileAppeared(file.toString())),
                result.failures().stream().map(Failure::cause).toList());
        assertEquals("precious", Files.readString(file));
        assertEquals(List.of(), stored(Provider.ALIBABA, "cn-hangzhou"));
        assertEquals(List.of(), result.calls());
    }

    @Test
    void aPlaceThatCannotBeWrittenFailsBeforeTheKeyPairExists() throws Exception {
        // Writable when planned, not when applied (its directory became a file): apply finds out before the call.
        Path place = Files.createDirectories(base.resolve("place"));
        Path file = place.resolve("lost.pem");
        String yaml = "tencent: {ap-guangzhou: {keyPairs: [{name: bastion, create: true, privateKeyFile: '" + file
                + "'}]}}\n";
        Plan plan = plan(yaml);
        assertEquals(List.of(), plan.errors());
        Files.delete(place);
        Files.writeString(place, "a file now");

        ApplyResult result = apply(plan);

        assertEquals(List.of(ToolCode.FILE_NOT_WRITABLE), result.failures().stream().map(Failure::code).toList());
        assertTrue(((FailureCause.PrivateKeyFileNotWritable) result.failures().get(0).cause()).why()
                .contains(place + " is not a directory"), result.failures().get(0).toString());
        assertEquals(List.of(), result.calls(), "CreateKeyPair was never called");
        assertEquals(List.of(), stored(Provider.TENCENT, "ap-guangzhou"));
        Files.delete(place);
        assertEquals(Action.CREATE, plan(yaml).changes().get(0).action(), "the next plan still creates it");
    }

    @Test
    void anEmptyOwnerOnlyFileLeftByAKilledRunIsReusedAndAFailedCallRemovesTheFile() throws Exception {
        Path left = base.resolve("left/bastion.pem");
        Files.createDirectories(left.getParent());
        Files.createFile(left, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        ApplyResult reused = apply(plan("alibaba: {cn-hangzhou: {keyPairs: [{name: bastion, create: true,"
                + " privateKeyFile: '" + left + "'}]}}\n"));
        assertTrue(reused.succeeded(), reused.failures().toString());
        assertTrue(Files.readString(left).startsWith("-----BEGIN PRIVATE KEY-----"));

        Path refused = base.resolve("refused.pem");
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: other, create: true, privateKeyFile: '" + refused
                + "'}]}}\n");
        // Another build takes the name after the plan: the call is refused, and the reserved file goes.
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "other", RSA, List.of(), null));
        ApplyResult raced = apply(plan);
        assertTrue(raced.succeeded(), raced.failures().toString());
        assertFalse(Files.exists(refused), "the empty reserved file was removed");
    }

    @Test
    void aPlanRefusesAPrivateKeyFileUnderAFileAndTakesAnEmptyOne() throws Exception {
        Path notADirectory = Files.writeString(base.resolve("plain"), "x");
        Plan under = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: ab, create: true, privateKeyFile: '"
                + notADirectory.resolve("a.pem") + "'}]}}\n");
        assertEquals(List.of(ToolCode.FILE_NOT_WRITABLE), under.errors().stream().map(PlanError::code).toList());
        assertTrue(((PlanError.PrivateKeyFileNotWritable) under.errors().get(0)).why()
                .contains(notADirectory + " is not a directory"));
        Path empty = Files.createFile(base.resolve("empty.pem"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        assertEquals(List.of(), plan("alibaba: {cn-hangzhou: {keyPairs: [{name: ab, create: true, privateKeyFile: '"
                + empty + "'}]}}\n").errors(), "an empty owner-only file, left by a killed run, is reused");
        Path readable = Files.createFile(base.resolve("readable.pem"));
        Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(List.of(ToolCode.FILE_EXISTS), plan("alibaba: {cn-hangzhou: {keyPairs: [{name: ab, create: true,"
                + " privateKeyFile: '" + readable + "'}]}}\n").errors().stream().map(PlanError::code).toList(),
                "an empty file others may read is not a killed run's: never taken");
    }

    @Test
    void aBatchedDeleteIsOneCallListingEveryAddressItCovered() throws Exception {
        for (String name : List.of("p1", "p2", "p3")) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", name, RSA, List.of(), null));
        }
        ApplyResult result = apply(plan("alibaba: {cn-hangzhou: {prune: true, keyPairs: []}}\n"));
        assertEquals(1, result.calls().size(), result.calls().toString());
        assertEquals(List.of("alibaba/cn-hangzhou/p1", "alibaba/cn-hangzhou/p2", "alibaba/cn-hangzhou/p3"),
                result.calls().get(0).addresses());
        assertEquals(Map.of(Action.DELETE, 3), result.done());
    }

    @Test
    void tagUpdatesAreBatchedUpTo50KeyPairsACallWhereTheTagsMatch() throws Exception {
        StringBuilder before = new StringBuilder("alibaba:\n  cn-hangzhou:\n    keyPairs:\n");
        StringBuilder after = new StringBuilder(before);
        for (int i = 0; i < 120; i++) {
            before.append("      - {name: k").append(i).append(", publicKey: '").append(RSA).append("', tags: {team: a,")
                    .append(" old: x}}\n");
            after.append("      - {name: k").append(i).append(", publicKey: '").append(RSA).append("', tags: {team: ")
                    .append(i < 110 ? "b" : "c").append("}}\n");
        }
        assertTrue(apply(plan(before.toString())).succeeded());

        ApplyResult result = apply(plan(after.toString()));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(Map.of(Action.UPDATE, 120), result.done());
        assertEquals(List.of("UntagResources 50", "UntagResources 50", "UntagResources 20", "TagResources 50",
                "TagResources 50", "TagResources 10", "TagResources 10"), result.calls().stream()
                .map(call -> call.call().action() + " " + call.addresses().size()).toList(),
                "one call per 50 key pairs that get the same change, not one per key pair");
        assertEquals(Map.of("team", "c"), stored(Provider.ALIBABA, "cn-hangzhou").stream()
                .filter(keyPair -> keyPair.name().equals("k115")).findFirst().orElseThrow().tags());
    }

    @Test
    void aTagBatchRefusedForOneKeyPairStillUpdatesTheOthers() throws Exception {
        String before = "alibaba:\n  cn-hangzhou:\n    keyPairs:\n" + IntStream.range(0, 3).mapToObj(i -> "      - {name: k" + i
                + ", publicKey: '" + RSA + "', tags: {team: a}}").collect(Collectors.joining("\n")) + "\n";
        assertTrue(apply(plan(before)).succeeded());
        Plan plan = plan(before.replace("team: a", "team: b"));
        // Another run deletes k1 after the plan: the batch is refused, and each key pair is tried alone.
        store.deleteKeyPairs(DeleteKeyPairsRequest.of(Provider.ALIBABA, "cn-hangzhou", List.of("k1")));

        ApplyResult result = apply(plan);

        assertEquals(List.of("alibaba/cn-hangzhou/k1"), result.failures().stream().map(Failure::address).toList());
        assertEquals(Map.of(Action.UPDATE, 2), result.done(), "the independent updates went on");
        assertEquals(List.of("TagResources 3", "TagResources 1", "TagResources 1", "TagResources 1"),
                result.calls().stream().map(call -> call.call().action() + " " + call.addresses().size()).toList());
    }

    @Test
    void aPlanWithErrorsIsNeverApplied() throws Exception {
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: 1bad, publicKey: '" + RSA + "'}]}}\n");
        assertThrows(IllegalArgumentException.class, () -> apply(plan));
    }

    @Test
    void tencentImportsArePacedSoTheLimitIsNeverMet() throws Exception {
        try (KeyPairStore limited = KeyPairStores.open("sqlite:" + base.resolve("limited.db"))) {
            String yaml = IntStream.range(0, 25).mapToObj(i -> "      - {name: k" + i + ", publicKey: '"
                    + TestKeys.rsa(i).strip() + "'}").collect(Collectors.joining("\n", "tencent:\n  ap-guangzhou:\n"
                            + "    keyPairs:\n", "\n"));
            project.write("keypairs.yaml", yaml);
            Plan plan = new Planner(limited, new ProjectPaths(project.base()), RULES)
                    .plan(project.read(), new PlanOptions(List.of("keypairs.yaml"), List.of(), null));

            ApplyResult result = new Applier(limited, RULES, QUICK, PACING, listener).apply(plan);

            assertTrue(result.succeeded(), result.failures().toString());
            assertEquals(25, result.calls().size());
            result.calls().forEach(call -> {
                assertEquals(1, call.attempts(), "paced: never refused, never retried");
                assertEquals(List.of(), call.retriedOn());
            });
        }
    }
}
