package dev.keypairs.apply;

/**
 * An action that could not be carried out.
 *
 * @param address the key pair
 * @param action the planned action
 * @param code the store's code, or keypairs' own ({@code FileExists}, {@code StoreUnavailable})
 * @param message what happened and what to do
 * @param nowAbsent whether the key pair is now absent from the store (a replace whose import failed): the
 *     next apply imports it
 */
public record Failure(String address, String action, String code, String message, boolean nowAbsent) {

    /** One line for the log and the build's failure message. */
    public String describe() {
        return address + ": " + action + " failed: " + code + ": " + message
                + (nowAbsent ? " The key pair is now absent from the store; the next apply imports it." : "");
    }
}
