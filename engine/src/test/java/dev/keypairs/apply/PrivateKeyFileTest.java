package dev.keypairs.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.PrivateKeyPem;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two runs creating the same key pair: the second waits for the first's file, and never takes or removes it. */
class PrivateKeyFileTest {

    private static final String PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n";

    @TempDir
    Path base;

    @Test
    @Timeout(30)
    void aSecondRunWaitsForTheFirstAndFindsItsKeyWritten() throws Exception {
        Path file = base.resolve("keys/bastion.pem");
        PrivateKeyFile first = PrivateKeyFile.reserve(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<PrivateKeyFile> second = other.submit(() -> PrivateKeyFile.reserve(file));
            assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS),
                    "the empty file is held: not a killed run's to reuse");
            first.write(new PrivateKeyPem(PEM));
            ExecutionException refused = assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
            assertInstanceOf(FileAlreadyExistsException.class, refused.getCause());
            assertEquals(PEM, Files.readString(file), "the first run's key, untouched");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    @Timeout(30)
    void whenTheFirstRunsCallFailsTheSecondReservesTheFileAnew() throws Exception {
        Path file = base.resolve("bastion.pem");
        PrivateKeyFile first = PrivateKeyFile.reserve(file);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<PrivateKeyFile> second = other.submit(() -> PrivateKeyFile.reserve(file));
            Thread.sleep(200);
            first.release();
            PrivateKeyFile reserved = second.get(10, TimeUnit.SECONDS);
            assertTrue(Files.exists(file), "made anew, not the removed one");
            reserved.write(new PrivateKeyPem(PEM));
            assertEquals(PEM, Files.readString(file));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aKilledRunsEmptyFileIsReusedAndAFailedCallRemovesIt() throws Exception {
        Path file = Files.createFile(base.resolve("left.pem"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        PrivateKeyFile reserved = PrivateKeyFile.reserve(file);
        reserved.release();
        assertFalse(Files.exists(file));
        Path written = Files.writeString(base.resolve("written.pem"), "precious");
        assertThrows(FileAlreadyExistsException.class, () -> PrivateKeyFile.reserve(written));
        assertEquals("precious", Files.readString(written));
    }
}
