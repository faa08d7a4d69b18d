package dev.keypairs.emulator.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.account.EmulatedAccount;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.PlanErrorsException;
import dev.keypairs.workflow.SeedReport;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /_keypairs/seed[?account=NAME]}: applies the manifest in the body (YAML text, whatever the content
 * type) into the default account or the one named, as {@code keypairs:apply} would, and answers
 * {@code {"account", "summary", "privateKeys"}}: the account (redacted), apply.json's summary and the private keys of
 * the key pairs it created, the only answer that ever holds one (sent {@code Cache-Control: no-store}). A manifest
 * or plan with errors changes nothing and is refused 422 {@code PlanErrors}, with each problem as plan.json's
 * {@code errors} has it; a store that cannot be read is 503 with its code.
 */
public final class SeedEndpoint implements StateEndpoint {

    /** The endpoint's name under the prefix. */
    public static final String NAME = "seed";
    /** The status of a manifest that cannot be applied: well-formed HTTP, content that cannot be processed. */
    static final int UNPROCESSABLE = 422;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Applies a manifest given as text into a store ({@code Emulator.seed(KeyPairStore, String)}). */
    @FunctionalInterface
    public interface Seeding {
        /** Applies the manifest into the store. */
        SeedReport seed(KeyPairStore store, String manifestYaml) throws KeypairsException;
    }

    private final Accounts accounts;
    private final AccountParameter account;
    private final Seeding seeding;

    /** Seeds these accounts, the default one unless {@code ?account=} names another. */
    public SeedEndpoint(Accounts accounts, Seeding seeding) {
        this.accounts = accounts;
        this.account = new AccountParameter(accounts);
        this.seeding = seeding;
    }

    @Override
    public Set<String> methods() {
        return Set.of("POST");
    }

    @Override
    public StateResponse answer(StateRequest request) throws StateException {
        EmulatedAccount target = account.of(request.parameters(AccountParameter.ALONE))
                .orElseGet(accounts::defaultAccount);
        String manifest = request.text();
        SeedReport report;
        try {
            // As a call in flight: a reset of the account waits for the seed, and the seed for a reset running.
            report = accounts.serve(target, store -> seeding.seed(store, manifest));
        } catch (PlanErrorsException refused) {
            return StateResponse.refusal(refused.code(), UNPROCESSABLE, refused.getMessage(), Map.of(),
                    error -> errors(error.putArray("errors"), refused));
        } catch (KeypairsException failed) {
            return StateResponse.refusal(failed.code(), StateCode.STORE_UNAVAILABLE.status(), failed.getMessage(),
                    Map.of(), error -> { });
        }
        ObjectNode document = Documents.object();
        document.put("account", target.name());
        try {
            JsonNode seeded = JSON.readTree(report.toJson());
            document.setAll((ObjectNode) seeded);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a seed report is JSON", e);
        }
        return new StateResponse(200, Map.of("Cache-Control", "no-store"), Documents.json(document));
    }

    /** Each problem as plan.json's {@code errors} entry: address, code, message, file, line, column. */
    private static void errors(ArrayNode list, PlanErrorsException refused) {
        for (Diagnostic problem : refused.diagnostics()) {
            ObjectNode item = list.addObject();
            item.put("address", problem.address());
            item.put("code", problem.code().code());
            item.put("message", problem.message());
            if (problem.source() != null) {
                item.put("file", problem.source().file());
                item.put("line", problem.source().line());
                item.put("column", problem.source().column());
            }
        }
    }
}
