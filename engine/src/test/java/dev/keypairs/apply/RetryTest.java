package dev.keypairs.apply;

import dev.keypairs.store.RetryPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.Planner;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ApiCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transient refusals are retried with bounded backoff, and apply.json's records say so. */
class RetryTest {

    @TempDir
    Path base;
    private int runs;

    /** Throttling as Tencent documents it. */
    private static final Function<Integer, StoreException> THROTTLED = call -> new ApiErrorException(
            new ApiError(Provider.TENCENT, ErrorCode.REQUEST_LIMIT_EXCEEDED, "slow down"), "REQUEST-" + call);

    /** A code no key pair reference documents, as a cloud would answer it. */
    private static Function<Integer, StoreException> answered(String code) {
        return call -> new ApiErrorException(new ApiError(Provider.TENCENT, ApiCode.of(Provider.TENCENT, code,
                OptionalInt.empty()), "as the cloud said it", OptionalInt.empty()), "REQUEST-" + call);
    }

    /** The real store, but ImportKeyPair fails the first {@code refusals} times. */
    private static KeyPairStore failing(KeyPairStore real, Function<Integer, StoreException> failure, int refusals,
            AtomicInteger calls) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("importKeyPair") && calls.incrementAndGet() <= refusals) {
                throw failure.apply(calls.get());
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
        return applyOne(THROTTLED, refusals, maxAttempts);
    }

    private CallRecord applyOne(Function<Integer, StoreException> failure, int refusals, int maxAttempts)
            throws Exception {
        int run = ++runs;
        ManifestProject project = new ManifestProject(base.resolve("p" + run));
        project.write("keypairs.yaml", "tencent: {ap-guangzhou: {keyPairs: [{name: k, publicKey: '"
                + Fixtures.text("rsa-2048.pub").strip() + "'}]}}\n");
        try (KeyPairStore real = KeyPairStores.open("sqlite:" + base.resolve("s" + run + ".db") + "?rateLimit=off")) {
            AtomicInteger calls = new AtomicInteger();
            KeyPairStore store = failing(real, failure, refusals, calls);
            Plan plan = new Planner(store, new ProjectPaths(project.base()), ApplierTest.RULES)
                    .plan(project.read(), new PlanOptions(List.of("keypairs.yaml"), List.of(), null));
            ApplyResult result = new Applier(store, ApplierTest.RULES,
                    new RetryPolicy(maxAttempts, Duration.ofMillis(1), Duration.ofMillis(4)), ApplierTest.PACING,
                    new ApplyListener() {
                        @Override
                        public void progress(String region, int done, int failed, int total) {
                        }

                        @Override
                        public void warn(ApplyWarning warning) {
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
        assertEquals(ErrorCode.REQUEST_LIMIT_EXCEEDED, call.errorCode());
        assertEquals(3, call.attempts());
        assertEquals("REQUEST-3", call.requestId());
    }

    @Test
    void anAnsweredThrottlingCodeIsRetriedThoughNoReferenceDocumentsIt() throws Exception {
        CallRecord call = applyOne(answered("RequestLimitExceeded.GlobalRegionUinLimitExceeded"), 1, 5);
        assertEquals(CallRecord.Outcome.DONE, call.outcome());
        assertEquals(List.of("RequestLimitExceeded.GlobalRegionUinLimitExceeded"), call.retriedOn());
    }

    @Test
    void aDenialIsNeverRetriedAndKeepsItsCodeAsItCame() throws Exception {
        CallRecord call = applyOne(answered("AuthFailure.SecretIdNotFound"), 1, 5);
        assertEquals(CallRecord.Outcome.FAILED, call.outcome());
        assertEquals(new ApiCode.Answered("AuthFailure.SecretIdNotFound", ErrorKind.DENIED), call.errorCode());
        assertEquals(1, call.attempts());
        assertEquals(List.of(), call.retriedOn());
    }

    @Test
    void anUnknownCodeIsFinalAndReportedVerbatim() throws Exception {
        CallRecord call = applyOne(answered("ResourceInUse.SomethingNew"), 1, 5);
        assertEquals(CallRecord.Outcome.FAILED, call.outcome());
        assertEquals(new ApiCode.Answered("ResourceInUse.SomethingNew", ErrorKind.FINAL), call.errorCode());
        assertEquals(1, call.attempts());
    }

    @Test
    void aStoreLockedForAMomentIsRetriedAndABrokenOneIsNot() throws Exception {
        CallRecord locked = applyOne(call -> new StoreUnavailableException("locked", null, ErrorKind.TRANSIENT), 1, 5);
        assertEquals(CallRecord.Outcome.DONE, locked.outcome());
        assertEquals(List.of("StoreUnavailable"), locked.retriedOn());
        CallRecord broken = applyOne(call -> new StoreUnavailableException("disk full", null), 1, 5);
        assertEquals(CallRecord.Outcome.FAILED, broken.outcome());
        assertEquals(ToolCode.STORE_UNAVAILABLE, broken.errorCode());
        assertEquals(1, broken.attempts());
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        assertEquals(List.of(200L, 400L, 800L, 1600L, 2000L), List.of(1, 2, 3, 4, 5).stream()
                .map(attempt -> policy.maxDelayAfter(attempt).toMillis()).toList());
        for (int attempt = 1; attempt <= 5; attempt++) {
            long ceiling = policy.maxDelayAfter(attempt).toMillis();
            java.util.Set<Long> waits = new java.util.HashSet<>();
            for (int i = 0; i < 200; i++) {
                long wait = policy.delayAfter(attempt).toMillis();
                assertTrue(wait >= ceiling / 2 && wait <= ceiling, wait + " of " + ceiling);
                waits.add(wait);
            }
            assertTrue(waits.size() > 10, "jittered, so builds refused together do not retry together: " + waits);
        }
        assertTrue(policy.maxAttempts() <= 5);
    }

}
