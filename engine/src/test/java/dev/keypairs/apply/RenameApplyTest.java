package dev.keypairs.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanError;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.Planner;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.render.ApplyJson;
import dev.keypairs.render.ApplyWords;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.DeleteKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.RequestPacing;
import dev.keypairs.store.RetryPolicy;
import dev.keypairs.store.StoredKeyPair;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apply of Tencent tags and of renames against the real embedded store: tags changed in place through
 * ModifyResourceTags, a Tencent rename in place through ModifyKeyPairAttribute keeping the KeyId, an Alibaba rename
 * as a replace that imports the new name before it deletes the old one.
 */
class RenameApplyTest {

    static final Rules RULES = Rules.builtIn();
    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String RSA_3072 = Fixtures.text("rsa-3072.pub").strip();
    static final RetryPolicy QUICK = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20));
    static final RequestPacing PACING = RequestPacing.documented(RULES, EnumSet.noneOf(ApiCall.class));

    @TempDir
    Path base;
    ManifestProject project;
    KeyPairStore store;
    final ApplyListener listener = new ApplyListener() {
        @Override
        public void progress(String region, int done, int failed, int total) {
        }

        @Override
        public void warn(ApplyWarning warning) {
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
        return apply(store, plan);
    }

    ApplyResult apply(KeyPairStore through, Plan plan) throws Exception {
        assertEquals(List.of(), plan.errors());
        return new Applier(through, RULES, QUICK, PACING, listener).apply(plan);
    }

    StoredKeyPair stored(Provider provider, String region, String name) throws Exception {
        return store.describeKeyPairs(DescribeKeyPairsRequest.page(provider, region, List.of(), 1, 50)).keyPairs()
                .stream().filter(keyPair -> keyPair.name().equals(name)).findFirst().orElse(null);
    }

    static List<String> calls(ApplyResult result) {
        return result.calls().stream().map(call -> call.call().action() + " " + call.addresses().stream()
                .map(address -> address.substring(address.lastIndexOf('/') + 1)).collect(Collectors.joining(",")))
                .toList();
    }

    @Test
    void tencentTagsLandWithTheImportAndChangeInPlaceInOneModifyResourceTagsCall() throws Exception {
        String yaml = """
                defaults: {tags: {owner: platform}}
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: deploy, publicKey: '%s', tags: {env: dev, gone: x}}
                """.formatted(RSA);
        assertTrue(apply(plan(yaml)).succeeded());
        assertEquals(Map.of("owner", "platform", "env", "dev", "gone", "x"),
                stored(Provider.TENCENT, "ap-guangzhou", "deploy").tags(), "set through TagSpecification");

        Plan changed = plan(yaml.replace("env: dev, gone: x", "env: prod"));
        ApplyResult result = apply(changed);

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(List.of("ModifyResourceTags deploy"), calls(result));
        assertEquals(Map.of(Action.UPDATE, 1), result.done());
        assertEquals(Map.of("owner", "platform", "env", "prod"), stored(Provider.TENCENT, "ap-guangzhou", "deploy")
                .tags());
        assertFalse(plan(yaml.replace("env: dev, gone: x", "env: prod")).summary().hasChanges());
    }

    @Test
    void moreTagChangesThanOneModifyResourceTagsCallTakesGoInAsFewCallsAsItTakes() throws Exception {
        String many = IntStream.range(0, 12).mapToObj(i -> "t" + i + ": v").collect(Collectors.joining(", "));
        String yaml = "tencent: {ap-guangzhou: {keyPairs: [{name: deploy, publicKey: '" + RSA + "', tags: {%s}}]}}\n";
        assertTrue(apply(plan(yaml.formatted("a: b"))).succeeded());
        List<ModifyResourceTagsRequest> sent = new ArrayList<>();
        KeyPairStore recording = recording(sent);

        ApplyResult result = apply(recording, plan(yaml.formatted(many)));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(List.of(10, 2), sent.stream().map(request -> request.replaceTags().size()).toList());
        assertEquals(List.of(List.of("a"), List.of()), sent.stream().map(ModifyResourceTagsRequest::deleteTagKeys)
                .toList());
        assertEquals(12, stored(Provider.TENCENT, "ap-guangzhou", "deploy").tags().size());
        assertEquals(Map.of(Action.UPDATE, 1), result.done(), "one change, however many calls");
    }

    @Test
    void aTencentRenameKeepsTheKeyIdAndSetsItsTagsAfterInTheSameChange() throws Exception {
        String keyId = store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "ops_old", RSA, 0L)).keyId();
        String yaml = """
                tencent:
                  ap-guangzhou:
                    prune: true
                    keyPairs:
                      - {name: ops_2026, renamedFrom: ops_old, publicKey: '%s', tags: {team: web}}
                """.formatted(RSA);

        ApplyResult result = apply(plan(yaml));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(List.of("ModifyKeyPairAttribute ops_2026", "ModifyResourceTags ops_2026"), calls(result));
        assertEquals(Map.of(Action.RENAME, 1), result.done());
        StoredKeyPair renamed = stored(Provider.TENCENT, "ap-guangzhou", "ops_2026");
        assertEquals(keyId, renamed.keyId(), "renamed in place: the same KeyId");
        assertEquals(Map.of("team", "web"), renamed.tags());
        assertNull(stored(Provider.TENCENT, "ap-guangzhou", "ops_old"));
        assertTrue(ApplyJson.summaryLine(result).contains("renamed 1"), ApplyJson.summaryLine(result));
        String applyJson = ApplyJson.write(plan(yaml), result);
        assertTrue(applyJson.contains("\"action\" : \"ModifyKeyPairAttribute\""), applyJson);
        assertTrue(applyJson.contains("\"rename\" : 1"), applyJson);
        Plan again = plan(yaml);
        assertFalse(again.summary().hasChanges(), "a finished rename is a no-op: " + again.changes());
    }

    @Test
    void anAlibabaRenameImportsTheNewNameFirstThenDeletesTheOldOne() throws Exception {
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "old-name", RSA, List.of(), null));
        String yaml = """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: new-name, renamedFrom: old-name, publicKey: '%s', tags: {team: a}}
                """.formatted(RSA);

        ApplyResult result = apply(plan(yaml));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(List.of("ImportKeyPair new-name", "DeleteKeyPairs new-name"), calls(result),
                "the new name lands first; the delete is of the old key pair, recorded at the change's address");
        assertEquals(Map.of(Action.REPLACE, 1), result.done());
        assertNull(stored(Provider.ALIBABA, "cn-hangzhou", "old-name"));
        assertEquals(Map.of("team", "a"), stored(Provider.ALIBABA, "cn-hangzhou", "new-name").tags());
        assertFalse(plan(yaml).summary().hasChanges());
    }

    @Test
    void anOldKeyPairThatCannotBeDeletedIsLeftBesideTheNewNameAndTheNextPlanSaysBoth() throws Exception {
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "old-name", RSA, List.of(), null));
        String yaml = "alibaba: {cn-hangzhou: {keyPairs: [{name: new-name, renamedFrom: old-name, publicKey: '"
                + RSA + "'}]}}\n";
        // As a cloud where the old key pair was attached to an instance after the plan.
        KeyPairStore bound = (KeyPairStore) Proxy.newProxyInstance(KeyPairStore.class.getClassLoader(),
                new Class<?>[] {KeyPairStore.class}, (proxy, method, args) -> {
                    if (args != null && args.length == 1 && args[0] instanceof DeleteKeyPairsRequest) {
                        throw new ApiErrorException(new ApiError(Provider.ALIBABA,
                                ErrorCode.INVALID_PARAMETER_KEYPAIR_ALREADY_ATTACHED_INSTANCE,
                                "The key pair is attached to instances."), "REQ-1");
                    }
                    return forward(method, args);
                });

        ApplyResult result = apply(bound, plan(yaml));

        assertEquals(1, result.failures().size());
        Failure failure = result.failures().get(0);
        FailureCause.OldNameKept kept = assertInstanceOf(FailureCause.OldNameKept.class, failure.cause());
        assertEquals("old-name", kept.oldName());
        assertEquals(ErrorCode.INVALID_PARAMETER_KEYPAIR_ALREADY_ATTACHED_INSTANCE, failure.code());
        assertFalse(failure.nowAbsent());
        assertTrue(ApplyWords.message(failure).contains("old-name is left in place beside it"),
                ApplyWords.message(failure));
        assertTrue(stored(Provider.ALIBABA, "cn-hangzhou", "new-name") != null
                && stored(Provider.ALIBABA, "cn-hangzhou", "old-name") != null, "never neither");
        assertInstanceOf(PlanError.RenameConflict.class, plan(yaml).errors().get(0));
    }

    @Test
    void aTencentRenameFoundDoneByAnotherRunCountsAsDone() throws Exception {
        String keyId = store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "ops_old", RSA, 0L)).keyId();
        Plan plan = plan("tencent: {ap-guangzhou: {keyPairs: [{name: ops_2026, renamedFrom: ops_old, publicKey: '"
                + RSA + "'}]}}\n");
        store.modifyKeyPairAttribute(new dev.keypairs.store.ModifyKeyPairAttributeRequest("ap-guangzhou", keyId,
                "ops_2026", null));
        // As a cloud that refuses to give a key pair the name it has.
        KeyPairStore refusing = (KeyPairStore) Proxy.newProxyInstance(KeyPairStore.class.getClassLoader(),
                new Class<?>[] {KeyPairStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("modifyKeyPairAttribute")) {
                        throw new ApiErrorException(new ApiError(Provider.TENCENT,
                                ErrorCode.INVALID_KEY_PAIR_NAME_DUPLICATE, "The name is taken."), "REQ-2");
                    }
                    return forward(method, args);
                });

        ApplyResult result = apply(refusing, plan);

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(1, result.alreadyDone());
        assertEquals("already-done", result.calls().get(0).outcome().id());
    }

    @Test
    void aCreatedAlibabaKeyPairRenamedIsCreatedAnewUnderTheNewName() throws Exception {
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "bastion-old", RSA, List.of(), null));
        Path privateKey = base.resolve("secrets/bastion.pem");

        ApplyResult result = apply(plan("alibaba: {cn-hangzhou: {keyPairs: [{name: bastion, renamedFrom: bastion-old,"
                + " create: true, privateKeyFile: " + privateKey + "}]}}\n"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(List.of("CreateKeyPair bastion", "DeleteKeyPairs bastion"), calls(result));
        assertTrue(Files.readString(privateKey).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertNull(stored(Provider.ALIBABA, "cn-hangzhou", "bastion-old"));
    }

    private KeyPairStore recording(List<ModifyResourceTagsRequest> sent) {
        return (KeyPairStore) Proxy.newProxyInstance(KeyPairStore.class.getClassLoader(),
                new Class<?>[] {KeyPairStore.class}, (proxy, method, args) -> {
                    if (args != null && args.length == 1 && args[0] instanceof ModifyResourceTagsRequest request) {
                        sent.add(request);
                    }
                    return forward(method, args);
                });
    }

    private Object forward(java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
