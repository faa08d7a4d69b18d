package dev.keypairs.emulator.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Who may reach the state endpoints (SPEC §13): a caller on the emulator's own host (a loopback address) needs
 * nothing; any other needs {@code Authorization: Bearer TOKEN} with the token of {@code keypairs.serve.stateToken}
 * (RFC 6750), and without one set, state is loopback-only. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, in time that depends on neither the token's content nor its length.
 */
public final class StateAccess {

    private static final String BEARER = "Bearer ";
    private static final String REALM = "Bearer realm=\"keypairs emulator\"";

    private final byte[] tokenDigest;

    /**
     * The rule for a token.
     *
     * @param token the bearer token callers beyond loopback give; null (or blank) for loopback-only state
     */
    public StateAccess(String token) {
        this.tokenDigest = token == null || token.isBlank() ? null : digest(token);
    }

    /**
     * Lets the request in, or refuses it.
     *
     * @throws StateException {@link StateCode#LOOPBACK_ONLY} (403) without a token set,
     *     {@link StateCode#STATE_TOKEN_REQUIRED} or {@link StateCode#STATE_TOKEN_INVALID} (401) with one
     */
    public void admit(StateRequest request) throws StateException {
        if (request.fromLoopback()) {
            return;
        }
        if (tokenDigest == null) {
            throw new StateException(StateCode.LOOPBACK_ONLY, "The emulator's state is reached from its own host only;"
                    + " start it with keypairs.serve.stateToken to reach it from elsewhere with a bearer token.");
        }
        String authorization = request.authorization();
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new StateException(StateCode.STATE_TOKEN_REQUIRED, "Give the emulator's state token:"
                    + " Authorization: Bearer TOKEN (keypairs.serve.stateToken).");
        }
        if (!MessageDigest.isEqual(tokenDigest, digest(authorization.substring(BEARER.length()).strip()))) {
            throw new StateException(StateCode.STATE_TOKEN_INVALID, "The bearer token is not the emulator's state"
                    + " token (keypairs.serve.stateToken).");
        }
    }

    /** The headers a refusal of this code carries: RFC 6750 §3's challenge with a 401. */
    static Map<String, String> challenge(StateCode code) {
        if (code == StateCode.STATE_TOKEN_REQUIRED) {
            return Map.of("WWW-Authenticate", REALM);
        }
        if (code == StateCode.STATE_TOKEN_INVALID) {
            return Map.of("WWW-Authenticate", REALM + ", error=\"invalid_token\"");
        }
        return Map.of();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
