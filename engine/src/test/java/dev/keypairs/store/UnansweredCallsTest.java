package dev.keypairs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The run's {@link StoreCalls} gives a region up once its endpoint left three calls in a row unanswered, each after
 * its retries: the region's further calls are not made at all, so a store gone mid-apply costs seconds, not a full
 * retry for every planned action.
 */
class UnansweredCallsTest {

    private static final RetryPolicy FIVE_QUICK_TRIES = new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(2));

    private final StoreCalls calls = new StoreCalls(FIVE_QUICK_TRIES, RequestPacing.NONE);
    private final AtomicInteger made = new AtomicInteger();

    private StoreCalls.Call<String> refused() {
        return () -> {
            made.incrementAndGet();
            throw StoreUnavailableException.unanswered("alibaba ImportKeyPair at 127.0.0.1:1 got no answer: the"
                    + " connection was refused or failed", null, ErrorKind.TRANSIENT);
        };
    }

    private StoreCalls.Attempts<String> attempt(String regionId, StoreCalls.Call<String> call) throws Exception {
        return calls.attempt(Provider.ALIBABA, regionId, ApiCall.IMPORT_KEY_PAIR, call);
    }

    @Test
    void threeUnansweredCallsInARowGiveTheRegionUpAndLaterCallsAreNotMade() throws Exception {
        for (int i = 0; i < 3; i++) {
            StoreCalls.Attempts<String> tried = attempt("cn-hangzhou", refused());
            assertEquals(5, tried.attempts(), "each call spent its retries");
            assertFalse(tried.notAttempted());
        }
        assertEquals(15, made.get());
        assertTrue(calls.givenUp(Provider.ALIBABA, "cn-hangzhou"));

        for (int i = 0; i < 20; i++) {
            StoreCalls.Attempts<String> skipped = attempt("cn-hangzhou", refused());
            assertTrue(skipped.notAttempted());
            assertEquals(0, skipped.attempts());
            assertTrue(((StoreUnavailableException) skipped.failure()).unanswered(), "the last unanswered call's");
        }
        assertEquals(15, made.get(), "no call made once the region was given up");
        assertEquals(3, StoreCalls.unansweredLimit());
    }

    @Test
    void theCallOfAGivenUpRegionThrowsTheLastFailureAtOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            attempt("cn-hangzhou", refused());
        }
        StoreUnavailableException thrown = assertThrows(StoreUnavailableException.class, () -> calls.call(
                Provider.ALIBABA, "cn-hangzhou", ApiCall.DESCRIBE_KEY_PAIRS, refused()));
        assertTrue(thrown.getMessage().contains("got no answer"), thrown.getMessage());
        assertEquals(15, made.get());
    }

    @Test
    void anAnswerEvenARefusalStartsTheCountAgain() throws Exception {
        ApiErrorException refusal = new ApiErrorException(new ApiError(Provider.ALIBABA,
                ErrorCode.KEY_PAIR_ALREADY_EXIST, "The key pair already exists."), "REQ");
        for (int round = 0; round < 3; round++) {
            attempt("cn-hangzhou", refused());
            attempt("cn-hangzhou", refused());
            StoreCalls.Attempts<String> answered = attempt("cn-hangzhou", () -> {
                throw refusal;
            });
            assertSame(refusal, answered.failure());
            assertEquals(1, answered.attempts());
        }
        assertFalse(calls.givenUp(Provider.ALIBABA, "cn-hangzhou"));
        assertEquals("ok", attempt("cn-hangzhou", () -> "ok").response());
    }

    @Test
    void aFailureWithAnAnswerNeverGivesUp() throws Exception {
        // An HTTP 5xx instead of an API answer, a store locked past its timeout: the endpoint is there.
        for (int i = 0; i < 10; i++) {
            attempt("cn-hangzhou", () -> {
                made.incrementAndGet();
                throw new StoreUnavailableException("answered HTTP 502", null, ErrorKind.TRANSIENT);
            });
        }
        assertFalse(calls.givenUp(Provider.ALIBABA, "cn-hangzhou"));
        assertEquals(50, made.get());
    }

    @Test
    void eachRegionIsCountedApartAsItsEndpointMayBeAnother() throws Exception {
        for (int i = 0; i < 3; i++) {
            attempt("cn-hangzhou", refused());
        }
        assertTrue(calls.givenUp(Provider.ALIBABA, "cn-hangzhou"));
        assertFalse(calls.givenUp(Provider.ALIBABA, "cn-beijing"));
        assertFalse(calls.givenUp(Provider.TENCENT, "cn-hangzhou"));
        assertEquals("ok", attempt("cn-beijing", () -> "ok").response());
    }
}
