package dev.keypairs.emulator.alibaba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import dev.keypairs.provider.Rules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link AlibabaEcsApi#ACTIONS}, which fault rules are checked against and which alone pass the fault rules' gate, is
 * exactly what the API serves: each of them is answered as an action (never {@code InvalidAction.NotFound}), and an
 * action outside them is not served, and never reaches the gate.
 */
class AlibabaServedActionsTest {

    private static WireResponse call(AlibabaEcsApi api, String action) {
        Map<String, String> parameters = WireSigner.rpcParameters(action, Credentials.TEST_ACCESS_KEY_ID);
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("Signature", WireSigner.hmacSha1("GET", parameters, Credentials.TEST_SECRET));
        return api.answer(new WireRequest("GET", "/", WireSigner.form(parameters), Map.of("Host", List.of("h")),
                null));
    }

    @Test
    void theActionsNamedAreTheActionsServedAndOnlyTheyPassTheGate() throws Exception {
        Rules rules = Rules.builtIn();
        try (Accounts store = Accounts.open(Credentials.testPair(), "memory:served-actions?rateLimit=off", rules)) {
            List<String> gated = new ArrayList<>();
            AlibabaEcsApi api = new AlibabaEcsApi(store, rules.alibaba(), new Authenticator(Credentials.testPair(),
                    Clock.systemUTC()), SignatureScheme.HMAC_SHA1, (id, failure) -> { }, call -> gated.add(call.action()));
            for (String action : AlibabaEcsApi.ACTIONS) {
                WireResponse answer = call(api, action);
                assertNotEquals("InvalidAction.NotFound", answer.code(), action + ": " + answer.bodyText());
                assertEquals(action, answer.call().action());
            }
            WireResponse unknown = call(api, "DescribeInstanceTypes");
            assertEquals("InvalidAction.NotFound", unknown.code());
            assertEquals(AlibabaEcsApi.ACTIONS.size(), gated.size());
            assertEquals(java.util.Set.copyOf(gated), AlibabaEcsApi.ACTIONS);
        }
    }
}
