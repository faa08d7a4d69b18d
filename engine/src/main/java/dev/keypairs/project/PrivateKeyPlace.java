package dev.keypairs.project;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Where a created key pair's private key will be written, as the plan and apply both judge it: the file must not
 * hold anything yet (an empty owner-only file of this user, left by a killed run, is reused), and the nearest
 * directory that exists must be a writable directory, so that apply can create the rest.
 */
public final class PrivateKeyPlace {

    /** The permissions of a private key file: read and write for its owner, nothing for anyone else. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PrivateKeyPlace() {
    }

    /** What is at the path already. */
    public enum Occupant {
        /** Nothing: the file is created. */
        NOTHING,
        /** An empty owner-only file of this user, as a killed run leaves it: reused. */
        REUSABLE,
        /** Anything else, never overwritten. */
        CONTENT
    }

    /** What is at the path. */
    public static Occupant occupant(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Occupant.NOTHING;
        }
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != 0) {
                return Occupant.CONTENT;
            }
            if (posix()) {
                // Someone else's empty file, or a readable one, could hand the key to someone else.
                boolean ownerOnly = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY);
                boolean ours = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName()
                        .equals(System.getProperty("user.name"));
                return ownerOnly && ours ? Occupant.REUSABLE : Occupant.CONTENT;
            }
            return Occupant.REUSABLE;
        } catch (IOException e) {
            return Occupant.CONTENT;
        }
    }

    /** Whether the file system has POSIX permissions: a private key file is then made owner-only by mode. */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Why the file could not be created, if it could not: a parent that is no directory, or not writable. */
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
