package dev.keypairs.emulator.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.account.EmulatedAccount;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.store.StoreException;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /_keypairs/reset[?account=NAME]}: empties every account, or the one named, as new (every key pair of
 * both providers, their tags, Tencent's rate window); the credentials stay, and so do the journal and the fault
 * rules, which have endpoints of their own. Each account's reset waits for the calls in flight on it
 * ({@link Accounts#reset}). Answers {@code {"reset": [NAME, ...]}}, the accounts emptied, redacted.
 */
public final class ResetEndpoint implements StateEndpoint {

    /** The endpoint's name under the prefix. */
    public static final String NAME = "reset";

    private final Accounts accounts;
    private final AccountParameter account;

    /** Resets these accounts. */
    public ResetEndpoint(Accounts accounts) {
        this.accounts = accounts;
        this.account = new AccountParameter(accounts);
    }

    @Override
    public Set<String> methods() {
        return Set.of("POST");
    }

    /**
     * Empties the accounts, one after the other.
     *
     * @throws StateException {@link StateCode#UNKNOWN_ACCOUNT}, a parameter refused, or
     *     {@link StateCode#STORE_UNAVAILABLE} when a store cannot be emptied (it stays as it was; those before it
     *     are emptied)
     */
    @Override
    public StateResponse answer(StateRequest request) throws StateException {
        List<EmulatedAccount> emptied = account.all(request.parameters(AccountParameter.ALONE));
        ObjectNode document = Documents.object();
        ArrayNode names = document.putArray("reset");
        for (EmulatedAccount one : emptied) {
            try {
                accounts.reset(one);
            } catch (StoreException e) {
                throw new StateException(StateCode.STORE_UNAVAILABLE, "The account " + one.name()
                        + " could not be emptied, and is as it was: " + e.getMessage());
            }
            names.add(one.name());
        }
        return StateResponse.json(200, document);
    }
}
