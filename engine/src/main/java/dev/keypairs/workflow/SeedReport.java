package dev.keypairs.workflow;

import dev.keypairs.apply.ApplyResult;
import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.plan.Plan;
import dev.keypairs.project.Address;
import dev.keypairs.render.GoalWords;
import dev.keypairs.render.SeedJson;
import java.util.Map;

/**
 * A seed applied into a store ({@link StoreSeeding}).
 *
 * @param plan what was planned: its summary counts the key pairs already as declared ({@code noops})
 * @param result what was done; its failures, if any, each with its code (the plan predicted none, so only a store
 *     changed meanwhile fails one); the other actions were applied
 */
public record SeedReport(Plan plan, ApplyResult result) {

    /** The private keys of the key pairs created for the caller (a seed given as text), by address. */
    public Map<Address, PrivateKeyPem> privateKeys() {
        return result.privateKeys();
    }

    /** Whether every planned action was carried out. */
    public boolean succeeded() {
        return result.succeeded();
    }

    /** What the seed did, in words: {@code imported 2, created 1, …; 3 already as declared}. */
    public String summaryLine() {
        return GoalWords.seeded(result, plan.summary().noops());
    }

    /** {@code {"summary": {…as apply.json's…}, "privateKeys": {ADDRESS: PEM}}}: the answer to the seed's caller. */
    public String toJson() {
        return SeedJson.write(result);
    }

    /** The report without its private keys: it prints none. */
    @Override
    public String toString() {
        return "SeedReport[" + plan.summary() + ", failures=" + result.failures().size() + ", privateKeys="
                + privateKeys().keySet() + "]";
    }
}
