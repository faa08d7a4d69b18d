package dev.keypairs.workflow;

import dev.keypairs.project.ToolCode;
import java.nio.file.Path;
import java.util.List;

/** {@code StalePlan}: a saved plan whose basis no longer matches the manifests or the store. Nothing was applied. */
public final class StalePlanException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    /** The code plan.json and logs use for it. */

    StalePlanException(Path file, List<String> moved) {
        super(ToolCode.STALE_PLAN.code() + ": the saved plan " + file + " no longer matches the manifests and the store; nothing was"
                + " applied. What moved:\n  " + String.join("\n  ", moved.subList(0, Math.min(moved.size(), 20)))
                + (moved.size() > 20 ? "\n  ... and " + (moved.size() - 20) + " more" : "")
                + "\nMake a new plan, review it, and apply that.", null);
    }
}
