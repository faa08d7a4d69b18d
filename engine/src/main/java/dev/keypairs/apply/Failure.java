package dev.keypairs.apply;

import dev.keypairs.plan.Action;
import dev.keypairs.provider.Code;
import java.util.Objects;

/**
 * An action that could not be carried out.
 *
 * @param address the key pair
 * @param action the planned action
 * @param cause why, as a typed value
 * @param nowAbsent whether the key pair is now absent from the store (a replace whose import failed): the
 *     next apply imports it
 */
public record Failure(String address, Action action, FailureCause cause, boolean nowAbsent) {

    public Failure {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(cause, "cause");
    }

    /** The failure's code, as apply.json spells it through {@link Code#code()}. */
    public Code code() {
        return cause.code();
    }
}
