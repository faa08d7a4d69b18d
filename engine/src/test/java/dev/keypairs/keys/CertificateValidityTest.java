package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A certificate's validity as ssh-keygen wrote it: the {@code validity-*} fixtures have fixed windows, whose
 * instants {@code TZ=UTC ssh-keygen -L} printed (fixtures/README.md); every certificate fixture is also compared
 * with what the ssh-keygen on this machine prints, where there is one.
 */
class CertificateValidityTest {

    private static final Optional<Instant> ALWAYS = Optional.empty();
    private static final Optional<Instant> FOREVER = Optional.empty();

    @TempDir
    static Path directory;

    @Test
    void expiredCertificateHasTheWindowItWasSignedWith() {
        assertEquals(window("2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z"), validity("validity-expired-cert.pub"));
    }

    @Test
    void currentCertificateHasTheWindowItWasSignedWith() {
        assertEquals(window("2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z"), validity("validity-current-cert.pub"));
    }

    @Test
    void alwaysAndForeverAreEmpty() {
        assertEquals(new CertificateValidity(ALWAYS, FOREVER), validity("validity-forever-cert.pub"));
    }

    @ParameterizedTest
    @CsvSource({"rsa-2048.pub", "dsa-1024.pub", "ecdsa-256.pub", "ed25519.pub", "rsa-2048.rfc4716"})
    void plainKeyHasNone(String file) {
        assertEquals(Optional.empty(), CertificateValidity.of(Fixtures.key(file)));
    }

    @Test
    void certificateExportedToRfc4716KeepsItsValidity() {
        assertEquals(CertificateValidity.of(Fixtures.key("rsa-2048-cert.pub")),
                CertificateValidity.of(Fixtures.key("rsa-2048-cert.rfc4716")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ssh-rsa-cert-v00@openssh.com, rsa-2048.pub, 2",
        "ssh-dss-cert-v00@openssh.com, dsa-1024.pub, 4",
    })
    void v00CertificateHasItsValidity(String type, String keyFile, int keyFields) throws Exception {
        Instant after = Instant.parse("2010-03-08T12:00:00Z");
        Instant before = Instant.parse("2011-03-08T12:00:00Z");
        PublicKey certificate = v00(type, keyFile, keyFields, after.getEpochSecond(), before.getEpochSecond());

        assertEquals(Optional.of(new CertificateValidity(Optional.of(after), Optional.of(before))),
                CertificateValidity.of(certificate));
    }

    @Test
    void v00AlwaysAndForeverAreEmpty() throws Exception {
        PublicKey certificate = v00("ssh-rsa-cert-v00@openssh.com", "rsa-2048.pub", 2, 0L, 0xFFFF_FFFF_FFFF_FFFFL);
        assertEquals(Optional.of(new CertificateValidity(ALWAYS, FOREVER)), CertificateValidity.of(certificate));
    }

    @Test
    void v00FromTheTestLayoutEndsIn2038() throws Exception {
        PublicKey certificate = PublicKeyReader.read("ssh-rsa-cert-v00@openssh.com " + Base64.getEncoder()
                .encodeToString(CertificateTest.v00Certificate("ssh-rsa-cert-v00@openssh.com",
                        Fixtures.key("rsa-2048.pub"), 2, 1)));
        assertEquals(Optional.of(new CertificateValidity(ALWAYS, Optional.of(Instant.parse("2038-01-19T03:14:07Z")))),
                CertificateValidity.of(certificate));
    }

    @Test
    void timesPastWhatAnInstantHoldsAreNeverAndForever() throws Exception {
        PublicKey certificate = v00("ssh-rsa-cert-v00@openssh.com", "rsa-2048.pub", 2, 0x8000_0000_0000_0000L,
                0xFFFF_FFFF_FFFF_FFFEL);
        CertificateValidity validity = CertificateValidity.of(certificate).orElseThrow();
        assertEquals(Optional.of(Instant.MAX), validity.validAfter(), "valid after: never");
        assertFalse(validity.validBefore().isPresent(), "valid before: as good as forever");
    }

    static Stream<String> certificateFixtures() {
        return Fixtures.expected().stream().map(Fixtures.Expected::file).filter(file -> file.endsWith("-cert.pub"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certificateFixtures")
    void matchesWhatSshKeygenPrints(String file) throws Exception {
        assumeTrue(onPath("ssh-keygen"), "ssh-keygen is not on the PATH: the comparison is skipped");
        Path copy = directory.resolve(file);
        Files.writeString(copy, Fixtures.text(file));

        assertEquals(sshKeygenValidity(copy), validity(file));
    }

    private static CertificateValidity validity(String file) {
        return CertificateValidity.of(Fixtures.key(file)).orElseThrow();
    }

    private static CertificateValidity window(String after, String before) {
        return new CertificateValidity(Optional.of(Instant.parse(after)), Optional.of(Instant.parse(before)));
    }

    private static PublicKey v00(String type, String keyFile, int keyFields, long after, long before)
            throws KeyFormatException {
        byte[] blob = CertificateTest.v00Certificate(type, Fixtures.key(keyFile), keyFields, 1, after, before);
        return PublicKeyReader.read(type + " " + Base64.getEncoder().encodeToString(blob));
    }

    private static final Pattern VALID = Pattern.compile(
            "Valid: (?:forever|from (\\S+) to (\\S+)|after (\\S+)|before (\\S+))");

    /** {@code ssh-keygen -L}'s "Valid:" line, in UTC: forever, from … to …, after …, or before …. */
    private static CertificateValidity sshKeygenValidity(Path file) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("ssh-keygen", "-L", "-f", file.toString()).redirectErrorStream(true);
        builder.environment().put("TZ", "UTC");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "ssh-keygen -L did not finish");
        Matcher valid = VALID.matcher(output);
        assertTrue(valid.find(), output);
        Optional<Instant> after = utc(valid.group(1)).or(() -> utc(valid.group(3)));
        Optional<Instant> before = utc(valid.group(2)).or(() -> utc(valid.group(4)));
        return new CertificateValidity(after, before);
    }

    private static Optional<Instant> utc(String printed) {
        return Optional.ofNullable(printed).map(text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(entry -> Files.isExecutable(Path.of(entry, program)));
    }
}
