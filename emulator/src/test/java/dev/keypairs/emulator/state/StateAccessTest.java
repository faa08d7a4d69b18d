package dev.keypairs.emulator.state;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §13's access rule: loopback needs nothing; elsewhere the bearer token, and without one set, nobody. */
class StateAccessTest {

    private static StateRequest request(boolean loopback, String authorization) {
        return new StateRequest("GET", "/_keypairs/health", null, loopback, authorization, StateRequest.Body.NONE);
    }

    @Test
    void loopbackNeedsNothingWithOrWithoutATokenSet() {
        assertDoesNotThrow(() -> new StateAccess(null).admit(request(true, null)));
        assertDoesNotThrow(() -> new StateAccess("t0ken").admit(request(true, null)));
        assertDoesNotThrow(() -> new StateAccess("t0ken").admit(request(true, "Bearer wrong")),
                "on its own host a caller needs nothing, so a stale header costs nothing either");
    }

    @Test
    void withoutATokenSetStateIsLoopbackOnly() {
        for (String token : new String[] {null, "", "  "}) {
            StateException refused = assertThrows(StateException.class,
                    () -> new StateAccess(token).admit(request(false, "Bearer ")));
            assertEquals(StateCode.LOOPBACK_ONLY, refused.code());
            assertEquals(403, refused.code().status());
        }
    }

    @Test
    void elsewhereTheBearerTokenIsAskedForAndChecked() {
        StateAccess access = new StateAccess("t0ken");
        assertEquals(StateCode.STATE_TOKEN_REQUIRED, assertThrows(StateException.class,
                () -> access.admit(request(false, null))).code());
        assertEquals(StateCode.STATE_TOKEN_REQUIRED, assertThrows(StateException.class,
                () -> access.admit(request(false, "Basic dDBrZW46"))).code());
        for (String wrong : new String[] {"Bearer t0ke", "Bearer t0ken2", "Bearer T0KEN", "Bearer "}) {
            assertEquals(StateCode.STATE_TOKEN_INVALID, assertThrows(StateException.class,
                    () -> access.admit(request(false, wrong))).code(), wrong);
        }
        // RFC 6750 §2.1: the scheme is case-insensitive; the token is not.
        assertDoesNotThrow(() -> access.admit(request(false, "Bearer t0ken")));
        assertDoesNotThrow(() -> access.admit(request(false, "bearer t0ken")));
    }

    @Test
    void a401CarriesRfc6750sChallenge() {
        assertEquals(Map.of("WWW-Authenticate", "Bearer realm=\"keypairs emulator\""),
                StateAccess.challenge(StateCode.STATE_TOKEN_REQUIRED));
        assertEquals(Map.of("WWW-Authenticate", "Bearer realm=\"keypairs emulator\", error=\"invalid_token\""),
                StateAccess.challenge(StateCode.STATE_TOKEN_INVALID));
        assertEquals(Map.of(), StateAccess.challenge(StateCode.LOOPBACK_ONLY));
    }
}
