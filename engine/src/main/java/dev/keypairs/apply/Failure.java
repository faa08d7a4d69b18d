package dev.keypairs.apply;

import dev.keypairs.plan.Action;

/**
 * An action that could not be carried out.
 *
 * @param address the key pair
 * @param action the planned action
 * @param code the store's code ({@link dev.keypairs.provider.ApiCode}) or keypairs' own
 *     ({@link dev.keypairs.project.ToolCode}), as apply.json spells it
 * @param message what happened and what to do
 * @param nowAbsent whether the key pair is now absent from the store (a replace whose import failed): the
 *     next apply imports it
 */
public record Failure(String address, Action action, String code, String message, boolean nowAbsent) {

    /** One line for the log and the build's failure message. */
    public String describe() {
        return address + ": " + action.id() + " failed: " + code + ": " + message
                + (nowAbsent ? " The key pair is now absent from the store; the next apply imports it." : "");
    }
}
