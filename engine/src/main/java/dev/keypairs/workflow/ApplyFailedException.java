package dev.keypairs.workflow;

import dev.keypairs.render.ApplyWords;

import dev.keypairs.apply.Failure;
import dev.keypairs.render.Plural;
import java.nio.file.Path;
import java.util.List;

/** Some planned actions failed; the others were carried out. Running apply again retries what is left. */
public final class ApplyFailedException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    ApplyFailedException(List<Failure> failures, Path applyJson) {
        super(Plural.of(failures.size(), "action") + " failed:\n  "
                + String.join("\n  ", failures.stream().limit(Messages.MAX_LISTED).map(ApplyWords::line).toList())
                + (failures.size() > Messages.MAX_LISTED ? "\n  ... and " + (failures.size() - Messages.MAX_LISTED)
                        + " more" : "")
                + "\nThe other actions were applied. Fix the cause and run the apply goal again; every call made is in "
                + applyJson + ".", null);
    }
}
