package dev.keypairs.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plan.json read back for {@code apply -Dkeypairs.plan=FILE}: its options (to re-make the plan with), its
 * basis (to refuse it as stale) and what it planned (to say what moved).
 *
 * @param file where it was read from
 * @param basis its basis
 * @param options the options it was made with
 * @param store the store it was made against, redacted
 * @param planned per address, the action and fingerprints it planned
 */
record SavedPlan(Path file, String basis, PlanOptions options, String store, Map<String, String> planned) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static SavedPlan read(Path file) throws InvalidConfigurationException {
        JsonNode json;
        try {
            json = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new InvalidConfigurationException("The saved plan " + file + " cannot be read: "
                    + e.getClass().getSimpleName() + ". Give the plan.json that keypairs:plan wrote.", e);
        }
        if (json == null || json.path("formatVersion").asInt() != Plan.FORMAT_VERSION || !json.path("basis").isTextual()) {
            throw new InvalidConfigurationException("The saved plan " + file + " is not a keypairs plan.json of format "
                    + Plan.FORMAT_VERSION + ". Give the plan.json that keypairs:plan wrote.", null);
        }
        JsonNode options = json.path("options");
        Boolean prune = options.path("prune").isBoolean() ? options.path("prune").asBoolean() : null;
        Map<String, String> planned = new LinkedHashMap<>();
        for (JsonNode change : json.path("changes")) {
            planned.put(change.path("address").asText(), describe(change.path("action").asText(),
                    change.path("before").path("fingerprint").asText(null), change.path("after").path("fingerprint")
                            .asText(null)));
        }
        return new SavedPlan(file, json.path("basis").asText(), new PlanOptions(strings(options.path("manifests")),
                strings(options.path("target")), prune), json.path("store").asText(), planned);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String describe(String action, String before, String after) {
        return action + (before == null ? "" : " from " + before) + (after == null ? "" : " to " + after);
    }

    /**
     * Why a re-made plan is not this one, in a few lines: planned actions that differ, then a general cause.
     * Empty when it is the same plan.
     */
    List<String> whatMoved(Plan now, String storeNow) {
        List<String> moved = new ArrayList<>();
        if (!Objects.equals(store, storeNow)) {
            moved.add("it was made against the store " + store + ", this apply uses " + storeNow);
        }
        if (basis.equals(now.basis()) && moved.isEmpty()) {
            return moved;
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (Change change : now.changes()) {
            current.put(change.address().toString(), describe(change.action().id(),
                    change.before() == null ? null : change.before().fingerprint(),
                    change.after() == null ? null : change.after().fingerprint()));
        }
        planned.forEach((address, then) -> {
            String today = current.get(address);
            if (!then.equals(today)) {
                moved.add(address + ": planned " + then + ", now " + (today == null ? "nothing" : today));
            }
        });
        current.forEach((address, today) -> {
            if (!planned.containsKey(address)) {
                moved.add(address + ": not in the saved plan, now " + today);
            }
        });
        if (moved.isEmpty()) {
            moved.add("the manifests, key files or store changed in ways that leave the planned actions the same"
                    + " (tags, unmanaged key pairs, a comment in a key file)");
        }
        return moved;
    }
}
