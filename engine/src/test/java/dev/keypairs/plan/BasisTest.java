package dev.keypairs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keypairs.manifest.ManifestInput;
import dev.keypairs.project.Address;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoredKeyPair;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A saved plan stays valid across versions only while the basis's canonical text is the one it always was. */
class BasisTest {

    @Test
    void theCanonicalTextEscapesEveryFieldAsItAlwaysHas() throws Exception {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("te=am;\\", "a\tb\nc");
        tags.put("owner", "x=y");
        StoredKeyPair stored = new StoredKeyPair(Provider.ALIBABA, "cn-hangzhou", "n;a=m\\e",
                "ssh-rsa AAAA= c\tomment", "aa:bb", null, tags, "rg=1", 7L, Instant.ofEpochSecond(5, 6), null,
                List.of());
        Address region = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou");

        String basis = new Basis()
                .inputs(List.of(new ManifestInput("b;=.pub", "ff"), new ManifestInput("a\\b", "ee")))
                .options(new PlanOptions(List.of("x=y.yaml"), List.of("alibaba/*"), true, null, null))
                .region(region, OptionalInt.of(500), List.of(stored)).digest();

        // The stored key pair holds its tags sorted by key.
        String tagsText = escaped("owner") + "=" + escaped("x=y") + ";" + escaped("te=am;\\") + "="
                + escaped("a\tb\nc") + ";";
        String text = line("keypairs-basis", String.valueOf(Plan.FORMAT_VERSION)) + line("file", "a\\b", "ee")
                + line("file", "b;=.pub", "ff") + line("manifests", "x=y.yaml") + line("target", "alibaba/*")
                + line("prune", "true") + line("region", region.toString(), "500")
                + line("keyPair", "n;a=m\\e", null, "aa:bb", "ssh-rsa AAAA= c\tomment", tagsText, "rg=1", "7", "5.6");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8))), basis);
    }

    /** The escaping the basis was first written with, kept here as the definition. */
    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace(";", "\\;")
                .replace("=", "\\=");
    }

    private static String line(String kind, String... fields) {
        StringBuilder line = new StringBuilder(kind);
        for (String field : fields) {
            line.append('\t').append(field == null ? "\\0" : escaped(field));
        }
        return line.append('\n').toString();
    }
}
