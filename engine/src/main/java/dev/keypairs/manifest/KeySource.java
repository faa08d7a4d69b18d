package dev.keypairs.manifest;

import java.nio.file.Path;

/** Where a declared key pair's key comes from: exactly one of these (manifests.md). */
public sealed interface KeySource permits KeySource.Inline, KeySource.File, KeySource.Create {

    /** {@code publicKey}: the key written in the manifest. */
    record Inline(String text) implements KeySource {
        @Override
        public String toString() {
            return "Inline[" + text.length() + " characters]";
        }
    }

    /**
     * {@code publicKeyFile}: a key file inside the project.
     *
     * @param relativePath the file relative to the base directory, with {@code /} separators
     * @param text the file's content (at most a little over 64 KiB is read: a larger key is refused anyway)
     */
    record File(String relativePath, String text) implements KeySource {
        @Override
        public String toString() {
            return "File[" + relativePath + "]";
        }
    }

    /**
     * {@code create: true}: the store generates the pair; the private key goes to {@code privateKeyFile}.
     *
     * @param privateKeyFile the absolute path the private key is written to
     * @param declaredPath the path as the manifest writes it, for messages
     */
    record Create(Path privateKeyFile, String declaredPath) implements KeySource {
    }

    /** The public key text, or null for a create. */
    default String publicKeyText() {
        if (this instanceof Inline inline) {
            return inline.text();
        }
        if (this instanceof File file) {
            return file.text();
        }
        return null;
    }
}
