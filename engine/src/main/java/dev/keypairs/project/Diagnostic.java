package dev.keypairs.project;

import dev.keypairs.provider.ApiCode;
import dev.keypairs.provider.Code;
import dev.keypairs.provider.ApiError;
import java.util.Objects;

/**
 * One problem found in the manifests or predicted from the store, as plan.json reports it.
 *
 * @param code a provider's code ({@code InvalidKeyPairName.Malformed}) or a {@link ToolCode}
 * @param message what is wrong and what to do; never quotes key material or file content
 * @param address the key pair's or region's address; null for a problem of a file as a whole
 * @param source where in which manifest; null when the problem has no place in a manifest
 */
public record Diagnostic(Code code, String message, String address, Source source) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with one of keypairs' own codes. */
    public static Diagnostic of(ToolCode code, String message, String address, Source source) {
        return new Diagnostic(code, message, address, source);
    }

    /** A provider's code with a message of keypairs' own, placed at an address and a manifest position. */
    public static Diagnostic of(ApiCode code, String message, String address, Source source) {
        return new Diagnostic(code, message, address, source);
    }

    /** A provider's error, placed at an address and a manifest position. */
    public static Diagnostic of(ApiError error, String address, Source source) {
        return new Diagnostic(error.code(), error.message(), address, source);
    }
}
