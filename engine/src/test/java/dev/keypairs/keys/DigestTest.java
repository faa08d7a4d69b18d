package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void givesTheStandardsTestVectors() {
        // FIPS 180-2's and RFC 1321's vectors for "abc" (also what sha256sum and md5sum print).
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HexFormat.of().formatHex(Digest.SHA256.of(ABC)));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", HexFormat.of().formatHex(Digest.MD5.of(ABC)));
    }

    @Test
    void eachStartIsADigestOfItsOwn() {
        MessageDigest first = Digest.SHA256.start();
        MessageDigest second = Digest.SHA256.start();
        first.update("not this".getBytes(StandardCharsets.US_ASCII));
        second.update(ABC);
        assertEquals(HexFormat.of().formatHex(Digest.SHA256.of(ABC)), HexFormat.of().formatHex(second.digest()));
        assertEquals(HexFormat.of().formatHex(Digest.SHA256.of(ABC)), HexFormat.of().formatHex(Digest.SHA256.of(ABC)),
                "the prototype is never fed");
    }

    @Test
    void threadsDigestingAtOnceGetTheSameAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = IntStream.range(0, 2_000).mapToObj(i -> pool.submit(
                    () -> HexFormat.of().formatHex(Digest.SHA256.of(("key " + i % 10).getBytes(StandardCharsets.UTF_8)))))
                    .toList();
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(("key " + i % 10).getBytes(StandardCharsets.UTF_8))), answers.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
