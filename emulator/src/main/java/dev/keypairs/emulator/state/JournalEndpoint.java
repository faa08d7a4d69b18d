package dev.keypairs.emulator.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.account.EmulatedAccount;
import dev.keypairs.emulator.journal.Journal;
import dev.keypairs.emulator.journal.JournalEntry;
import dev.keypairs.emulator.wire.Documents;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /_keypairs/journal[?account=NAME]}: the calls served, oldest first, the newest
 * {@value Journal#CAPACITY} kept, as {@code {"calls": [{"at", "provider", "action", "region", "accessKeyId",
 * "account", "code", "httpStatus", "durationMs"}]}} (every field present, null when the API had not read it);
 * with {@code ?account=}, the calls that account's store served. {@code DELETE /_keypairs/journal} forgets them all
 * and answers {@code {"cleared": N}}. Never a secret or a private key: the journal holds neither.
 */
public final class JournalEndpoint implements StateEndpoint {

    /** The endpoint's name under the prefix. */
    public static final String NAME = "journal";

    private final Journal journal;
    private final AccountParameter account;

    /** The journal of these accounts' calls. */
    public JournalEndpoint(Journal journal, Accounts accounts) {
        this.journal = journal;
        this.account = new AccountParameter(accounts);
    }

    @Override
    public Set<String> methods() {
        return Set.of("GET", "DELETE");
    }

    @Override
    public StateResponse answer(StateRequest request) throws StateException {
        ObjectNode document = Documents.object();
        if ("DELETE".equals(request.method())) {
            // One journal for every account: a DELETE of one account's calls alone is not offered, so it takes no
            // ?account= rather than clearing more than it names.
            request.parameters(Set.of());
            int cleared = journal.calls().size();
            journal.clear();
            document.put("cleared", cleared);
            return StateResponse.json(200, document);
        }
        Optional<EmulatedAccount> one = account.of(request.parameters(AccountParameter.ALONE));
        List<JournalEntry> calls = journal.calls(one.map(EmulatedAccount::name).orElse(null));
        ArrayNode list = document.putArray("calls");
        for (JournalEntry call : calls) {
            ObjectNode item = list.addObject();
            item.put("at", call.at().toString());
            item.put("provider", call.provider().id());
            item.put("action", call.action());
            item.put("region", call.region());
            item.put("accessKeyId", call.accessKeyId());
            item.put("account", call.account());
            item.put("code", call.code());
            item.put("httpStatus", call.httpStatus());
            item.put("durationMs", call.durationMs());
        }
        return StateResponse.json(200, document);
    }
}
