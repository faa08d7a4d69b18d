package dev.keypairs.store.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Rules;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stateful rules as the planner asks them, over a region it projects. */
class AccountRulesTest {

    /** A region holding two names, as a plan projects it. */
    private static final RegionHoldings REGION = new RegionHoldings() {
        private final Set<String> names = Set.of("ops_old", "taken");

        @Override
        public int count() {
            return names.size();
        }

        @Override
        public boolean holdsName(String name) {
            return names.contains(name);
        }

        @Override
        public Optional<String> nameHoldingKey(String publicKeyLine) {
            return Optional.empty();
        }
    };

    @Test
    void aRenameIsRefusedOnlyForANameAnotherKeyPairHolds() throws Exception {
        var tencent = Rules.builtIn().tencent();
        AccountRules.Refusal refusal = AccountRules.refusalOfRename(tencent, REGION, "ap-guangzhou", "ops_old",
                "taken").orElseThrow();
        assertEquals(AccountRules.Rule.NAME_TAKEN, refusal.rule());
        assertEquals(ErrorCode.INVALID_KEY_PAIR_NAME_DUPLICATE, refusal.error().code());
        assertTrue(AccountRules.refusalOfRename(tencent, REGION, "ap-guangzhou", "ops_old", "ops_2026").isEmpty());
        assertTrue(AccountRules.refusalOfRename(tencent, REGION, "ap-guangzhou", "ops_old", "ops_old").isEmpty(),
                "keeping its own name is no change");
    }
}
