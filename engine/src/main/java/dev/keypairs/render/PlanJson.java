package dev.keypairs.render;

import dev.keypairs.plan.Plan;

/**
 * {@code plan.json}, exactly as goals.md specifies it: tools outside the project read it, so the field names and
 * their order are a contract, defined once by {@link PlanDocument}.
 */
public final class PlanJson {

    private PlanJson() {
    }

    /** The plan as plan.json text, pretty-printed, ending in a newline. */
    public static String write(Plan plan) {
        return PlanDocument.of(plan).toJson();
    }
}
