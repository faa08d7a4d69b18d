package dev.keypairs.workflow;

import dev.keypairs.project.ToolCode;
import dev.keypairs.render.FailureWords;
import dev.keypairs.render.Moved;
import java.nio.file.Path;
import java.util.List;

/** {@code StalePlan}: a saved plan whose basis no longer matches the manifests or the store. Nothing was applied. */
public final class StalePlanException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<Moved> moved;

    StalePlanException(Path file, List<Moved> moved) {
        super(ToolCode.STALE_PLAN, FailureWords.stalePlan(file, moved), null, null);
        this.file = file;
        this.moved = List.copyOf(moved);
    }

    /** The saved plan. */
    public Path file() {
        return file;
    }

    /** What moved since it was made, every way. */
    public List<Moved> moved() {
        return moved;
    }
}
