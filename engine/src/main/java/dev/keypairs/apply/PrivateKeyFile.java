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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * Writes a private key returned by CreateKeyPair to its file: created owner-only (0600) from the first byte,
 * so there is no moment with wider permissions; missing parent directories made owner-only (0700); an
 * existing file never overwritten.
 */
final class PrivateKeyFile {

    private PrivateKeyFile() {
    }

    /** Whether the file (or anything at that path) exists already. */
    static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Writes the key, then forgets it.
     *
     * @throws FileAlreadyExistsException when something is at the path: nothing is overwritten
     */
    static void write(Path file, PrivateKeyPem key) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            if (posix) {
                Files.createDirectories(parent,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(parent);
            }
        }
        EnumSet<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        byte[] pem = key.pemBytes();
        try (SeekableByteChannel channel = posix
                ? Files.newByteChannel(file, options,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.newByteChannel(file, options)) {
            ByteBuffer buffer = ByteBuffer.wrap(pem);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } finally {
            Arrays.fill(pem, (byte) 0);
            key.erase();
        }
        if (!posix) {
            // Without POSIX permissions, narrow what the platform offers: readable and writable by the owner only.
            File handle = file.toFile();
            handle.setReadable(false, false);
            handle.setWritable(false, false);
            handle.setReadable(true, true);
            handle.setWritable(true, true);
        }
    }
}
