package dev.keypairs.render;

import dev.keypairs.apply.ApplyWarning;
import dev.keypairs.apply.Failure;
import dev.keypairs.apply.FailureCause;
import dev.keypairs.plan.Action;
import dev.keypairs.provider.Provider;

/** An apply's failures and warnings in words: what apply.json and the log show. */
public final class ApplyWords {

    private ApplyWords() {
    }

    /** What happened and what to do, as apply.json's {@code message}. */
    public static String message(Failure failure) {
        return message(failure.cause(), failure.action());
    }

    private static String message(FailureCause cause, Action action) {
        if (cause instanceof FailureCause.OldNameKept kept) {
            return oldNameKept(kept);
        } else if (cause instanceof FailureCause.Refused refused) {
            return refused.error().message() + advice(refused, action);
        } else if (cause instanceof FailureCause.Unavailable unavailable) {
            return unavailable.message();
        } else if (cause instanceof FailureCause.NotAttempted notAttempted) {
            return "not attempted: the store's endpoint left " + notAttempted.unansweredInARow() + " calls in a row"
                    + " unanswered, each after its retries, so this run stopped calling it for the region (the last: "
                    + notAttempted.lastFailure() + "). Check that the endpoint is up and reachable, then apply again.";
        } else if (cause instanceof FailureCause.PrivateKeyFileAppeared appeared) {
            return "privateKeyFile " + appeared.declaredPath() + " appeared since the plan; it is never overwritten."
                    + " Move it away and apply again.";
        } else if (cause instanceof FailureCause.PrivateKeyFileNotWritable notWritable) {
            return "privateKeyFile " + notWritable.declaredPath() + " cannot be created (" + notWritable.why()
                    + "), so the key pair was not created: its key would have been lost. Name a place you can write"
                    + " and apply again.";
        } else if (cause instanceof FailureCause.PrivateKeyFileNotReserved notReserved) {
            return "privateKeyFile " + notReserved.declaredPath() + " cannot be created (" + reason(notReserved.reason())
                    + "), so the key pair was not created: its key would have been lost. Apply again"
                    + (notReserved.reason() == FailureCause.NotReserved.INTERRUPTED ? "." : " once the other run is done.");
        } else if (cause instanceof FailureCause.PrivateKeyMayBeLost lost) {
            return "the key pair exists after a try whose answer was lost (" + String.join(", ", lost.retriedOn())
                    + "): if that try created it, its private key is lost. Delete the key pair and apply again.";
        } else if (cause instanceof FailureCause.PrivateKeyNotWritten notWritten) {
            return "the key pair was created but its private key could not be written to "
                    + notWritten.declaredPath() + " (" + notWritten.exception() + "); it is lost. Delete the key pair"
                    + " and apply again.";
        }
        throw new IllegalArgumentException("no words for " + cause);
    }

    /**
     * A rename done as a replace whose old key pair's delete failed: what the delete met, that both names are held now,
     * and what to do instead of applying again (the next plan reports both names).
     */
    private static String oldNameKept(FailureCause.OldNameKept kept) {
        String old = kept.oldName();
        String landed = " The key pair was imported under its new name, and " + old + " is left in place beside it";
        String until = " (until then the plan reports both names).";
        if (kept.cause() instanceof FailureCause.Refused refused
                && refused.advice() == FailureCause.Advice.DETACH_FROM_INSTANCES) {
            return refused.error().message() + landed + ", still bound to instances: detach it from them ("
                    + (refused.error().provider() == Provider.ALIBABA ? "DetachKeyPair" : "DisassociateInstancesKeyPairs")
                    + "), then delete " + old + until;
        }
        // The failed call was the old key pair's delete: its words are a delete's.
        return message(kept.cause(), Action.DELETE) + landed + ": delete " + old + " once nothing uses it" + until;
    }

    private static String advice(FailureCause.Refused refused, Action action) {
        Provider provider = refused.error().provider();
        return switch (refused.advice()) {
            case NONE -> "";
            case DETACH_FROM_INSTANCES -> " The key pair is still bound to instances: detach it from them first ("
                    + (provider == Provider.ALIBABA ? "DetachKeyPair" : "DisassociateInstancesKeyPairs")
                    + "), then apply again." + (action == Action.REPLACE
                            ? " The old key pair is left in place; nothing was imported." : "");
            case CHECK_ACCESS -> refused.signedWith() == null
                    ? " The account refused the access key or its permissions, so this was not retried: check that the"
                            + " key keypairs found (clouds.md) is the intended one and that its "
                            + AccessAdvice.policy(provider) + "."
                    : " The account refused the access key " + refused.signedWith().id() + " ("
                            + AccessAdvice.source(refused.signedWith().source()) + ") or its permissions, so this was"
                            + " not retried: check that it is the intended one and that its "
                            + AccessAdvice.policy(provider) + ".";
        };
    }

    private static String reason(FailureCause.NotReserved reason) {
        return switch (reason) {
            case KEPT_CHANGING -> "another run kept replacing it while this one reserved it";
            case HELD_BY_ANOTHER_RUN -> "another run held it for the whole wait";
            case INTERRUPTED -> "the apply was interrupted while it waited for another run to let go of it";
        };
    }

    /** One line for the log and the build's failure message. */
    public static String line(Failure failure) {
        return failure.address() + ": " + failure.action().id() + " failed: " + failure.code().code() + ": "
                + message(failure)
                + (failure.nowAbsent() ? " The key pair is now absent from the store; the next apply imports it." : "");
    }

    /** A warning in words. */
    public static String warning(ApplyWarning warning) {
        if (warning instanceof ApplyWarning.CreatedWithFileByAnotherRun other) {
            return other.address() + ": created meanwhile by another run, which wrote " + other.declaredPath();
        } else if (warning instanceof ApplyWarning.CreatedByAnotherRun other) {
            return other.address() + ": created meanwhile by another run; its private key went there, not to "
                    + (other.declaredPath() == null ? "this one's caller" : other.declaredPath());
        }
        throw new IllegalArgumentException("no words for " + warning);
    }
}
