package dev.keypairs.apply;

import dev.keypairs.keys.PrivateKeyPem;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * The file a created key pair's private key goes to (apply.md): reserved before CreateKeyPair is called, created
 * exclusively and owner-only (0600) from the first byte, with any missing parent directories owner-only (0700),
 * so that a place that cannot be written fails before the key pair exists; written after the call; removed when
 * the call fails. An empty owner-only file left by a killed run is reused; any other file is never overwritten.
 */
final class PrivateKeyFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    private PrivateKeyFile(Path file) {
        this.file = file;
    }

    /**
     * Reserves the file: creates it empty, or takes the empty owner-only file a killed run left.
     *
     * @throws FileAlreadyExistsException when anything else is at the path: nothing is overwritten
     * @throws IOException when the place cannot be written (a parent that is a file, no permission)
     */
    static PrivateKeyFile reserve(Path file) throws IOException {
        boolean posix = isPosix();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0
                    && (!posix || Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY))) {
                return new PrivateKeyFile(file);
            }
            throw new FileAlreadyExistsException(file.toString());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            if (posix) {
                Files.createDirectories(parent,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(parent);
            }
        }
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
            // Without POSIX permissions, narrow what the platform offers: readable and writable by the owner only.
            File handle = file.toFile();
            handle.setReadable(false, false);
            handle.setWritable(false, false);
            handle.setReadable(true, true);
            handle.setWritable(true, true);
        }
        return new PrivateKeyFile(file);
    }

    /** Writes the key into the reserved file, then forgets it. */
    void write(PrivateKeyPem key) throws IOException {
        byte[] pem = key.pemBytes();
        try (SeekableByteChannel channel = Files.newByteChannel(file, Set.of(StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS))) {
            ByteBuffer buffer = ByteBuffer.wrap(pem);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } finally {
            Arrays.fill(pem, (byte) 0);
            key.erase();
        }
    }

    /** Gives the reservation up after a failed call: the file goes, while still empty. */
    void release() {
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // An empty owner-only file is harmless, and the next apply reuses it.
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
