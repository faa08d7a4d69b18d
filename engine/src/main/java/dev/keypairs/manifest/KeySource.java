package dev.keypairs.manifest;

import dev.keypairs.keys.KeyReading;
import java.nio.file.Path;

/** Where a declared key pair's key comes from: exactly one of these (manifests.md). */
public sealed interface KeySource permits KeySource.Inline, KeySource.File, KeySource.Create {

    /**
     * {@code publicKey}: the key written in the manifest.
     *
     * @param text the key as written
     * @param reading what reading it gave, once for the whole run; a function of the text, so not part of equality
     */
    record Inline(String text, KeyReading reading) implements KeySource {
        /** The key written in the manifest, read. */
        public Inline(String text) {
            this(text, KeyReading.of(text));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Inline inline && text.equals(inline.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

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
     * @param reading what reading it gave, once for the whole run however many regions declare the file; a function
     *     of the text, so not part of equality
     */
    record File(String relativePath, String text, KeyReading reading) implements KeySource {
        /** A key file's content, read. */
        public File(String relativePath, String text) {
            this(relativePath, text, KeyReading.of(text));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof File file && relativePath.equals(file.relativePath) && text.equals(file.text);
        }

        @Override
        public int hashCode() {
            return relativePath.hashCode() * 31 + text.hashCode();
        }

        @Override
        public String toString() {
            return "File[" + relativePath + "]";
        }
    }

    /**
     * {@code create: true}: the store generates the pair; the private key goes to {@code privateKeyFile}, or, for a
     * manifest given as text (a seed: {@link ManifestReader#readText}), back to the caller ({@link #RETURNED}).
     *
     * @param privateKeyFile the absolute path the private key is written to; null when it is returned
     * @param declaredPath the path as the manifest writes it, for messages; null when it is returned
     */
    record Create(Path privateKeyFile, String declaredPath) implements KeySource {

        /** A create whose private key is returned to the caller of the apply, never written to a file. */
        public static final Create RETURNED = new Create(null, null);

        /** Whether the private key is returned to the caller rather than written to a file. */
        public boolean returned() {
            return privateKeyFile == null;
        }
    }

    /** What reading the public key text gave, or null for a create. */
    default KeyReading reading() {
        return null;
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
