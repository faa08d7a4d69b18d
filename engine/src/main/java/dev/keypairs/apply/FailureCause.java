package dev.keypairs.apply;

import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.Code;
import java.util.List;
import java.util.Objects;

/** Why an action failed, as a typed value apply.json's and the log's renderers word. */
public sealed interface FailureCause {

    /** The failure's code, a provider's or keypairs' own. */
    Code code();

    /**
     * The store refused the call, for good or after every retry its kind allows.
     *
     * @param error the store's error, with its own message
     * @param advice what the user can do about it, where keypairs knows
     * @param signedWith the access key the call was signed with and where it came from, where the store says (a
     *     cloud); null otherwise
     */
    record Refused(ApiError error, Advice advice, AccessKeyInUse signedWith) implements FailureCause {
        /** A refusal by a store that signs no calls. */
        public Refused(ApiError error, Advice advice) {
            this(error, advice, null);
        }

        @Override
        public Code code() {
            return error.code();
        }
    }

    /**
     * The store could not be used for the call, even after its retries.
     *
     * @param message the store's own account of it
     */
    record Unavailable(String message) implements FailureCause {
        @Override
        public Code code() {
            return ToolCode.STORE_UNAVAILABLE;
        }
    }

    /**
     * The action was not attempted: its region's endpoint had left {@code unansweredInARow} calls in a row
     * unanswered, each after its retries, so the run gave it up (apply.md).
     *
     * @param unansweredInARow the calls in a row that got no answer
     * @param lastFailure the store's own account of the last of them
     */
    record NotAttempted(int unansweredInARow, String lastFailure) implements FailureCause {
        @Override
        public Code code() {
            return ToolCode.STORE_UNAVAILABLE;
        }
    }

    /**
     * A create's {@code privateKeyFile} appeared since the plan: it is never overwritten.
     *
     * @param declaredPath the file as the manifest names it
     */
    record PrivateKeyFileAppeared(String declaredPath) implements FailureCause {
        @Override
        public Code code() {
            return ToolCode.FILE_EXISTS;
        }
    }

    /**
     * A create's {@code privateKeyFile} could not be reserved, so the key pair was not created.
     *
     * @param declaredPath the file as the manifest names it
     * @param why what stood in the way
     */
    record PrivateKeyFileNotWritable(String declaredPath, String why) implements FailureCause {
        @Override
        public Code code() {
            return ToolCode.FILE_NOT_WRITABLE;
        }
    }

    /**
     * A create's {@code privateKeyFile} could not be reserved, though its place can be written.
     *
     * @param declaredPath the file as the manifest names it
     * @param reason what kept it from being reserved
     */
    record PrivateKeyFileNotReserved(String declaredPath, NotReserved reason) implements FailureCause {
        @Override
        public Code code() {
            return ToolCode.FILE_NOT_WRITABLE;
        }
    }

    /** What kept a private key file from being reserved. */
    enum NotReserved {
        /** Another run replaced or removed it again and again while this one reserved it. */
        KEPT_CHANGING,
        /** Another run in this JVM held its lock for the whole wait. */
        HELD_BY_ANOTHER_RUN,
        /** The apply was interrupted while it waited for the lock. */
        INTERRUPTED
    }

    /**
     * A create refused as "already there" after a try whose answer was lost: if that try created it, its private
     * key is lost.
     *
     * @param retriedOn the codes the lost tries met
     */
    record PrivateKeyMayBeLost(List<String> retriedOn) implements FailureCause {
        public PrivateKeyMayBeLost {
            retriedOn = List.copyOf(retriedOn);
        }

        @Override
        public Code code() {
            return ToolCode.PRIVATE_KEY_FILE_NOT_WRITTEN;
        }
    }

    /**
     * A created key pair whose private key could not be written: it is lost.
     *
     * @param declaredPath the file as the manifest names it
     * @param exception the kind of I/O failure
     */
    record PrivateKeyNotWritten(String declaredPath, String exception) implements FailureCause {
        @Override
        public Code code() {
            return ToolCode.PRIVATE_KEY_FILE_NOT_WRITTEN;
        }
    }

    /**
     * A rename done as a replace whose key pair landed under its new name, but whose old key pair could not be
     * deleted: the store holds both names now.
     *
     * @param oldName the name the key pair had
     * @param cause why the old key pair's delete failed
     */
    record OldNameKept(String oldName, FailureCause cause) implements FailureCause {
        public OldNameKept {
            Objects.requireNonNull(oldName, "oldName");
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public Code code() {
            return cause.code();
        }
    }

    /** What a user can do about a refusal, where keypairs knows. */
    enum Advice {
        /** Nothing keypairs can tell beyond the store's own message. */
        NONE,
        /** The key pair is still bound to instances: detach it first (a replace keeps the old key pair). */
        DETACH_FROM_INSTANCES,
        /** The account refused the access key or its permissions: check the key and its policy. */
        CHECK_ACCESS
    }
}
