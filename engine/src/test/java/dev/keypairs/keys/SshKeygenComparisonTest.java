package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Makes fresh keys and certificates with the ssh-keygen on this machine and compares bits and fingerprints
 * with what it prints, and which RSA modulus sizes it reads. Skipped, saying so, where ssh-keygen is not on the PATH.
 */
class SshKeygenComparisonTest {

    @TempDir
    static Path directory;

    @BeforeAll
    static void requireSshKeygen() {
        assumeTrue(onPath("ssh-keygen"), "ssh-keygen is not on the PATH: the fresh-key comparison is skipped");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"rsa, 1024", "rsa, 2048", "rsa, 3072", "dsa, 1024", "ecdsa, 256", "ecdsa, 384", "ecdsa, 521",
        "ed25519, 256"})
    void freshKeyAndItsCertificateMatchSshKeygen(String type, int bits) throws Exception {
        Path key = directory.resolve(type + "-" + bits);
        List<String> generate = new ArrayList<>(List.of("ssh-keygen", "-q", "-N", "", "-C", "fresh", "-t", type));
        if (!type.equals("ed25519")) {
            generate.addAll(List.of("-b", String.valueOf(bits)));
        }
        generate.addAll(List.of("-f", key.toString()));
        run(generate);
        Path ca = directory.resolve("ca");
        if (!Files.exists(ca)) {
            run(List.of("ssh-keygen", "-q", "-N", "", "-t", "ed25519", "-f", ca.toString()));
        }
        Path publicKey = Path.of(key + ".pub");
        run(List.of("ssh-keygen", "-q", "-s", ca.toString(), "-I", "fresh", "-n", "alice", publicKey.toString()));
        Path certificate = Path.of(key + "-cert.pub");

        for (Path file : List.of(publicKey, certificate)) {
            PublicKey read = PublicKeyReader.read(Files.readString(file));
            String[] sha256 = run(List.of("ssh-keygen", "-l", "-f", file.toString())).split(" ");
            String[] md5 = run(List.of("ssh-keygen", "-l", "-E", "md5", "-f", file.toString())).split(" ");

            assertEquals(Integer.parseInt(sha256[0]), read.bits(), file + " bits");
            assertEquals(sha256[1], read.fingerprints().sha256(), file + " SHA256");
            assertEquals(md5[1], "MD5:" + read.fingerprints().md5(), file + " MD5");
            assertEquals(sha256[sha256.length - 1].trim(), "(" + read.type().label() + ")", file + " type");
        }
    }

    @ParameterizedTest(name = "{0} bits")
    @ValueSource(ints = {1023, 1024, 16384, 16385})
    void rsaModulusSizesAreReadAsSshKeygenReadsThem(int bits) throws Exception {
        String text = PublicKeyReaderTest.rsaText(BigInteger.valueOf(65_537), PublicKeyReaderTest.oddNumber(bits));
        Path file = directory.resolve("rsa-modulus-" + bits + ".pub");
        Files.writeString(file, text + "\n");
        Process process = new ProcessBuilder("ssh-keygen", "-l", "-f", file.toString()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ssh-keygen -l did not finish");

        boolean sshKeygenReads = process.exitValue() == 0;
        assertEquals(sshKeygenReads, PublicKeyReader.readIfKey(text).isPresent(), bits + " bits");
        assertEquals(bits >= 1024 && bits <= 16384, sshKeygenReads, "ssh-keygen's own bounds moved: " + bits + " bits");
    }

    /**
     * Keys made by hand where OpenSSH's reading is the rule: an Ed25519 key is any 32 bytes (on the curve or not),
     * and an ECDSA point is uncompressed only.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ed25519 zeros", "ed25519 ones", "ecdsa compressed"})
    void handMadeKeysAreReadAsSshKeygenReadsThem(String made) throws Exception {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        if (made.startsWith("ed25519")) {
            SshWireReader.writeString(blob, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
            byte[] key = new byte[32];
            Arrays.fill(key, made.endsWith("ones") ? (byte) 0xFF : 0);
            SshWireReader.writeString(blob, key);
        } else {
            Path key = directory.resolve("ecdsa-to-compress");
            if (!Files.exists(key)) {
                run(List.of("ssh-keygen", "-q", "-N", "", "-t", "ecdsa", "-b", "256", "-f", key.toString()));
            }
            SshWireReader reader = new SshWireReader(PublicKeyReader.read(Files.readString(Path.of(key + ".pub")))
                    .blob().bytes());
            byte[] type = reader.readString();
            byte[] curve = reader.readString();
            byte[] point = reader.readString();
            byte[] compressed = Arrays.copyOf(point, 1 + (point.length - 1) / 2);
            compressed[0] = (byte) (2 + (point[point.length - 1] & 1));
            SshWireReader.writeString(blob, type);
            SshWireReader.writeString(blob, curve);
            SshWireReader.writeString(blob, compressed);
        }
        String type = made.startsWith("ed25519") ? "ssh-ed25519" : "ecdsa-sha2-nistp256";
        String text = type + " " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " made";
        Path file = directory.resolve(made.replace(' ', '-') + ".pub");
        Files.writeString(file, text + "\n");
        Process process = new ProcessBuilder("ssh-keygen", "-l", "-f", file.toString()).redirectErrorStream(true)
                .start();
        String[] printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split(" ");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ssh-keygen -l did not finish");

        boolean sshKeygenReads = process.exitValue() == 0;
        assertEquals(sshKeygenReads, PublicKeyReader.readIfKey(text).isPresent(), made);
        assertEquals(!made.startsWith("ecdsa"), sshKeygenReads, "ssh-keygen's reading moved: " + made);
        if (sshKeygenReads) {
            assertEquals(printed[1], PublicKeyReader.read(text).fingerprints().sha256(), made);
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
        return output.strip();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, program))) {
                return true;
            }
        }
        return false;
    }
}
