package dev.keypairs.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.emulator.fault.FaultRule;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.TestKeys;
import dev.keypairs.apply.Failure;
import dev.keypairs.apply.FailureCause;
import dev.keypairs.project.ToolCode;
import dev.keypairs.render.GoalWords;
import dev.keypairs.store.RetryPolicy;
import dev.keypairs.workflow.ApplyFailedException;
import dev.keypairs.workflow.ApplyReport;
import dev.keypairs.workflow.Configuration;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.PlanReport;
import dev.keypairs.workflow.RecordingReporter;
import dev.keypairs.workflow.StoreAccessException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow over {@code cloud:http://...}: plan and apply against an emulator that throttles or answers slowly,
 * as a busy account or a far region does. Throttling is absorbed by keypairs' own retries, the plan's reads
 * included; a call that gets no answer in time is retried too.
 */
class CloudWorkflowTest {

    @TempDir
    Path project;
    private Emulator emulator;
    private final RecordingReporter reporter = new RecordingReporter();
    /** Five tries, as keypairs makes them, with waits of milliseconds. */
    private static final RetryPolicy QUICK_RETRIES = new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(4));

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private Configuration configuration(String storeUri) {
        return Configuration.of(project).withStore(storeUri).withCloudCredentials(CloudKeyPairStoreTest.TEST_PAIR);
    }

    /** A manifest of {@code perRegion} key pairs in one Alibaba and one Tencent region. */
    private void manifest(int perRegion) throws Exception {
        StringBuilder yaml = new StringBuilder("alibaba:\n  cn-hangzhou:\n    keyPairs:\n");
        for (int i = 0; i < perRegion; i++) {
            Files.writeString(project.resolve("k" + i + ".pub"), TestKeys.rsa(i) + "\n");
            yaml.append("      - name: a-").append(i).append("\n        publicKeyFile: k").append(i).append(".pub\n");
        }
        yaml.append("tencent:\n  ap-guangzhou:\n    keyPairs:\n");
        for (int i = 0; i < perRegion; i++) {
            yaml.append("      - name: t_").append(i).append("\n        publicKeyFile: k").append(i).append(".pub\n");
        }
        Files.writeString(project.resolve("keypairs.yaml"), yaml.toString());
    }

    private String start(FaultRules faults) throws Exception {
        emulator = Emulator.start(EmulatorSettings.defaults().withPort(0)
                .withStore("memory:cloud-workflow-" + UUID.randomUUID() + "?rateLimit=off").withFaults(faults));
        return "cloud:" + emulator.endpoint() + "?tencentQuota=500";
    }

    @Test
    void aThrottlingBurstIsAbsorbedByRetriesInThePlansReadsAndTheApplysWrites() throws Exception {
        manifest(6);
        // Of every 5 calls of each provider the first 2 are refused (Throttling, RequestLimitExceeded): no call fails 5 times.
        String store = start(FaultRules.NONE.withThrottling(new FaultRule.Every(2, 5)));

        ApplyReport applied = new Keypairs(configuration(store), reporter).apply();

        assertTrue(applied.result().succeeded(), reporter.text());
        assertEquals(12, applied.result().done(dev.keypairs.plan.Action.IMPORT));
        String applyJson = Files.readString(applied.applyJson());
        assertTrue(applyJson.contains("\"Throttling\"") && applyJson.contains("\"RequestLimitExceeded\""), applyJson);
        long calls = emulator.requests();
        // 2 reads and 12 imports made it; two in five of all requests were refused and retried.
        assertTrue(calls > 14 && calls <= 14 * 5 / 3 + 5, calls + " requests");

        PlanReport again = new Keypairs(configuration(store), reporter).plan();
        assertEquals(12, again.plan().summary().noops());
    }

    @Test
    void aCallThatGetsNoAnswerInTimeIsTransientAndNamesTheEndpoint() throws Exception {
        Files.writeString(project.resolve("k.pub"), TestKeys.rsa(0) + "\n");
        Files.writeString(project.resolve("keypairs.yaml"), "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - name: slow\n        publicKeyFile: k.pub\n");
        String store = start(FaultRules.NONE.withLatency(Duration.ofMillis(2_500))).replace("?", "?readTimeout=1&");

        StoreAccessException failure = assertThrows(StoreAccessException.class,
                () -> new Keypairs(configuration(store), reporter).plan());

        assertTrue(failure.getMessage().contains("got no answer: no answer came in time"), failure.getMessage());
        assertTrue(failure.getMessage().contains(emulator.hostAndPort()), failure.getMessage());
        // The region's read was tried five times (RetryPolicy.DEFAULT) before the plan gave up.
        assertEquals(5, emulator.requests());
    }

    @Test
    void aWrongSecretIsDeniedAfterOneCallAndNeverRetried() throws Exception {
        // One region a run: two declared regions are read in parallel, and a denial of one may stop the run before
        // the other's read is sent, so only one region makes the count exact.
        Files.writeString(project.resolve("k0.pub"), TestKeys.rsa(0) + "\n");
        String store = start(FaultRules.NONE);
        Map<String, String> regions = Map.of("alibaba:\n  cn-hangzhou:\n    keyPairs:\n      - name: a-0\n"
                + "        publicKeyFile: k0.pub\n", "SignatureDoesNotMatch",
                "tencent:\n  ap-guangzhou:\n    keyPairs:\n      - name: t_0\n        publicKeyFile: k0.pub\n",
                "AuthFailure.SignatureFailure");
        for (Map.Entry<String, String> region : regions.entrySet()) {
            Files.writeString(project.resolve("keypairs.yaml"), region.getKey());
            long before = emulator.requests();
            Configuration wrong = Configuration.of(project).withStore(store).withCloudCredentials(
                    new dev.keypairs.store.CloudCredentials(Map.of(
                            dev.keypairs.provider.Provider.ALIBABA, new dev.keypairs.store.AccessKey(
                                    dev.keypairs.emulator.auth.Credentials.TEST_ACCESS_KEY_ID, "wrong", null),
                            dev.keypairs.provider.Provider.TENCENT, new dev.keypairs.store.AccessKey(
                                    dev.keypairs.emulator.auth.Credentials.TEST_ACCESS_KEY_ID, "wrong", null)),
                            Map.of()));

            StoreAccessException failure = assertThrows(StoreAccessException.class,
                    () -> new Keypairs(wrong, reporter).apply());

            ApiErrorException refused = assertInstanceOf(ApiErrorException.class, failure.getCause());
            assertEquals(ErrorKind.DENIED, refused.kind());
            assertEquals(region.getValue(), refused.error().code().code());
            assertEquals(1, emulator.requests() - before, "one read, not retried");
        }
    }

    @Test
    void anEndpointGoneMidApplyIsGivenUpAfterThreeUnansweredCallsAndTheRestIsNotAttempted() throws Exception {
        StringBuilder yaml = new StringBuilder("alibaba:\n  cn-hangzhou:\n    keyPairs:\n");
        for (int i = 0; i < 40; i++) {
            Files.writeString(project.resolve("k" + i + ".pub"), TestKeys.rsa(i) + "\n");
            yaml.append("      - name: a-").append(i).append("\n        publicKeyFile: k").append(i).append(".pub\n");
        }
        Files.writeString(project.resolve("keypairs.yaml"), yaml.toString());
        String store = start(FaultRules.NONE);
        // The emulator is killed once a tenth of the imports are done: nothing listens at its port any more.
        RecordingReporter killing = new RecordingReporter() {
            @Override
            public void info(String line) {
                super.info(line);
                if (line.equals(GoalWords.progress("alibaba/cn-hangzhou", 4, 0, 40))) {
                    emulator.close();
                }
            }
        };

        ApplyFailedException failed = assertThrows(ApplyFailedException.class, () -> new Keypairs(
                configuration(store), killing).withRetryPolicy(QUICK_RETRIES).apply());

        assertEquals(36, failed.failures().size(), killing.text());
        // Two imports and the look-up after the first spent their retries unanswered: then the region was given up.
        List<Failure> notAttempted = failed.failures().stream()
                .filter(failure -> failure.cause() instanceof FailureCause.NotAttempted).toList();
        assertEquals(34, notAttempted.size(), killing.text());
        notAttempted.forEach(failure -> assertEquals(ToolCode.STORE_UNAVAILABLE, failure.code()));
        assertEquals(List.of("a-4", "a-5"), failed.failures().stream()
                .filter(failure -> failure.cause() instanceof FailureCause.Unavailable)
                .map(failure -> failure.address().substring(failure.address().lastIndexOf('/') + 1)).toList());
        String applyJson = Files.readString(failed.applyJson());
        assertTrue(applyJson.contains("\"failed\" : 36"), applyJson);
        assertTrue(applyJson.contains("not attempted"), applyJson);
        // The calls made after the kill: the two imports, each tried five times; none for the 34 not attempted.
        assertEquals(2, countOf(applyJson, "\"outcome\" : \"failed\""), applyJson);
        assertEquals(2, countOf(applyJson, "\"attempts\" : 5"), applyJson);
        assertTrue(killing.text().contains(GoalWords.progress("alibaba/cn-hangzhou", 4, 36, 40)), killing.text());
        assertTrue(killing.text().contains("alibaba/cn-hangzhou: 4/40, 36 failed"), killing.text());
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void aDenialCarriesTheAccessKeyIdAndItsSourceWithoutTheSignedRequest() throws Exception {
        manifest(1);
        String store = start(FaultRules.NONE);
        Configuration wrong = Configuration.of(project).withStore(store).withCloudCredentials(
                new dev.keypairs.store.CloudCredentials(Map.of(
                        dev.keypairs.provider.Provider.ALIBABA, new dev.keypairs.store.AccessKey(
                                dev.keypairs.emulator.auth.Credentials.TEST_ACCESS_KEY_ID, "wrong", null)),
                        Map.of(dev.keypairs.provider.Provider.ALIBABA, "the settings.xml server keypairs-alibaba")))
                .withTargets(java.util.List.of("alibaba/*"));

        StoreAccessException failure = assertThrows(StoreAccessException.class,
                () -> new Keypairs(wrong, reporter).plan());

        ApiErrorException refused = assertInstanceOf(ApiErrorException.class, failure.getCause());
        assertEquals("SignatureDoesNotMatch", refused.error().code().code());
        assertEquals(java.util.Optional.of(new AccessKeyInUse(dev.keypairs.emulator.auth.Credentials.TEST_ACCESS_KEY_ID,
                AccessKeyInUse.Source.FRONT_END)), refused.accessKey());
        // The cloud's words stay; the string to sign and the canonical request it appended do not.
        String message = failure.getMessage().toLowerCase(java.util.Locale.ROOT);
        assertTrue(message.contains("signaturedoesnotmatch: the request signature does not conform to aliyun"
                + " standards."), failure.getMessage());
        assertTrue(!message.contains("string to sign") && !message.contains("canonical")
                && !message.contains("acs3-hmac-sha256") && !message.contains("wrong"), failure.getMessage());
    }

    @Test
    void aTargetCoveringOneProviderNeedsOnlyItsCredentialsAndReadsOnlyItsRegions() throws Exception {
        manifest(1);
        String store = start(FaultRules.NONE);
        Configuration alibabaOnly = Configuration.of(project).withStore(store).withCloudCredentials(
                new dev.keypairs.store.CloudCredentials(Map.of(dev.keypairs.provider.Provider.ALIBABA,
                        CloudKeyPairStoreTest.TEST_PAIR.of(dev.keypairs.provider.Provider.ALIBABA).orElseThrow()),
                        Map.of())).withTargets(java.util.List.of("alibaba/cn-hangzhou/a-*"));

        PlanReport planned = new Keypairs(alibabaOnly, reporter).plan();

        assertEquals(1, planned.plan().summary().imports(), reporter.text());
        assertEquals(1, emulator.requests(), "the Alibaba region alone was read");
        ApplyReport applied = new Keypairs(alibabaOnly, reporter).apply();
        assertTrue(applied.result().succeeded(), reporter.text());
        assertEquals(1, applied.result().done(dev.keypairs.plan.Action.IMPORT));
    }
}
