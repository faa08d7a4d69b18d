package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keypairs.project.Address;
import dev.keypairs.manifest.PolicyRule;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Finding;
import dev.keypairs.plan.FindingFacts;
import dev.keypairs.plan.PlanError;
import dev.keypairs.plan.PlanWarning;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.Summary;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The words of a plan's errors, warnings and summary line. */
class PlanWordsTest {

    static final Address DEPLOY = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou").keyPair("deploy");
    static final Source AT = new Source("keypairs.yaml", 4, 9);

    static List<PlanError> everyError() {
        return List.of(
                new PlanError.Found(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "no manifest x.yaml", null, null)),
                new PlanError.PrivateKeyFileExists(DEPLOY, AT, "secrets/deploy.pem"),
                new PlanError.PrivateKeyFileNotWritable(DEPLOY, AT, "secrets/deploy.pem", "secrets is not a directory"),
                new PlanError.Protected(DEPLOY, AT, new Reason.KeyChanged("3f:aa", "9a:bb")),
                new PlanError.OverQuota(new ApiError(Provider.ALIBABA, ErrorCode.QUOTA_EXCEED_KEY_PAIR,
                        "The key pair quota is exceeded."), DEPLOY.regionAddress(), AT, 498, 1, 4, 500),
                new PlanError.PolicyViolation(new Finding(DEPLOY, PolicyRule.SHORT_RSA_KEY, Finding.Severity.ERROR,
                        false, new FindingFacts.RsaSize("ssh-rsa", 1024, 2048)), AT),
                new PlanError.RenameConflict(DEPLOY, DEPLOY.regionAddress().keyPair("old"), AT),
                new PlanError.BoundToInstances(DEPLOY, AT, Action.DELETE, "deploy", List.of("i-1", "i-2")));
    }

    @Test
    void everyErrorIsWordedWithItsCodeAndPlace() {
        assertEquals(List.of(
                "FileNotFound: no manifest x.yaml",
                "keypairs.yaml:4:9: alibaba/cn-hangzhou/deploy: FileExists: privateKeyFile secrets/deploy.pem exists"
                        + " already and is never overwritten: move it away, or name another file",
                "keypairs.yaml:4:9: alibaba/cn-hangzhou/deploy: FileNotWritable: privateKeyFile secrets/deploy.pem"
                        + " cannot be created: secrets is not a directory; the key would be lost, so nothing is"
                        + " created. Name a place you can write",
                "keypairs.yaml:4:9: alibaba/cn-hangzhou/deploy: Protected: key changed: 3f:aa → 9a:bb, but the key"
                        + " pair is protected: remove 'protect: true' to let it be replaced",
                "keypairs.yaml:4:9: alibaba/cn-hangzhou: QuotaExceed.KeyPair: The key pair quota is exceeded. After"
                        + " this plan it would hold 501 (498 now, 1 deleted, 4 added): 1 too many.",
                "keypairs.yaml:4:9: alibaba/cn-hangzhou/deploy: ShortRsaKey: an RSA key of 1024 bits (ssh-rsa), below"
                        + " the policy's minRsaBits of 2048: replace it with an ed25519 key, or an RSA key of at least"
                        + " 2048 bits",
                "keypairs.yaml:4:9: alibaba/cn-hangzhou/deploy: ConflictingFields: the store holds both deploy and old"
                        + " (renamedFrom), so which one is meant cannot be told: delete old once nothing uses it, or"
                        + " remove renamedFrom to keep both (old then counts as undeclared)",
                "keypairs.yaml:4:9: alibaba/cn-hangzhou/deploy: InvalidParameter.KeypairAlreadyAttachedInstance: the"
                        + " delete of deploy would be refused: it is bound to 2 instances (i-1, i-2), and the cloud"
                        + " refuses to delete a key pair still bound. Detach it from them first (DetachKeyPair), then"
                        + " plan again"),
                everyError().stream().map(PlanWords::line).toList());
    }

    @Test
    void theWordsCoverEveryKindOfError() {
        Set<Class<?>> kinds = Arrays.stream(PlanError.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(kinds, everyError().stream().map(Object::getClass).collect(Collectors.toSet()));
    }

    @Test
    void aBoundTencentKeyPairOfAReplaceIsTheRefusalTencentGivesAndNamesSoManyInstances() {
        Address tencent = Address.ofRegion(Provider.TENCENT, "ap-guangzhou").keyPair("ops_2026");
        List<String> instances = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> "ins-" + i).toList();
        PlanError bound = new PlanError.BoundToInstances(tencent, AT, Action.REPLACE, "ops_old", instances);
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE_KEY_PAIR_NOT_SUPPORTED, bound.code());
        assertEquals("the replace of ops_old would be refused: it is bound to 12 instances (ins-1, ins-2, ins-3, ins-4,"
                + " ins-5, ins-6, ins-7, ins-8, ins-9, ins-10 and 2 more), and the cloud refuses to delete a key pair"
                + " still bound. Detach it from them first (DisassociateInstancesKeyPairs), then plan again",
                PlanWords.message(bound));
    }

    @Test
    void aProtectedDestroySaysSo() {
        assertEquals("destroy would delete it, but the key pair is protected: remove 'protect: true' first",
                PlanWords.message(new PlanError.Protected(DEPLOY, AT, new Reason.Destroy())));
    }

    @Test
    void anErrorBecomesPlanJsonsEntry() {
        assertEquals(new Diagnostic(ToolCode.FILE_EXISTS, "privateKeyFile secrets/deploy.pem exists already and is"
                + " never overwritten: move it away, or name another file", "alibaba/cn-hangzhou/deploy", AT),
                PlanWords.diagnostic(everyError().get(1)));
    }

    @Test
    void everyWarningIsWorded() {
        List<PlanWarning> warnings = List.of(new PlanWarning.PrivateKeyFileInProject(DEPLOY, "secrets/deploy.pem"),
                new PlanWarning.PrivateKeyFileMissing(DEPLOY, "secrets/deploy.pem"),
                new PlanWarning.TargetMatchesNothing("alibaba/cn-hangzhuo/*"));
        assertEquals(List.of(
                "alibaba/cn-hangzhou/deploy: privateKeyFile secrets/deploy.pem lies inside the project, where it could"
                        + " be committed; keep it outside or ignore it in .gitignore",
                "alibaba/cn-hangzhou/deploy: privateKeyFile secrets/deploy.pem is missing or empty locally; the store"
                        + " never returns a private key again (replace the key pair under a new name to get one)",
                "keypairs.target 'alibaba/cn-hangzhuo/*' matches nothing"),
                warnings.stream().map(PlanWords::warning).toList());
        assertEquals(Set.of(PlanWarning.class.getPermittedSubclasses()),
                warnings.stream().map(Object::getClass).collect(Collectors.toSet()));
    }

    @Test
    void theSummaryLineNeverContradictsTheErrors() {
        assertEquals("No changes.", PlanWords.summary(new Summary(0, 0, 0, 0, 0, 3, 1, 0)));
        assertEquals("Plan: 1 to import, 1 to create, 0 to replace, 0 to update, 0 to delete; 0 unchanged.",
                PlanWords.summary(new Summary(1, 1, 0, 0, 0, 0, 0, 0)));
        assertEquals("Nothing can be applied until 1 error is fixed.",
                PlanWords.summary(new Summary(0, 0, 0, 0, 0, 2, 0, 1)));
        assertEquals("Plan: 0 to import, 0 to create, 1 to replace, 0 to update, 2 to delete; 5 unchanged. Not applied"
                + " until 2 errors are fixed.", PlanWords.summary(new Summary(0, 0, 1, 0, 2, 5, 0, 2)));
    }

    @Test
    void renamesAreCountedWhenThereAreAny() {
        assertEquals("Plan: 0 to import, 0 to create, 0 to replace, 2 to rename, 1 to update, 0 to delete; 3 unchanged.",
                PlanWords.summary(new Summary(0, 0, 0, 2, 1, 0, 3, 0, 0, 0)));
        assertEquals("No changes.", PlanWords.summary(new Summary(0, 0, 0, 0, 0, 0, 3, 0, 0, 0)));
    }
}
