package dev.keypairs.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a created key pair's private key will be written, as the plan checks it before anything is called: the
 * file must not hold anything yet (an empty one, left by a killed run, is reused), and the nearest directory
 * that exists must be a writable directory, so that apply can create the rest.
 */
public final class PrivateKeyPlace {

    private PrivateKeyPlace() {
    }

    /** What is at the path already: nothing, an empty file to reuse, or something that is never overwritten. */
    public enum Occupant {
        NOTHING,
        EMPTY_FILE,
        CONTENT
    }

    /** What is at the path. */
    public static Occupant occupant(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Occupant.NOTHING;
        }
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0
                    ? Occupant.EMPTY_FILE : Occupant.CONTENT;
        } catch (IOException e) {
            return Occupant.CONTENT;
        }
    }

    /** Why apply could not create the file, if it could not: a parent that is no directory, or not writable. */
    public static Optional<String> whyNotWritable(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(parent)) {
            return Optional.of(parent + " is not a directory");
        }
        try {
            if (!Files.isWritable(parent) || Files.getFileStore(parent).isReadOnly()) {
                return Optional.of(parent + " is not writable");
            }
        } catch (IOException e) {
            return Optional.of(parent + " cannot be checked (" + e.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }
}
