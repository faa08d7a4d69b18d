package dev.keypairs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.manifest.Policy;
import dev.keypairs.manifest.PolicyRule;
import dev.keypairs.manifest.PruneScope;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.project.Source;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String RSA_3072 = Fixtures.text("rsa-3072.pub").strip();
    static final String ECDSA = Fixtures.text("ecdsa-256.pub").strip();
    static final Rules RULES = Rules.builtIn();

    @TempDir
    Path base;
    ManifestProject project;
    InMemoryStore store;

    @BeforeEach
    void setUp() {
        project = new ManifestProject(base);
        store = new InMemoryStore();
    }

    Plan plan(String yaml, String... targets) {
        return plan(yaml, null, targets);
    }

    /** Certificates' validity as the tests state it: none unless a test says otherwise. */
    Function<PublicKey, Optional<CertificateValidity>> validity = key -> Optional.empty();
    /** The manifests' key policy: the default unless a test says otherwise. */
    Policy policy = Policy.DEFAULT;

    Plan plan(String yaml, Boolean prune, String... targets) {
        return plan(yaml, new PlanOptions(List.of(), Arrays.asList(targets), prune));
    }

    Plan plan(String yaml, PlanOptions options) {
        project.write("keypairs.yaml", yaml);
        ManifestSet read = project.read();
        ManifestSet manifests = new ManifestSet(read.regions(), read.keyPairs(), read.declaredAddresses(),
                read.errors(), read.inputs(), policy);
        try {
            return new Planner(store, new ProjectPaths(base), RULES).certificateValidity(validity)
                    .plan(manifests, options);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Action> actions(Plan plan) {
        return plan.changes().stream().collect(Collectors.toMap(change -> change.address().toString(), Change::action));
    }

    static Change change(Plan plan, String address) {
        return plan.changes().stream().filter(change -> change.address().toString().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + address + " in " + plan.changes()));
    }

    static List<String> codes(Plan plan) {
        return plan.errors().stream().map(error -> error.code().code()).toList();
    }

    /** A problem worded where it was found (a provider's error or the manifest reader's). */
    static Diagnostic found(PlanError error) {
        return assertInstanceOf(PlanError.Found.class, error).diagnostic();
    }

    @Test
    void importAndCreateWhenTheStoreHasNothing() {
        Plan plan = plan("""
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: deploy, publicKey: '%s', tags: {team: a}}
                      - {name: bastion, create: true, privateKeyFile: /tmp/never-there/bastion.pem}
                """.formatted(RSA));

        assertEquals(List.of(), plan.errors());
        Change deploy = change(plan, "alibaba/cn-hangzhou/deploy");
        assertEquals(Action.IMPORT, deploy.action());
        assertEquals(new Reason.NotInStore(), deploy.reason());
        assertNull(deploy.before());
        assertEquals("ssh-rsa", deploy.after().keyType());
        assertEquals(2048, deploy.after().bits());
        assertEquals(Fixtures.key("rsa-2048.pub").fingerprints().md5(), deploy.after().fingerprint());
        assertEquals(Map.of("team", "a"), deploy.after().tags());
        assertEquals(new Source("keypairs.yaml", 4, 9), deploy.source(), "the entry starts at its brace");

        Change bastion = change(plan, "alibaba/cn-hangzhou/bastion");
        assertEquals(Action.CREATE, bastion.action());
        assertNull(bastion.after().fingerprint(), "a create not yet applied has no fingerprint");
        assertEquals(new Summary(1, 1, 0, 0, 0, 0, 0, 0), plan.summary());
    }

    @Test
    void sameKeyIsAdoptedWhateverItsCommentOrWhitespace() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "deploy", RSA.replace("rsa2048@fixtures", "someone-else"), Map.of(),
                null, null);
        String[] fields = RSA.split(" ");
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: deploy, publicKey: '  " + fields[0] + "   "
                + fields[1] + "   a different comment  '}]}}\n");

        assertEquals(Action.NOOP, change(plan, "alibaba/cn-hangzhou/deploy").action());
        assertFalse(plan.summary().hasChanges());
        assertEquals(new Reason.SameKey(), change(plan, "alibaba/cn-hangzhou/deploy").reason());
    }

    @Test
    void anotherKeyIsAReplaceShowingBothFingerprints() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "deploy", RSA_3072, Map.of(), null, null);
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: deploy, publicKey: '" + RSA + "'}]}}\n");

        Change change = change(plan, "alibaba/cn-hangzhou/deploy");
        assertEquals(Action.REPLACE, change.action());
        String oldMd5 = Fixtures.key("rsa-3072.pub").fingerprints().md5();
        String newMd5 = Fixtures.key("rsa-2048.pub").fingerprints().md5();
        assertEquals(new Reason.KeyChanged(oldMd5, newMd5), change.reason());
        assertEquals(oldMd5, change.before().fingerprint());
        assertEquals(3072, change.before().bits());
        assertEquals(newMd5, change.after().fingerprint());
    }

    @Test
    void aReSignedCertificateIsAReplaceSayingSo() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "cert", Fixtures.text("rsa-2048-cert.pub"), Map.of(), null, null);
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: cert, publicKey: '"
                + Fixtures.text("rsa-2048-resigned-cert.pub").strip() + "'}]}}\n");

        Change change = change(plan, "alibaba/cn-hangzhou/cert");
        assertEquals(Action.REPLACE, change.action());
        assertEquals(new Reason.CertificateResigned(Fixtures.key("rsa-2048-resigned-cert.pub").fingerprints().md5()),
                change.reason());
    }

    @Test
    void tagsAndResourceGroupAreUpdatedInPlace() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "deploy", RSA, Map.of("owner", "old", "gone", "x", "same", "1"),
                "rg-a", null);
        Plan plan = plan("""
                alibaba: {cn-hangzhou: {keyPairs: [{name: deploy, publicKey: '%s', resourceGroupId: rg-b,
                  tags: {owner: new, same: '1', added: y}}]}}
                """.formatted(RSA));

        Change change = change(plan, "alibaba/cn-hangzhou/deploy");
        assertEquals(Action.UPDATE, change.action());
        assertEquals(new Reason.AttributesDiffer(List.of(new TagChange.Added("added", "y"),
                new TagChange.Changed("owner", "old", "new"), new TagChange.Removed("gone")),
                new Reason.ResourceGroupMove("rg-a", "rg-b")), change.reason());
        assertEquals(Map.of("added", "y", "owner", "new", "same", "1"), change.after().tags());
        assertEquals("rg-a", change.before().resourceGroupId());
    }

    @Test
    void tencentTagsAreUpdatedInPlaceAndTheFilesDefaultsReachThem() {
        store.put(Provider.TENCENT, "ap-guangzhou", "deploy", RSA, Map.of("env", "dev", "gone", "x"), null, 0L)
                .put(Provider.TENCENT, "ap-guangzhou", "kept", RSA_3072, Map.of("owner", "platform"), null, 0L);
        Plan plan = plan("""
                defaults: {tags: {owner: platform}}
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: deploy, publicKey: '%s', tags: {env: prod}}
                      - {name: kept, publicKey: '%s'}
                """.formatted(RSA, RSA_3072));

        assertEquals(List.of(), plan.errors());
        Change deploy = change(plan, "tencent/ap-guangzhou/deploy");
        assertEquals(Action.UPDATE, deploy.action());
        assertEquals(new Reason.AttributesDiffer(List.of(new TagChange.Changed("env", "dev", "prod"),
                new TagChange.Added("owner", "platform"), new TagChange.Removed("gone")), null), deploy.reason());
        assertEquals(Map.of("env", "dev", "gone", "x"), deploy.before().tags());
        assertEquals(Map.of("env", "prod", "owner", "platform"), deploy.after().tags());
        assertEquals(Action.NOOP, change(plan, "tencent/ap-guangzhou/kept").action(), "the defaults' tag is held");
        assertEquals(new Summary(0, 0, 0, 1, 0, 1, 0, 0), plan.summary());
    }

    @Test
    void tencentRegionsArePrunedByTagsToo() {
        store.put(Provider.TENCENT, "ap-guangzhou", "ci_old", RSA, Map.of("managed-by", "keypairs"), null, 0L)
                .put(Provider.TENCENT, "ap-guangzhou", "manual", RSA_3072, Map.of(), null, 0L);
        Plan plan = plan("tencent: {ap-guangzhou: {prune: {tags: {managed-by: keypairs}}, keyPairs: []}}\n");

        assertEquals(Map.of("tencent/ap-guangzhou/ci_old", Action.DELETE), actions(plan));
        assertEquals(List.of("tencent/ap-guangzhou/manual"), plan.unmanaged().stream().map(Unmanaged::address).toList());
    }

    @Test
    void anUndeclaredResourceGroupIsLeftAsTheStoreHasIt() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "deploy", RSA, Map.of(), "rg-a", null);
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: deploy, publicKey: '" + RSA + "'}]}}\n");
        assertEquals(Action.NOOP, change(plan, "alibaba/cn-hangzhou/deploy").action());
    }

    @Test
    void tencentProjectChangeIsAReplace() {
        store.put(Provider.TENCENT, "ap-guangzhou", "deploy", RSA, Map.of(), null, 0L);
        Plan plan = plan("tencent: {ap-guangzhou: {keyPairs: [{name: deploy, projectId: 5, publicKey: '" + RSA + "'}]}}\n");

        Change change = change(plan, "tencent/ap-guangzhou/deploy");
        assertEquals(Action.REPLACE, change.action());
        assertEquals(new Reason.ProjectMoved(0L, 5L), change.reason());
        assertTrue(change.before().keyId().startsWith("skey-"));
    }

    @Test
    void undeclaredKeyPairsAreDeletedOnlyWithinPrune() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "ci-old", RSA, Map.of(), null, null)
                .put(Provider.ALIBABA, "cn-hangzhou", "manual", RSA, Map.of(), null, null)
                .put(Provider.ALIBABA, "cn-beijing", "anything", RSA, Map.of(), null, null)
                .put(Provider.ALIBABA, "cn-shanghai", "untouched", RSA, Map.of(), null, null);
        String yaml = """
                alibaba:
                  cn-hangzhou: {prune: {namePrefix: ci-}, keyPairs: []}
                  cn-beijing: {prune: true}
                """;

        Plan plan = plan(yaml);
        assertEquals(Map.of("alibaba/cn-hangzhou/ci-old", Action.DELETE, "alibaba/cn-beijing/anything", Action.DELETE),
                actions(plan));
        assertEquals(List.of(new Unmanaged("alibaba/cn-hangzhou/manual", Fixtures.key("rsa-2048.pub").fingerprints().md5())),
                plan.unmanaged(), "only declared regions are read");
        assertEquals(new Reason.NotDeclared(PruneScope.prefix("ci-")), change(plan, "alibaba/cn-hangzhou/ci-old").reason());
        assertNull(store.describeCalls.get("alibaba/cn-shanghai"));

        assertEquals(3, actions(plan(yaml, true)).size(), "-Dkeypairs.prune=true prunes every declared region");
        Plan none = plan(yaml, false);
        assertEquals(Map.of(), actions(none), "-Dkeypairs.prune=false prunes none");
        assertEquals(3, none.unmanaged().size());
        assertFalse(none.summary().hasChanges(), "unmanaged is not a change");
    }

    @Test
    void protectTurnsAReplaceIntoAnError() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "deploy", RSA_3072, Map.of(), null, null);
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: deploy, protect: true, publicKey: '" + RSA + "'}]}}\n");

        assertEquals(List.of("Protected"), codes(plan));
        assertEquals("alibaba/cn-hangzhou/deploy", plan.errors().get(0).address());
        assertInstanceOf(Reason.KeyChanged.class,
                assertInstanceOf(PlanError.Protected.class, plan.errors().get(0)).wouldBe());
        assertEquals(Map.of(), actions(plan));
    }

    @Test
    void targetsLimitWhatIsPlannedDeletesIncluded() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "ci-gone", RSA, Map.of(), null, null)
                .put(Provider.ALIBABA, "cn-hangzhou", "other-gone", RSA, Map.of(), null, null);
        String yaml = """
                alibaba:
                  cn-hangzhou:
                    prune: true
                    keyPairs:
                      - {name: ci-a, publicKey: '%s'}
                      - {name: web, publicKey: '%s'}
                  cn-beijing:
                    keyPairs:
                      - {name: ci-b, publicKey: '%s'}
                """.formatted(RSA, RSA, RSA);

        assertEquals(Map.of("alibaba/cn-hangzhou/ci-a", Action.IMPORT, "alibaba/cn-hangzhou/ci-gone", Action.DELETE,
                "alibaba/cn-beijing/ci-b", Action.IMPORT), actions(plan(yaml, "alibaba/*/ci-*")));
        assertEquals(4, actions(plan(yaml, "alibaba/cn-hangzhou")).size(), "a region address targets its key pairs");
        assertEquals(Map.of("alibaba/cn-hangzhou/web", Action.IMPORT), actions(plan(yaml, "alibaba/cn-hangzhou/web")));
        assertEquals(Map.of(), actions(plan(yaml, "tencent/*/*")));
    }

    @Test
    void quotaIsPredictedAfterDeletesAndImports() {
        IntStream.range(0, 498).forEach(i -> store.put(Provider.ALIBABA, "cn-hangzhou", "k" + i, RSA, Map.of(), null, null));
        String imports = """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: new1, publicKey: '%1$s'}
                      - {name: new2, publicKey: '%1$s'}
                      - {name: new3, publicKey: '%1$s'}
                """.formatted(RSA);

        Plan over = plan(imports);
        assertEquals(List.of("QuotaExceed.KeyPair"), codes(over));
        PlanError.OverQuota error = assertInstanceOf(PlanError.OverQuota.class, over.errors().get(0));
        assertEquals("alibaba/cn-hangzhou", error.address());
        assertEquals(new Source("keypairs.yaml", 2, 3), error.source());
        assertEquals(501, error.total());
        assertEquals(3, over.summary().imports(), "valid changes are still planned");

        assertEquals(List.of(), codes(plan(imports.replace("keyPairs:", "prune: {namePrefix: k49}\n    keyPairs:"))),
                "deletes free quota first");
        assertEquals(List.of(), codes(plan(imports, "alibaba/*/new1", "alibaba/*/new2")), "500 fits");
        assertEquals(List.of("QuotaExceed.KeyPair"), codes(plan(imports + "      - {name: new4, publicKey: '" + RSA
                + "'}\n", "alibaba/*/new1", "alibaba/*/new2", "alibaba/*/new4")),
                "with targets, quota still counts the whole region");
    }

    @Test
    void tencentQuotaIsTheStoresAndItsCodeTencents() {
        store.quota(Provider.TENCENT, "ap-guangzhou", 1).put(Provider.TENCENT, "ap-guangzhou", "old", RSA_3072,
                Map.of(), null, 0L);
        Plan plan = plan("tencent: {ap-guangzhou: {keyPairs: [{name: fresh, publicKey: '" + RSA + "'}]}}\n");
        assertEquals(List.of("InvalidKeyPair.LimitExceeded"), codes(plan));
    }

    @Test
    void everyStoreErrorIsPredictedAndValidChangesStillPlanned() {
        Plan plan = plan("""
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: 1bad, publicKey: '%s'}
                      - {name: ed, publicKey: '%s'}
                      - {name: secret, publicKeyFile: pasted.txt}
                      - {name: good, publicKey: '%s'}
                      - {name: tagged, publicKey: '%s', tags: {acs:x: y}}
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: bad-name, publicKey: '%s'}
                      - {name: ecdsa, publicKey: '%s'}
                """.formatted(RSA, Fixtures.text("ed25519.pub").strip(), RSA, RSA, RSA, ECDSA)
                .replace("pasted.txt", writePrivateKey()));

        assertEquals(List.of("InvalidKeyPairName.Malformed", "InvalidPublicKeyBody.Malformed",
                "InvalidPublicKeyBody.Malformed", "InvalidTagKey.Malformed", "InvalidKeyPairNameIncludeIllegalChar",
                "InvalidPublicKey.Malformed"), codes(plan));
        assertEquals(Map.of("alibaba/cn-hangzhou/good", Action.IMPORT), actions(plan));
        Diagnostic pasted = found(plan.errors().get(2));
        assertTrue(pasted.message().contains("this is a private key"), pasted.message());
        assertEquals(new Source("keypairs.yaml", 6, 24), pasted.source(), "placed at publicKeyFile");
        Fixtures.text("private-pkcs8.txt").lines().filter(line -> !line.startsWith("-----") && line.length() >= 20)
                .forEach(line -> assertFalse(pasted.message().contains(line.substring(0, 20))));
    }

    private String writePrivateKey() {
        project.key("pasted.txt", "private-pkcs8.txt");
        return "pasted.txt";
    }

    @Test
    void anUnknownRegionIsARegionErrorWithASuggestionAndIsNotRead() {
        Plan plan = plan("""
                alibaba:
                  cn-hangzou:
                    keyPairs:
                      - {name: ab, publicKey: '%s'}
                      - {name: 1b, publicKey: '%s'}
                tencent:
                  ap-nowhere: {}
                """.formatted(RSA, RSA));

        assertEquals(List.of("InvalidRegionId.NotFound", "InvalidKeyPairName.Malformed", "UnsupportedRegion"),
                codes(plan));
        Diagnostic region = found(plan.errors().get(0));
        assertEquals("alibaba/cn-hangzou", region.address());
        assertEquals(new Source("keypairs.yaml", 2, 3), region.source());
        assertTrue(region.message().endsWith("did you mean 'cn-hangzhou'?"), region.message());
        assertTrue(store.describeCalls.isEmpty());
        assertEquals(List.of(), plan.changes());
    }

    @Test
    void regionsAreReadInPagesNeverPerKeyPair() {
        IntStream.range(0, 500).forEach(i -> store.put(Provider.ALIBABA, "cn-hangzhou", "k" + i, RSA, Map.of(), null, null));
        IntStream.range(0, 250).forEach(i -> store.put(Provider.TENCENT, "ap-guangzhou", "k" + i, RSA, Map.of(), null, 0L));
        Plan plan = plan("alibaba: {cn-hangzhou: {}, cn-beijing: {}}\ntencent: {ap-guangzhou: {}}\n");

        assertEquals(Map.of("alibaba/cn-hangzhou", 10, "alibaba/cn-beijing", 1, "tencent/ap-guangzhou", 3),
                store.describeCalls);
        assertEquals(750, plan.unmanaged().size());
    }

    @Test
    void tencentRefusesTheSamePublicKeyTwiceInARegion() {
        store.put(Provider.TENCENT, "ap-guangzhou", "existing", RSA, Map.of(), null, 0L);
        Plan plan = plan("""
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: existing, publicKey: '%s'}
                      - {name: copy, publicKey: '%s'}
                      - {name: fresh, publicKey: '%s'}
                      - {name: fresh_copy, publicKey: '%s'}
                """.formatted(RSA, RSA, RSA_3072, RSA_3072));

        assertEquals(List.of("InvalidPublicKey.Duplicate", "InvalidPublicKey.Duplicate"), codes(plan));
        assertEquals(List.of("tencent/ap-guangzhou/copy", "tencent/ap-guangzhou/fresh_copy"),
                plan.errors().stream().map(PlanError::address).toList());
        assertEquals(Map.of("tencent/ap-guangzhou/existing", Action.NOOP, "tencent/ap-guangzhou/fresh", Action.IMPORT),
                actions(plan));
    }

    @Test
    void aTencentKeyFreedEarlierInTheApplyMayLandUnderAnotherName() {
        // Apply deletes first and replaces before it imports: the plan predicts over the region in that order.
        store.put(Provider.TENCENT, "ap-guangzhou", "old", RSA, Map.of(), null, 0L)
                .put(Provider.TENCENT, "ap-guangzhou", "rotated", RSA_3072, Map.of(), null, 0L);
        Plan plan = plan("""
                tencent:
                  ap-guangzhou:
                    prune: true
                    keyPairs:
                      - {name: rotated, publicKey: '%s'}
                      - {name: renamed, publicKey: '%s'}
                      - {name: takes_rotated_key, publicKey: '%s'}
                """.formatted(RSA, RSA, RSA_3072));

        assertEquals(List.of("InvalidPublicKey.Duplicate"), codes(plan),
                "rotated's new key is old's, freed by the delete; renamed then meets it under rotated");
        assertEquals("tencent/ap-guangzhou/renamed", plan.errors().get(0).address());
        assertEquals(Map.of("tencent/ap-guangzhou/old", Action.DELETE, "tencent/ap-guangzhou/rotated", Action.REPLACE,
                "tencent/ap-guangzhou/takes_rotated_key", Action.IMPORT), actions(plan),
                "rotated's old key is freed by its replace before the imports");
    }

    @Test
    void aTargetLimitsUnmanagedTooAndAGlobMatchingNothingIsAWarning() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "legacy-admin", RSA, Map.of(), null, null)
                .put(Provider.TENCENT, "ap-guangzhou", "stray", RSA, Map.of(), null, 0L);
        String yaml = """
                alibaba:
                  cn-hangzhou:
                    keyPairs: []
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: deploy, publicKey: '%s'}
                """.formatted(RSA_3072);

        Plan targeted = plan(yaml, "tencent/ap-guangzhou");
        assertEquals(List.of("tencent/ap-guangzhou/stray"), targeted.unmanaged().stream().map(Unmanaged::address)
                .toList(), "unmanaged within the target only");
        assertEquals(List.of(), targeted.warnings());

        Plan typo = plan(yaml, "tencent/ap-guangzhou/deploy", "alibaba/cn-hangzhuo/*");
        assertEquals(List.of(new PlanWarning.TargetMatchesNothing("alibaba/cn-hangzhuo/*")), typo.warnings());
        assertEquals(List.of("tencent/ap-guangzhou/deploy"), typo.changes().stream()
                .map(change -> change.address().toString()).toList());
        assertEquals(List.of(), plan(yaml, "*/*/stray").warnings(), "a stored address counts");
    }

    @Test
    void aMisspeltTencentRegionGetsOneSentenceOfSuggestion() {
        Plan plan = plan("tencent: {ap-guangzhuo: {keyPairs: []}}\n");
        assertEquals("'ap-guangzhuo' is not a Tencent Cloud region. Did you mean 'ap-guangzhou'?",
                found(plan.errors().get(0)).message());
    }

    @Test
    void everyMistakeOfAnEntryIsReportedInOneRunAndTheEntryIsNotPlanned() {
        Plan plan = plan("""
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: tagged, publicKey: '%s', tags: {aliyun-team: a, on: yes}}
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: deploy, publicKey: '%s', resourceGroupId: rg-a, projectId: -1}
                """.formatted(RSA, RSA));

        assertEquals(List.of("ManifestSyntax", "UnknownField", "InvalidTagKey.Malformed", "InvalidParameterValue"),
                codes(plan), plan.errors().toString());
        assertEquals(List.of(), plan.changes(), "an entry with mistakes is never planned");
    }

    @Test
    void pruneByTagDeletesOnlyUndeclaredKeyPairsCarryingThoseTags() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "ci-old", RSA, Map.of("managed-by", "keypairs"), null, null)
                .put(Provider.ALIBABA, "cn-hangzhou", "ci-colleague", RSA, Map.of(), null, null)
                .put(Provider.ALIBABA, "cn-hangzhou", "tagged", RSA, Map.of("managed-by", "keypairs", "x", "y"), null,
                        null)
                .put(Provider.ALIBABA, "cn-hangzhou", "other-tool", RSA, Map.of("managed-by", "terraform"), null, null);
        Plan byTag = plan("alibaba: {cn-hangzhou: {prune: {tags: {managed-by: keypairs}}, keyPairs: []}}\n");
        assertEquals(Map.of("alibaba/cn-hangzhou/ci-old", Action.DELETE, "alibaba/cn-hangzhou/tagged", Action.DELETE),
                actions(byTag));
        assertEquals(new Reason.NotDeclared(PruneScope.of(null, Map.of("managed-by", "keypairs"))),
                change(byTag, "alibaba/cn-hangzhou/ci-old").reason());
        assertEquals(2, byTag.unmanaged().size(), "a colleague's untagged key pair and another tool's are left alone");

        Plan both = plan("alibaba: {cn-hangzhou: {prune: {namePrefix: ci-, tags: {managed-by: keypairs}},"
                + " keyPairs: []}}\n");
        assertEquals(Map.of("alibaba/cn-hangzhou/ci-old", Action.DELETE), actions(both), "both conditions hold");
    }

    @Test
    void tencentKeyPairsCanBeCreated() {
        Plan plan = plan("""
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: bastion, create: true, privateKeyFile: /tmp/never-there/bastion.pem, projectId: 4}
                """);

        assertEquals(List.of(), plan.errors());
        Change bastion = change(plan, "tencent/ap-guangzhou/bastion");
        assertEquals(Action.CREATE, bastion.action());
        assertEquals("ssh-rsa", bastion.after().keyType());
        assertEquals(4L, bastion.after().projectId());
        assertNull(bastion.after().fingerprint());
    }

    @Test
    void aCreateCountsAgainstTheQuotaAsTheStoreCountsIt() {
        store.quota(Provider.TENCENT, "ap-guangzhou", 1).put(Provider.TENCENT, "ap-guangzhou", "old", RSA,
                Map.of(), null, 0L);
        Plan plan = plan("""
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: old, publicKey: '%s'}
                      - {name: bastion, create: true, privateKeyFile: /tmp/never-there/bastion.pem}
                """.formatted(RSA));
        assertEquals(List.of("InvalidKeyPair.LimitExceeded"), codes(plan));
        PlanError.OverQuota over = assertInstanceOf(PlanError.OverQuota.class, plan.errors().get(0));
        assertEquals(List.of(2L, 1, 0L, 1L), List.of(over.total(), over.held(), over.deleted(), over.added()));
    }

    @Test
    void aBrokenEntryIsStillDeclaredSoPruneNeverDeletesIt() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "mine", RSA, Map.of(), null, null);
        Plan plan = plan("alibaba: {cn-hangzhou: {prune: true, keyPairs: [{name: mine, publicKeyFile: missing.pub}]}}\n");
        assertEquals(List.of("FileNotFound"), codes(plan));
        assertEquals(Map.of(), actions(plan));
        assertEquals(List.of(), plan.unmanaged());
    }

    @Test
    void createdKeysWarnWhenTheirFileIsMissingOrInsideTheProject() throws Exception {
        store.put(Provider.ALIBABA, "cn-hangzhou", "old", RSA, Map.of(), null, null);
        Files.createDirectories(base.resolve("secrets"));
        Plan plan = plan("""
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: old, create: true, privateKeyFile: secrets/old.pem}
                      - {name: fresh, create: true, privateKeyFile: secrets/fresh.pem}
                """);

        assertEquals(Map.of("alibaba/cn-hangzhou/old", Action.NOOP, "alibaba/cn-hangzhou/fresh", Action.CREATE),
                actions(plan));
        assertEquals(2, plan.warnings().size(), plan.warnings().toString());
        assertEquals("secrets/old.pem",
                assertInstanceOf(PlanWarning.PrivateKeyFileMissing.class, plan.warnings().get(0)).declaredPath());
        assertEquals("secrets/fresh.pem",
                assertInstanceOf(PlanWarning.PrivateKeyFileInProject.class, plan.warnings().get(1)).declaredPath());
    }

    @Test
    void theBasisFollowsInputsOptionsAndStoreButNotTheWorkspacePath(@TempDir Path otherWorkspace) throws Exception {
        String yaml = "alibaba: {cn-hangzhou: {keyPairs: [{name: a, publicKeyFile: keys/a.pub}]}}\n";
        project.key("keys/a.pub", "rsa-2048.pub");
        String basis = plan(yaml).basis();

        assertEquals(basis, plan(yaml).basis(), "stable");
        assertTrue(basis.matches("[0-9a-f]{64}"), basis);
        ManifestProject other = new ManifestProject(otherWorkspace);
        other.key("keys/a.pub", "rsa-2048.pub");
        other.write("keypairs.yaml", yaml);
        assertEquals(basis, new Planner(store, new ProjectPaths(otherWorkspace), RULES)
                .plan(other.read(), new PlanOptions(List.of(), List.of(), null)).basis(), "paths are relative");

        assertNotEquals(basis, plan(yaml, true).basis(), "options");
        project.key("keys/a.pub", "rsa-3072.pub");
        assertNotEquals(basis, plan(yaml).basis(), "key files");
        project.key("keys/a.pub", "rsa-2048.pub");
        store.put(Provider.ALIBABA, "cn-hangzhou", "other", RSA, Map.of(), null, null);
        assertNotEquals(basis, plan(yaml).basis(), "store state");
    }

    @Test
    void theDefaultPolicyWarnsOfDeclaredWeakKeysAndBlocksNothing() {
        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: dsa, publicKey: '"
                + Fixtures.text("dsa-1024.pub").strip() + "'}, {name: short, publicKey: '"
                + Fixtures.text("rsa-1024.pub").strip() + "'}, {name: fine, publicKey: '" + RSA + "'}]}}\n");

        assertEquals(List.of("alibaba/cn-hangzhou/dsa:WeakKeyType:warning",
                "alibaba/cn-hangzhou/short:ShortRsaKey:warning"), findings(plan));
        assertTrue(plan.isValid());
        assertTrue(plan.hasDeclaredWarnings());
        assertEquals(2, plan.summary().findings());
    }

    @Test
    void anErrorFindingOfADeclaredKeyPairIsAPlanError() {
        policy = new Policy(Map.of(PolicyRule.WEAK_KEY_TYPE, Policy.Severity.ERROR), 2048, 30, 365);

        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: dsa, publicKey: '"
                + Fixtures.text("dsa-1024.pub").strip() + "'}]}}\n");

        PlanError.PolicyViolation violation = assertInstanceOf(PlanError.PolicyViolation.class, plan.errors().get(0));
        assertEquals(PolicyRule.WEAK_KEY_TYPE, violation.code());
        assertEquals("keypairs.yaml", violation.source().file());
        assertFalse(plan.isValid());
    }

    @Test
    void theAuditFindsUnmanagedKeyPairsAndNeverBlocks() {
        policy = new Policy(Map.of(PolicyRule.WEAK_KEY_TYPE, Policy.Severity.ERROR,
                PolicyRule.KEY_PAIR_TOO_OLD, Policy.Severity.ERROR), 2048, 30, 365);
        store.put(Provider.ALIBABA, "cn-hangzhou", "legacy", Fixtures.text("dsa-1024.pub"), Map.of(), null, null,
                Instant.parse("2020-01-01T00:00:00Z"));

        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: []}}\n");

        assertEquals(List.of("alibaba/cn-hangzhou/legacy:WeakKeyType:error",
                "alibaba/cn-hangzhou/legacy:KeyPairTooOld:error"), findings(plan));
        assertTrue(plan.findings().stream().allMatch(Finding::unmanaged));
        assertTrue(plan.isValid());
        assertFalse(plan.hasDeclaredWarnings());
    }

    @Test
    void theAgeOfAStoredKeyPairMovesWithAsOfAndAReplaceHasNone() {
        policy = new Policy(Map.of(PolicyRule.KEY_PAIR_TOO_OLD, Policy.Severity.WARN), 2048, 30, 365);
        store.put(Provider.ALIBABA, "cn-hangzhou", "kept", RSA, Map.of(), null, null,
                Instant.parse("2026-01-01T00:00:00Z"));
        store.put(Provider.ALIBABA, "cn-hangzhou", "rotated", RSA, Map.of(), null, null,
                Instant.parse("2020-01-01T00:00:00Z"));
        String yaml = "alibaba: {cn-hangzhou: {keyPairs: [{name: kept, publicKey: '" + RSA + "'},"
                + " {name: rotated, publicKey: '" + RSA_3072 + "'}]}}\n";

        Plan early = plan(yaml, new PlanOptions(List.of(), List.of(), null, LocalDate.parse("2026-12-31")));
        Plan late = plan(yaml, new PlanOptions(List.of(), List.of(), null, LocalDate.parse("2027-01-02")));

        assertEquals(List.of(), findings(early));
        assertEquals(List.of("alibaba/cn-hangzhou/kept:KeyPairTooOld:warning"), findings(late));
        assertEquals(new FindingFacts.Age(Instant.parse("2026-01-01T00:00:00Z"), 366, 365),
                late.findings().get(0).facts());
        assertNotEquals(early.basis(), late.basis());
    }

    @Test
    void aCertificateIsCheckedThroughItsValidity() {
        validity = key -> Optional.of(new CertificateValidity(Optional.empty(),
                Optional.of(Instant.parse("2026-03-01T00:00:00Z"))));

        Plan plan = plan("alibaba: {cn-hangzhou: {keyPairs: [{name: cert, publicKey: '"
                + Fixtures.text("rsa-2048-cert.pub").strip() + "'}]}}\n",
                new PlanOptions(List.of(), List.of(), null, LocalDate.parse("2026-02-15")));

        assertEquals(List.of("alibaba/cn-hangzhou/cert:CertificateExpiring:warning"), findings(plan));
    }

    static List<String> findings(Plan plan) {
        return plan.findings().stream().map(finding -> finding.address() + ":" + finding.rule().code() + ":"
                + finding.severity().id()).toList();
    }
}
