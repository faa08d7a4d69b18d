package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.workflow.ApplyFailedException;
import dev.keypairs.workflow.ChangesPendingException;
import dev.keypairs.workflow.Configuration;
import dev.keypairs.workflow.InvalidConfigurationException;
import dev.keypairs.workflow.InvalidManifestsException;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.NotApprovedException;
import dev.keypairs.workflow.Reporter;
import dev.keypairs.workflow.Setting;
import dev.keypairs.workflow.StalePlanException;
import dev.keypairs.workflow.StoreAccessException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maven's words for the engine's failures: each failure is the engine's own, made by running its goals (against the
 * in-memory store, or a {@link FailingStoreFactory} store refusing as a cloud refuses), and the words are what
 * {@link MavenWording} adds to its message, exactly.
 */
class MavenWordingTest {

    private static final String RSA = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDGfVO/sI59BpcgS5h9yhR7QPhT1HCp5i7K+fFpYvGmX74Pw"
            + "cBGNd2RCsgLwuAv73j1ISOe4fLx4ywLb+LER1iWi8EdK9YB0EqKfUFVhGPjv35JgSIaSpe/Xu4RlymkNLjjWrIChRMweZviyJKVtLsd"
            + "9xWqZrKGle9hOffxyc4V2E91eO2yYDD8pIO/K+pC/RKGlcdMA/6uGdf/2dc65EQSR2MdGL9PKJH2JG53GRLB8Fhh0k82YCwpW1c/mo"
            + "jIXCdHNeZ/bS5slDvzYcIsP+Zk5x0PkDkLnXd0z95uQE5fjCOrQnH9t4O/cT3SZ87JXb2GXXqE6Rff4F0ExUaKGb13 rsa2048@fixtures";

    private static final String NEW_PLAN = " Run mvn keypairs:plan for the new plan.";
    private static final String APPLY_GOAL = " (The apply goal: mvn keypairs:apply.)";
    private static final String ALIBABA_DENIED = " The alibaba account refused the access key or its permissions, so"
            + " nothing was retried or changed: check the key in the settings.xml server keypairs-alibaba (or"
            + " -Dkeypairs.alibaba.serverId), else ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in"
            + " the environment: that it is the intended, enabled key, and that its RAM policy allows"
            + " ecs:DescribeKeyPairs, ecs:ImportKeyPair, ecs:CreateKeyPair, ecs:DeleteKeyPairs, ecs:TagResources,"
            + " ecs:UntagResources, ecs:JoinResourceGroup and ecs:DescribeInstances. A clock far off also fails"
            + " signatures.";
    private static final String TENCENT_DENIED = " The tencent account refused the access key or its permissions, so"
            + " nothing was retried or changed: check the key in the settings.xml server keypairs-tencent (or"
            + " -Dkeypairs.tencent.serverId), else TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the"
            + " environment: that it is the intended, enabled key, and that its CAM policy allows cvm:DescribeKeyPairs,"
            + " cvm:ImportKeyPair, cvm:CreateKeyPair, cvm:DeleteKeyPairs, cvm:ModifyKeyPairAttribute and"
            + " tag:ModifyResourceTags. A clock far off also fails signatures.";

    private static final Reporter QUIET = new Reporter() {
        @Override
        public void info(String line) {
        }

        @Override
        public void warn(String line) {
        }
    };

    @TempDir
    Path base;

    private String memoryStore;

    @BeforeEach
    void oneKeyPairDeclared() throws Exception {
        memoryStore = "memory:wording-" + UUID.randomUUID();
        manifest("deploy-key");
    }

    private void manifest(String... names) throws Exception {
        Files.writeString(base.resolve("keypairs.yaml"), "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + List.of(names).stream().map(name -> "      - {name: " + name + ", publicKey: '" + RSA + "'}\n")
                        .collect(Collectors.joining()));
    }

    private Configuration configuration(String store, boolean failOnChanges, Path savedPlan) {
        return Configuration.of(base).withStore(store).withFailOnChanges(failOnChanges).withSavedPlan(savedPlan);
    }

    /** A store that refuses one call with the provider's code, as the cloud would. */
    private static String failing(String call, Provider provider, String code) {
        return FailingStoreFactory.SCHEME + ":wording-" + UUID.randomUUID() + "?refuse=" + call + "&provider="
                + provider.id() + "&code=" + code;
    }

    private static String setting(String key, String parameter) {
        return " (Set " + key + " with -D" + key + "=... on the command line, or <" + parameter + "> in the plugin's"
                + " <configuration>.)";
    }

    // The goal to run next.

    @Test
    void aStalePlanSaysToPlanAgain() throws Exception {
        Path planJson = new Keypairs(configuration(memoryStore, false, null), QUIET).plan().planJson();
        manifest("deploy-key", "build-key");

        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> new Keypairs(configuration(memoryStore, false, base.relativize(planJson)), QUIET).apply());

        assertEquals(stale.getMessage() + NEW_PLAN, MavenWording.describe(stale));
        // The stale-plan IT's words.
        assertTrue(MavenWording.describe(stale).endsWith("Make a new plan, review it, and apply that. Run mvn"
                + " keypairs:plan for the new plan."), MavenWording.describe(stale));
    }

    @Test
    void pendingChangesNameTheApplyGoal() {
        ChangesPendingException pending = assertThrows(ChangesPendingException.class,
                () -> new Keypairs(configuration(memoryStore, true, null), QUIET).plan());

        assertEquals(pending.getMessage() + APPLY_GOAL, MavenWording.describe(pending));
        assertTrue(MavenWording.describe(pending).contains("Run the apply goal to make it match"));
    }

    @Test
    void aFailedApplyNamesTheApplyGoal() {
        ApplyFailedException failed = assertThrows(ApplyFailedException.class, () -> new Keypairs(configuration(failing("importKeyPair", Provider.ALIBABA, "UnsupportedOperation"), false, null), QUIET).apply());

        assertEquals(failed.getMessage() + APPLY_GOAL, MavenWording.describe(failed));
        assertFalse(MavenWording.describe(failed).contains(NEW_PLAN));
    }

    // A denied access key: what to check, in Maven's places first.

    @Test
    void anAlibabaDenialSaysWhatToCheckWhereAMavenUserKeepsTheKey() {
        StoreAccessException denied = assertThrows(StoreAccessException.class, () -> new Keypairs(configuration(failing("describeKeyPairs", Provider.ALIBABA, "InvalidAccessKeyId.NotFound"), false,
                        null), QUIET).plan());
        ApiErrorException refusal = assertInstanceOf(ApiErrorException.class, denied.getCause());
        assertEquals(ErrorKind.DENIED, refusal.kind());
        assertNull(denied.setting());

        assertEquals(denied.getMessage() + ALIBABA_DENIED, MavenWording.describe(denied));
    }

    @Test
    void aTencentDenialNamesItsOwnServerVariablesAndPolicyThenTheSetting() {
        StoreAccessException denied = assertThrows(StoreAccessException.class, () -> new Keypairs(configuration(failing("open", Provider.TENCENT, "AuthFailure.SignatureFailure"), false, null), QUIET).plan());
        assertEquals(ErrorKind.DENIED, assertInstanceOf(ApiErrorException.class, denied.getCause()).kind());
        assertEquals(Setting.STORE, denied.setting());

        assertEquals(denied.getMessage() + TENCENT_DENIED + setting("keypairs.store", "store"),
                MavenWording.describe(denied));
    }

    @Test
    void aCloudDenialNamesTheAccessKeyIdAndWhereItCameFromNeverTheSecret() {
        Map<AccessKeyInUse.Source, String> from = Map.of(
                AccessKeyInUse.Source.FRONT_END, "the settings.xml server team-alibaba",
                AccessKeyInUse.Source.ENVIRONMENT,
                        "the environment (ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)",
                AccessKeyInUse.Source.SDK_DEFAULT_CHAIN, "the alibaba SDK's default chain (a profile file, OIDC or the"
                        + " instance's role), as neither the settings.xml server team-alibaba nor the environment"
                        + " (ALIBABA_CLOUD_ACCESS_KEY_ID) held a key");
        for (AccessKeyInUse.Source source : AccessKeyInUse.Source.values()) {
            StoreAccessException denied = assertThrows(StoreAccessException.class, () -> new Keypairs(configuration(
                    failing("describeKeyPairs", Provider.ALIBABA, "InvalidAccessKeyId.NotFound")
                            + "&keyId=LTAI5tTEST&source=" + source, false, null), QUIET).plan());

            assertEquals(denied.getMessage() + " The alibaba account refused the access key LTAI5tTEST from "
                    + from.get(source) + " or its permissions, so nothing was retried or changed: check that it is the"
                    + " intended, enabled key, and that its RAM policy allows ecs:DescribeKeyPairs, ecs:ImportKeyPair,"
                    + " ecs:CreateKeyPair, ecs:DeleteKeyPairs, ecs:TagResources, ecs:UntagResources,"
                    + " ecs:JoinResourceGroup and ecs:DescribeInstances. A clock far off also fails signatures.",
                    MavenWording.describe(denied, Map.of(Provider.ALIBABA, "team-alibaba")));
        }
    }

    @Test
    void aRefusalThatIsNoDenialGetsNoAdvice() {
        StoreAccessException refused = assertThrows(StoreAccessException.class, () -> new Keypairs(configuration(failing("describeKeyPairs", Provider.ALIBABA, "UnsupportedOperation"), false, null), QUIET).plan());
        assertEquals(ErrorKind.FINAL, assertInstanceOf(ApiErrorException.class, refused.getCause()).kind());

        assertEquals(refused.getMessage(), MavenWording.describe(refused));
    }

    // The setting to change, as a Maven user sets it.

    @Test
    void anEmptyStoreSaysHowToSetIt() {
        InvalidConfigurationException empty = assertThrows(InvalidConfigurationException.class,
                () -> new Keypairs(configuration(" ", false, null), QUIET).plan());

        assertEquals(empty.getMessage() + setting("keypairs.store", "store"), MavenWording.describe(empty));
        // The empty-store IT's words.
        assertTrue(MavenWording.describe(empty).contains("-Dkeypairs.store=... on the command line, or <store>"));
    }

    @Test
    void aDeclinedDestroyNamesAutoApprove() throws Exception {
        // A store that outlives the apply: an in-memory account ends with its last handle.
        String store = "sqlite:" + base.resolve("store.db") + "?rateLimit=off";
        new Keypairs(configuration(store, false, null), QUIET).apply();

        NotApprovedException declined = assertThrows(NotApprovedException.class,
                () -> new Keypairs(configuration(store, false, null), QUIET).destroy(summary -> false));

        assertEquals(declined.getMessage() + setting("keypairs.autoApprove", "autoApprove"),
                MavenWording.describe(declined));
    }

    @Test
    void aSavedPlanGivenToDestroyNamesThePlan() {
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class, () -> new Keypairs(configuration(memoryStore, false, Path.of("plan.json")), QUIET).destroy(summary -> true));

        assertEquals(refused.getMessage() + setting("keypairs.plan", "plan"), MavenWording.describe(refused));
    }

    @Test
    void aSavedPlanOfAnotherExecutionNamesTheCommandsOfBoth() throws Exception {
        Configuration prod = configuration(memoryStore, false, null).withExecution("prod");
        Path planJson = new Keypairs(prod, QUIET).plan().planJson();

        for (String[] executions : new String[][] {{"staging", "@prod", "@staging"}, {"default-cli", "@prod", ""}}) {
            InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                    () -> new Keypairs(prod.withExecution(executions[0]).withSavedPlan(planJson), QUIET).apply());

            assertEquals(refused.getMessage() + " (Its own execution applies it: mvn keypairs:apply" + executions[1]
                    + " -Dkeypairs.plan=" + planJson + "; this one's plan: mvn keypairs:plan" + executions[2] + ".)"
                    + setting("keypairs.plan", "plan"), MavenWording.describe(refused));
        }
        Path fromTheCommandLine = new Keypairs(prod.withExecution("default-cli"), QUIET).plan().planJson();
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> new Keypairs(prod.withSavedPlan(fromTheCommandLine), QUIET).apply());
        assertTrue(MavenWording.describe(refused).contains("(Its own execution applies it: mvn keypairs:apply"
                + " -Dkeypairs.plan=" + fromTheCommandLine + "; this one's plan: mvn keypairs:plan@prod.)"),
                MavenWording.describe(refused));
    }

    @Test
    void anUnreadableRegionCatalogueNamesItsProvidersParameter() {
        Configuration missingCatalogue = Configuration.of(base).withStore(memoryStore)
                .withRegionCatalogues(Map.of(Provider.TENCENT, Path.of("no-such-regions.tsv")));

        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> new Keypairs(missingCatalogue, QUIET).validate());

        assertEquals(refused.getMessage() + setting("keypairs.regions.tencent", "tencentRegions"),
                MavenWording.describe(refused));
    }

    @Test
    void aFailureNamingNothingToChangeIsLeftInTheEnginesWords() throws Exception {
        Files.writeString(base.resolve("keypairs.yaml"), "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - name: deploy-key\n        pubicKey: ssh-rsa AAAA\n");

        InvalidManifestsException invalid = assertThrows(InvalidManifestsException.class,
                () -> new Keypairs(configuration(memoryStore, false, null), QUIET).validate());

        assertNull(invalid.setting());
        assertEquals(invalid.getMessage(), MavenWording.describe(invalid));
    }

    // Each setting's parameter in a pom.

    @Test
    void eachSettingIsThePomParameterOfItsProperty() throws Exception {
        Map<Setting, String> expected = new EnumMap<>(Map.of(Setting.MANIFESTS, "manifests", Setting.STORE, "store",
                Setting.OUT, "out", Setting.PLAN, "plan", Setting.REGIONS_ALIBABA, "alibabaRegions",
                Setting.REGIONS_TENCENT, "tencentRegions", Setting.AUTO_APPROVE, "autoApprove", Setting.EXPORT_REGIONS,
                "regions", Setting.EXPORT_TO, "to", Setting.POLICY_AS_OF, "policyAsOf"));
        assertEquals(Set.of(Setting.values()), expected.keySet(), "a new setting: say which parameter it is");

        PluginDescriptor plugin = CommandLineSettingsTest.pluginDescriptor();
        for (Setting setting : Setting.values()) {
            assertEquals(expected.get(setting), MavenWording.parameter(setting), setting.name());
            // The parameter a user writes in <configuration> is a goal's real one, with the setting's property.
            boolean found = false;
            for (MojoDescriptor goal : plugin.getMojos()) {
                for (Parameter parameter : goal.getParameters()) {
                    found |= parameter.getName().equals(MavenWording.parameter(setting))
                            && ("${" + setting.key() + "}").equals(parameter.getExpression());
                }
            }
            assertTrue(found, "no goal has a parameter <" + MavenWording.parameter(setting) + "> read from -D"
                    + setting.key());
        }
    }
}
