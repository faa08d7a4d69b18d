package dev.keypairs.provider;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An error code a provider's API answers: one it documents for the key pair calls ({@link ErrorCode}), or any
 * other a store answered ({@link Answered}), kept verbatim. Either says what kind of refusal it is.
 */
public sealed interface ApiCode extends Code permits ErrorCode, ApiCode.Answered {

    /** The code exactly as the provider spells it, e.g. {@code QuotaExceed.KeyPair}. */
    @Override
    String code();

    /** Whether a call refused with it may be repeated, and how. */
    ErrorKind kind();

    /**
     * The code a store answered: the documented one when the provider documents it, else the code as it came,
     * classified by the providers' naming of throttling, internal and authentication errors.
     *
     * @param provider whose API answered
     * @param code the code as answered
     * @param httpStatus the HTTP status it came with, when there was one (a 5xx is transient)
     */
    static ApiCode of(Provider provider, String code, OptionalInt httpStatus) {
        Objects.requireNonNull(code, "code");
        for (ErrorCode documented : ErrorCode.values()) {
            if (documented.code().equals(code) && documented.isDocumentedBy(provider)) {
                return documented;
            }
        }
        return new Answered(code, Answered.classify(code, httpStatus));
    }

    /** Whether the code refuses a call for the account's request rate: {@code RequestLimitExceeded*}, {@code Throttling*}. */
    default boolean isThrottling() {
        return Answered.throttling(code().toLowerCase(Locale.ROOT));
    }

    /**
     * A code no key pair reference of the provider documents (throttling, authentication, permissions, an
     * internal failure, or anything else a cloud answers), kept as it came.
     *
     * @param code the code as answered
     * @param kind what kind of refusal it is
     */
    record Answered(String code, ErrorKind kind) implements ApiCode {

        public Answered {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
        }

        /**
         * The kind of an undocumented code, by the providers' own naming (store.md): throttling, unavailable and
         * internal errors and any HTTP 5xx are transient; unknown keys, bad signatures, expired credentials and
         * missing permissions are denials; everything else is final.
         */
        static ErrorKind classify(String code, OptionalInt httpStatus) {
            String lower = code.toLowerCase(Locale.ROOT);
            if (throttling(lower) || lower.equals("serviceunavailable") || lower.startsWith("serviceunavailable.")
                    || lower.equals("internalerror") || lower.startsWith("internalerror.")
                    || lower.equals("internalservererror") || lower.startsWith("internalservererror.")
                    || lower.equals("unknownerror") || lower.startsWith("resourceunavailable")) {
                return ErrorKind.TRANSIENT;
            }
            if (lower.startsWith("authfailure") || lower.startsWith("invalidaccesskeyid")
                    || lower.startsWith("signaturedoesnotmatch") || lower.startsWith("forbidden")
                    || lower.startsWith("unauthorizedoperation") || lower.startsWith("invalidsecuritytoken")
                    || lower.equals("incompletesignature") || lower.startsWith("nopermission")) {
                return ErrorKind.DENIED;
            }
            if (httpStatus.isPresent() && httpStatus.getAsInt() >= 500) {
                return ErrorKind.TRANSIENT;
            }
            return ErrorKind.FINAL;
        }

        /** Whether a code, as answered, refuses a call for the account's rate: {@code RequestLimitExceeded*}, {@code Throttling*}. */
        public static boolean isThrottlingCode(String code) {
            return throttling(code.toLowerCase(Locale.ROOT));
        }

        /** {@code RequestLimitExceeded*} or {@code Throttling*}, the code in lowercase. */
        static boolean throttling(String lower) {
            return lower.startsWith("throttling") || lower.startsWith("requestlimitexceeded");
        }

        @Override
        public String toString() {
            return code;
        }
    }
}
