package dev.keypairs.keys;

import java.util.Objects;
import java.util.Optional;

/**
 * What reading one public key text gave: the key, or why it is not one. Read once where the text enters (a manifest's
 * key, a request off the wire) and carried with it from then on, so that the plan, its prediction of the account's
 * refusals and an embedded account all use the same reading.
 */
public sealed interface KeyReading {

    /** Reads a text: never throws. */
    static KeyReading of(String text) {
        try {
            return new Read(PublicKeyReader.read(text));
        } catch (KeyFormatException e) {
            return new Unreadable(e);
        }
    }

    /** The key, when the text is one. */
    default Optional<PublicKey> key() {
        return this instanceof Read read ? Optional.of(read.publicKey()) : Optional.empty();
    }

    /**
     * A text that is a key.
     *
     * @param publicKey the key read
     */
    record Read(PublicKey publicKey) implements KeyReading {
        public Read {
            Objects.requireNonNull(publicKey, "publicKey");
        }
    }

    /**
     * A text that is not a key, or not one keypairs reads.
     *
     * @param problem why, with its typed {@link KeyProblem}
     */
    record Unreadable(KeyFormatException problem) implements KeyReading {
        public Unreadable {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
