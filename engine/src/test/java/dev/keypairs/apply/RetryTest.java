package dev.keypairs.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.manifest.ProjectPaths;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.Planner;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transient refusals are retried with bounded backoff, and apply.json's records say so. */
class RetryTest {

    @TempDir
    Path base;

    /** The real store, but ImportKeyPair is throttled the first {@code refusals} times. */
    private static KeyPairStore throttled(KeyPairStore real, int refusals, AtomicInteger calls) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("importKeyPair") && calls.incrementAndGet() <= refusals) {
                throw new ApiErrorException(new ApiError(Provider.TENCENT, ErrorCode.REQUEST_LIMIT_EXCEEDED, "slow down"),
                        "REQUEST-" + calls.get());
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (KeyPairStore) Proxy.newProxyInstance(KeyPairStore.class.getClassLoader(),
                new Class<?>[] {KeyPairStore.class}, handler);
    }

    private CallRecord applyOne(int refusals, int maxAttempts) throws Exception {
        ManifestProject project = new ManifestProject(base.resolve("p" + refusals));
        project.write("keypairs.yaml", "tencent: {ap-guangzhou: {keyPairs: [{name: k, publicKey: '"
                + Fixtures.text("rsa-2048.pub").strip() + "'}]}}\n");
        try (KeyPairStore real = KeyPairStores.open("sqlite:" + base.resolve("s" + refusals + ".db") + "?rateLimit=off")) {
            AtomicInteger calls = new AtomicInteger();
            KeyPairStore store = throttled(real, refusals, calls);
            Plan plan = new Planner(store, new ProjectPaths(project.base()), ApplierTest.RULES)
                    .plan(project.read(), new PlanOptions(List.of("keypairs.yaml"), List.of(), null));
            ApplyResult result = new Applier(store, ApplierTest.RULES,
                    new RetryPolicy(maxAttempts, Duration.ofMillis(1), Duration.ofMillis(4)), ApplierTest.PACING,
                    new ApplyListener() {
                        @Override
                        public void progress(String region, int done, int total) {
                        }

                        @Override
                        public void warn(String message) {
                        }
                    }).apply(plan);
            return result.calls().get(0);
        }
    }

    @Test
    void throttlingIsRetriedAndRecorded() throws Exception {
        CallRecord call = applyOne(2, 5);
        assertEquals(CallRecord.Outcome.DONE, call.outcome());
        assertEquals(3, call.attempts());
        assertEquals(List.of("RequestLimitExceeded", "RequestLimitExceeded"), call.retriedOn());
    }

    @Test
    void retriesAreBounded() throws Exception {
        CallRecord call = applyOne(10, 3);
        assertEquals(CallRecord.Outcome.FAILED, call.outcome());
        assertEquals("RequestLimitExceeded", call.errorCode());
        assertEquals(3, call.attempts());
        assertEquals("REQUEST-3", call.requestId());
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        assertEquals(List.of(200L, 400L, 800L, 1600L, 2000L), List.of(1, 2, 3, 4, 5).stream()
                .map(attempt -> policy.delayAfter(attempt).toMillis()).toList());
        assertTrue(policy.maxAttempts() <= 5);
    }

}
