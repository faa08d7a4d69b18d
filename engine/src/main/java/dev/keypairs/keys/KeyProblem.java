package dev.keypairs.keys;

/**
 * Why a text is not a usable public key. The messages name the problem and what to do; none quotes any
 * part of the input, which may be a private key pasted in the wrong place.
 */
public enum KeyProblem {
    EMPTY("the public key is empty"),
    TOO_LARGE("the public key is larger than " + PublicKeyReader.MAX_TEXT_LENGTH / 1024
            + " KiB; no SSH public key is that large"),
    PRIVATE_KEY("this is a private key, not a public key: give the .pub file instead"
            + " (the private key was not shown anywhere; if it was shared, replace it)"),
    NOT_A_KEY("this is not an SSH public key: expected the OpenSSH form 'TYPE BASE64 [COMMENT]'"
            + " or an RFC 4716 block ('---- BEGIN SSH2 PUBLIC KEY ----')"),
    MORE_THAN_ONE_KEY("more than one public key given: give exactly one"),
    UNKNOWN_TYPE("the key type is not one of " + PublicKeyReader.knownTypeNames()),
    BAD_BASE64("the key data is not valid base64"),
    TYPE_MISMATCH("the key type word does not match the type inside the key data"),
    TRUNCATED("the key data is truncated"),
    TRAILING_BYTES("the key data has unexpected bytes after the key"),
    INVALID_KEY("the key data does not hold a valid key of its type"),
    MALFORMED_RFC4716("the RFC 4716 block is malformed: it needs a BEGIN line, headers, base64 lines"
            + " and an END line ('---- END SSH2 PUBLIC KEY ----')");

    private final String message;

    KeyProblem(String message) {
        this.message = message;
    }

    /** What is wrong, fit to show a user. */
    public String message() {
        return message;
    }
}
