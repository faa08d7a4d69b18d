package dev.keypairs.apply;

import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.project.PrivateKeyPlace;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

/**
 * The file a created key pair's private key goes to (apply.md): reserved before CreateKeyPair is called, created
 * exclusively and owner-only (0600) from the first byte, with any missing parent directories owner-only (0700),
 * so that a place that cannot be written fails before the key pair exists; written after the call, through the
 * channel reserved; removed when the call fails. The reservation holds a lock on the file, so that another run
 * applying the same manifest waits for it rather than taking the empty file for a killed run's: an empty
 * owner-only file of this user that nobody holds is reused; any other file is never overwritten.
 */
final class PrivateKeyFile implements AutoCloseable {

    /** Longer than any one CreateKeyPair with its retries: how long another run may hold the file. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private final Path file;
    private final Object fileKey;
    private final FileChannel channel;
    private final FileLock lock;

    private PrivateKeyFile(Path file, Object fileKey, FileChannel channel, FileLock lock) {
        this.file = file;
        this.fileKey = fileKey;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Reserves the file: creates it empty, or takes an empty one a killed run left, once no other run holds it.
     *
     * @throws FileAlreadyExistsException when anything else is at the path (or another run wrote it meanwhile):
     *     nothing is overwritten
     * @throws PlaceNotWritableException when the place cannot be written (a parent that is a file, no permission)
     */
    static PrivateKeyFile reserve(Path file) throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            PrivateKeyPlace.Occupant occupant = PrivateKeyPlace.occupant(file);
            if (occupant == PrivateKeyPlace.Occupant.CONTENT) {
                throw new FileAlreadyExistsException(file.toString());
            }
            FileChannel channel;
            if (occupant == PrivateKeyPlace.Occupant.NOTHING) {
                String unwritable = PrivateKeyPlace.whyNotWritable(file).orElse(null);
                if (unwritable != null) {
                    throw new PlaceNotWritableException(unwritable);
                }
                createParents(file);
                try {
                    channel = create(file);
                } catch (FileAlreadyExistsException raced) {
                    continue; // another run created it a moment ago: judge it again
                }
            } else {
                channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            }
            Object opened = fileKey(file);
            FileLock lock;
            try {
                lock = lockPatiently(file, channel); // another run holds it only while it creates the key pair
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            boolean same = opened != null && opened.equals(fileKey(file));
            if (same && channel.size() == 0) {
                return new PrivateKeyFile(file, opened, channel, lock);
            }
            boolean written = same && channel.size() > 0;
            lock.release();
            channel.close();
            if (written) {
                throw new FileAlreadyExistsException(file.toString()); // another run wrote its key meanwhile
            }
            // The file it locked was removed by the run that held it: judge the path again.
        }
        throw new NotReservedException(file, FailureCause.NotReserved.KEPT_CHANGING, null);
    }

    /**
     * Locks the file, waiting for another run that holds it: a process waits in the system's lock; a thread of this
     * JVM (two builds applying in one JVM) is told at once that the JVM holds it, and waits here.
     */
    private static FileLock lockPatiently(Path file, FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException heldHere) {
                if (System.nanoTime() - deadline > 0) {
                    throw new NotReservedException(file, FailureCause.NotReserved.HELD_BY_ANOTHER_RUN, heldHere);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new NotReservedException(file, FailureCause.NotReserved.INTERRUPTED, e);
                }
            }
        }
    }

    /** Writes the key into the reserved file, then forgets it, and gives the lock up. */
    void write(PrivateKeyPem key) throws IOException {
        byte[] pem = key.pemBytes();
        try {
            ByteBuffer buffer = ByteBuffer.wrap(pem);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } finally {
            Arrays.fill(pem, (byte) 0);
            key.erase();
            close();
        }
    }

    /** Gives the reservation up after a failed call: the file goes while it is empty and still held. */
    void release() {
        try {
            if (fileKey.equals(fileKey(file)) && channel.size() == 0) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // An empty owner-only file is harmless, and the next apply reuses it.
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // Closing: the key, if any, is written and forced already.
        }
    }

    private static FileChannel create(Path file) throws IOException {
        if (PrivateKeyPlace.posix()) {
            return FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PrivateKeyPlace.OWNER_ONLY));
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        // Without POSIX permissions, narrow what the platform offers: readable and writable by the owner only.
        File handle = file.toFile();
        handle.setReadable(false, false);
        handle.setWritable(false, false);
        handle.setReadable(true, true);
        handle.setWritable(true, true);
        return channel;
    }

    private static void createParents(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            if (PrivateKeyPlace.posix()) {
                Files.createDirectories(parent,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(parent);
            }
        }
    }

    /** The identity of the file at the path (device and inode), or null when there is none. */
    private static Object fileKey(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.fileKey() != null ? attributes.fileKey() : file.toAbsolutePath().normalize();
        } catch (IOException e) {
            return null;
        }
    }

    /** A private key file that could not be reserved, for a reason the apply reports as a typed value. */
    static final class NotReservedException extends IOException {
        private static final long serialVersionUID = 1L;

        private final FailureCause.NotReserved reason;

        NotReservedException(Path file, FailureCause.NotReserved reason, Throwable cause) {
            super(file.toString(), cause);
            this.reason = reason;
        }

        FailureCause.NotReserved reason() {
            return reason;
        }
    }

    /** The place of a private key file cannot be written: found before the key pair is created. */
    static final class PlaceNotWritableException extends IOException {
        private static final long serialVersionUID = 1L;

        PlaceNotWritableException(String why) {
            super(why);
        }
    }
}
