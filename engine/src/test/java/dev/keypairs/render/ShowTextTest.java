package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.project.Address;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoreListing;
import dev.keypairs.store.StoredKeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words of {@code keypairs:show}: type and size or unknown, creation time and age, a certificate's validity. */
class ShowTextTest {

    static final Instant READ_AT = Instant.parse("2025-03-01T12:00:00Z");
    static final PublicKey RSA = Fixtures.key("rsa-2048.pub");
    static final PublicKey CERTIFICATE = Fixtures.key("rsa-2048-cert.pub");
    static final Address HANGZHOU = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou");

    /** An entry of the listing as the store returned it, read as {@code StoreListing.read} reads it. */
    static StoreListing.Entry entry(String name, PublicKey key, Instant createdAt, CertificateValidity certificate,
            boolean declared) {
        StoredKeyPair stored = new StoredKeyPair(Provider.ALIBABA, "cn-hangzhou", name,
                key == null ? null : key.toOpenSshLine(), "fc:65:f3:e0:6d:9a:5d:c6:be:a6:8e:65:5b:d2:7d:7f", null,
                Map.of("team", "a"), null, null, createdAt);
        return new StoreListing.Entry(HANGZHOU.keyPair(name), stored, key == null ? null : key.type().wireName(),
                key == null ? null : key.bits(), key == null ? null : key.fingerprints().sha256(), certificate,
                declared);
    }

    static CertificateValidity validity(String after, String before) {
        return new CertificateValidity(Optional.ofNullable(after).map(Instant::parse),
                Optional.ofNullable(before).map(Instant::parse));
    }

    static StoreListing sample() {
        return new StoreListing(List.of(
                entry("deploy", RSA, Instant.parse("2024-02-29T11:59:59.250Z"), null, true),
                entry("expired", CERTIFICATE, Instant.parse("2025-02-28T12:00:00Z"),
                        validity("2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z"), false),
                entry("legacy", null, null, null, false)), true, READ_AT);
    }

    @Test
    void eachKeyPairShowsItsTypeSizeCreationAgeAndCertificate() {
        List<String> lines = ShowText.render(sample(), "sqlite:/tmp/store.db");

        assertEquals("keypairs show: sqlite:/tmp/store.db", lines.get(0));
        assertTrue(lines.contains("alibaba/cn-hangzhou (3 key pairs)"), lines.toString());
        assertTrue(lines.contains("  deploy  [declared]  ssh-rsa 2048  MD5 fc:65:f3:e0:6d:9a:5d:c6:be:a6:8e:65:5b:d2:7d:7f  "
                + RSA.fingerprints().sha256() + "  created 2024-02-29T11:59:59Z (366 days ago)  tags team=a"),
                lines.toString());
        assertTrue(lines.contains("  expired  [not declared]  ssh-rsa-cert-v01@openssh.com 2048  MD5 "
                + "fc:65:f3:e0:6d:9a:5d:c6:be:a6:8e:65:5b:d2:7d:7f  " + CERTIFICATE.fingerprints().sha256()
                + "  created 2025-02-28T12:00:00Z (1 day ago)  certificate expired 2025-01-01T00:00:00Z  tags team=a"),
                lines.toString());
        assertTrue(lines.contains("  legacy  [not declared]  unknown  MD5 fc:65:f3:e0:6d:9a:5d:c6:be:a6:8e:65:5b:d2:7d:7f"
                + "  tags team=a"), "a store that returns only fingerprints: " + lines);
        assertEquals("3 key pairs, 1 declared, 2 not declared.", lines.get(lines.size() - 1));
    }

    /** A Tencent key pair with tags, a description and the instances it is bound to. */
    static StoreListing.Entry tencent() {
        StoredKeyPair stored = new StoredKeyPair(Provider.TENCENT, "ap-guangzhou", "ops_2026", RSA.toOpenSshLine(),
                RSA.fingerprints().md5(), "skey-abcd1234", Map.of("team", "web", "env", "prod"), null, 0L,
                Instant.parse("2025-02-01T12:00:00Z"), "ops key", List.of("ins-1", "ins-2"));
        return new StoreListing.Entry(Address.ofRegion(Provider.TENCENT, "ap-guangzhou").keyPair("ops_2026"), stored,
                "ssh-rsa", 2048, RSA.fingerprints().sha256(), null, true);
    }

    @Test
    void aTencentKeyPairShowsItsTagsDescriptionAndInstances() {
        List<String> lines = ShowText.render(new StoreListing(List.of(tencent()), true, READ_AT), "memory:x");

        assertTrue(lines.contains("  ops_2026  [declared]  ssh-rsa 2048  MD5 " + RSA.fingerprints().md5() + "  "
                + RSA.fingerprints().sha256() + "  created 2025-02-01T12:00:00Z (28 days ago)  skey-abcd1234  project 0"
                + "  tags env=prod,team=web  description \"ops key\"  bound to ins-1,ins-2"), lines.toString());
    }

    @Test
    void aCertificatesValidityAsOfTheRead() {
        assertEquals("certificate valid until 2025-06-01T00:00:00Z",
                ShowText.certificate(validity("2025-01-01T00:00:00Z", "2025-06-01T00:00:00Z"), READ_AT));
        assertEquals("certificate expired 2025-03-01T12:00:00Z",
                ShowText.certificate(validity(null, "2025-03-01T12:00:00Z"), READ_AT), "its end is past at the end");
        assertEquals("certificate valid forever", ShowText.certificate(validity(null, null), READ_AT));
        assertEquals("certificate not yet valid (from 2025-04-01T00:00:00Z)",
                ShowText.certificate(validity("2025-04-01T00:00:00Z", null), READ_AT));
    }

    @Test
    void anAgeInWholeDays() {
        assertEquals("created 2025-03-01T11:00:00Z (0 days ago)",
                ShowText.created(Instant.parse("2025-03-01T11:00:00Z"), READ_AT));
        assertEquals("created 2020-03-01T12:00:00Z (1826 days ago)",
                ShowText.created(Instant.parse("2020-03-01T12:00:00Z"), READ_AT));
    }
}
