package dev.keypairs.emulator.state;

import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.account.EmulatedAccount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code ?account=NAME} of the state endpoints that act on accounts: a store URI the emulator serves, as
 * written in the settings or the credentials file or redacted as every answer shows it; absent, every account.
 */
final class AccountParameter {

    /** The parameter's name. */
    static final String NAME = "account";
    /** The query parameters of an endpoint taking this one alone. */
    static final Set<String> ALONE = Set.of(NAME);

    private final Accounts accounts;

    AccountParameter(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The account the request names, or empty for every account.
     *
     * @throws StateException {@link StateCode#UNKNOWN_ACCOUNT} when it names none the emulator serves; the message
     *     lists those it does, redacted, and never repeats the name given (it may hold a password)
     */
    Optional<EmulatedAccount> of(Map<String, String> parameters) throws StateException {
        String name = parameters.get(NAME);
        if (name == null) {
            return Optional.empty();
        }
        Optional<EmulatedAccount> account = accounts.find(name);
        if (account.isEmpty()) {
            throw new StateException(StateCode.UNKNOWN_ACCOUNT, "No account of this emulator is named so; its"
                    + " accounts are " + String.join(", ", accounts.all().stream().map(EmulatedAccount::name).toList())
                    + " (a store URI as written, or as shown here).");
        }
        return account;
    }

    /** Every account the request's parameters name: the one named, or all of them. */
    List<EmulatedAccount> all(Map<String, String> parameters) throws StateException {
        Optional<EmulatedAccount> one = of(parameters);
        return one.map(List::of).orElseGet(accounts::all);
    }
}
