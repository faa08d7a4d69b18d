package dev.keypairs.emulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The state prefix's dispatch (emulator.md, "State endpoints"): the access rule before anything, then the endpoint
 * the path names, then its method; refusals as {@code {"error": {"code", "message"}}} with their statuses.
 */
class StateRoutingTest {

    private final Readiness readiness = new Readiness();
    private final List<String> logged = new ArrayList<>();
    private final StateRouting routing = new StateRouting(new StateAccess("s3cret"), Map.of(
            HealthEndpoint.NAME, new HealthEndpoint(() -> new Health(readiness.status(), "1.2.3", "memory:x",
                    List.of("alibaba", "tencent"))),
            "boom", new StateEndpoint() {
                @Override
                public Set<String> methods() {
                    return Set.of("POST");
                }

                @Override
                public StateResponse answer(StateRequest request) {
                    throw new IllegalStateException("broken on purpose");
                }
            }), (id, failure) -> logged.add(id + " " + failure.getMessage()));

    private static StateRequest get(String path, boolean loopback, String authorization) {
        return new StateRequest("GET", path, null, loopback, authorization, StateRequest.Body.NONE);
    }

    @Test
    void onlyPathsUnderThePrefixAreState() {
        assertTrue(StateRouting.owns("/_keypairs/health"));
        assertTrue(StateRouting.owns("/_keypairs/"));
        // Both providers' APIs live at "/": those and anything else stay theirs.
        assertFalse(StateRouting.owns("/"));
        assertFalse(StateRouting.owns("/_keypairs"));
        assertFalse(StateRouting.owns("/x/_keypairs/health"));
        assertFalse(StateRouting.owns(null));
    }

    @Test
    void healthIs503WhileStartingAnd200OnceReadyAnd503WhileStopping() {
        StateResponse starting = routing.answer(get("/_keypairs/health", true, null));
        assertEquals(503, starting.status());
        assertEquals("{\"status\":\"starting\",\"version\":\"1.2.3\",\"store\":\"memory:x\","
                + "\"providers\":[\"alibaba\",\"tencent\"]}", starting.bodyText());

        readiness.ready();
        StateResponse ready = routing.answer(get("/_keypairs/health", true, null));
        assertEquals(200, ready.status());
        assertTrue(ready.bodyText().startsWith("{\"status\":\"ready\","), ready.bodyText());

        readiness.stopping();
        readiness.ready(); // too late: stopping is for good
        StateResponse stopping = routing.answerWhileStopping(get("/_keypairs/health", true, null));
        assertEquals(503, stopping.status());
        assertTrue(stopping.bodyText().startsWith("{\"status\":\"stopping\","), stopping.bodyText());
    }

    @Test
    void whileStoppingEveryEndpointButHealthIsRefused() {
        StateResponse refused = routing.answerWhileStopping(new StateRequest("POST", "/_keypairs/boom", null, true,
                null, StateRequest.Body.NONE));
        assertEquals(503, refused.status());
        assertEquals("{\"error\":{\"code\":\"Stopping\",\"message\":\"The emulator is stopping.\"}}",
                refused.bodyText());
        assertEquals(List.of(), logged, "not run at all");
    }

    @Test
    void anUnknownEndpointIs404NamingTheKnownOnes() {
        StateResponse unknown = routing.answer(get("/_keypairs/healthz", true, null));
        assertEquals(404, unknown.status());
        assertEquals("{\"error\":{\"code\":\"UnknownStateEndpoint\",\"message\":\"No state endpoint"
                + " /_keypairs/healthz; there are /_keypairs/boom, /_keypairs/health.\"}}", unknown.bodyText());
    }

    @Test
    void anotherMethodIs405WithAllow() {
        StateResponse refused = routing.answer(new StateRequest("DELETE", "/_keypairs/health", null, true, null,
                StateRequest.Body.NONE));
        assertEquals(405, refused.status());
        assertEquals(Map.of("Allow", "GET"), refused.headers());
        assertTrue(refused.bodyText().contains("\"code\":\"MethodNotAllowed\""), refused.bodyText());
    }

    @Test
    void theAccessRuleComesBeforeTheEndpointSoARefusedCallerLearnsNothing() {
        StateResponse refused = routing.answer(get("/_keypairs/no-such-thing", false, null));
        assertEquals(401, refused.status());
        assertTrue(refused.bodyText().contains("\"code\":\"StateTokenRequired\""), refused.bodyText());
        assertEquals(Map.of("WWW-Authenticate", "Bearer realm=\"keypairs emulator\""), refused.headers());
    }

    @Test
    void aFailureInsideAnEndpointIs500WithAnIdTheLogNamesToo() {
        StateResponse failed = routing.answer(new StateRequest("POST", "/_keypairs/boom", null, true, null,
                StateRequest.Body.NONE));
        assertEquals(500, failed.status());
        assertEquals(1, logged.size());
        String id = logged.get(0).substring(0, logged.get(0).indexOf(' '));
        assertTrue(failed.bodyText().contains("(id " + id + ")"), failed.bodyText());
        assertFalse(failed.bodyText().contains("broken on purpose"), "no exception text reaches a client");
    }
}
