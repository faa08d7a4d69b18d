package dev.keypairs.workflow;

import dev.keypairs.render.PlanWords;

import dev.keypairs.plan.Summary;
import java.nio.file.Path;

/** {@code failOnChanges}: the store has drifted from the manifests (or the manifests from the store). */
public final class ChangesPendingException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    ChangesPendingException(Summary summary, Path planJson) {
        super("The store does not match the manifests: " + PlanWords.summary(summary) + " Run the apply goal to make it"
                + " match, or change the manifests; the plan is in " + planJson + ".", null);
    }
}
