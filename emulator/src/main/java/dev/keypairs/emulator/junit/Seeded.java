package dev.keypairs.emulator.junit;

import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.project.Address;
import dev.keypairs.workflow.SeedReport;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@link KeypairsSeed} manifests covering a test did to its emulator: a parameter of a test, a lifecycle
 * method or a constructor. In a test or {@code @BeforeEach}/{@code @AfterEach} method, the seeds of the test's classes
 * and of the test itself; in a {@code @BeforeAll} method or a constructor, the classes' alone.
 *
 * <p>A seed applied again creates nothing (its key pairs are already as declared), so the private keys are those
 * each manifest's creates returned since the emulator last started or was reset: the key pairs' private halves for as
 * long as the key pairs stand. They print withheld ({@link PrivateKeyPem}); {@link #privateKey(String)} gives one.
 *
 * @param reports each manifest's report of the seed applied last, by resource name, in the order applied
 * @param privateKeys the private keys of the key pairs the manifests created, by address
 */
public record Seeded(Map<String, SeedReport> reports, Map<Address, PrivateKeyPem> privateKeys) {

    /** No seeds cover it. */
    static final Seeded NONE = new Seeded(Map.of(), Map.of());

    public Seeded {
        reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
        privateKeys = Collections.unmodifiableMap(new LinkedHashMap<>(privateKeys));
    }

    /**
     * The PEM text of the private key of a key pair a seed created: PKCS#8 for Alibaba, PKCS#1 for Tencent, as the
     * providers return them.
     *
     * @param address {@code PROVIDER/REGION/NAME}, e.g. {@code alibaba/cn-hangzhou/bastion}
     * @throws IllegalArgumentException when no seed covering the test created it, naming those that were
     */
    public String privateKey(String address) {
        for (Map.Entry<Address, PrivateKeyPem> key : privateKeys.entrySet()) {
            if (key.getKey().toString().equals(address)) {
                return new String(key.getValue().pemBytes(), StandardCharsets.US_ASCII);
            }
        }
        throw new IllegalArgumentException("no seed covering this test created " + address + "; the seeds created "
                + privateKeys.keySet());
    }

    /**
     * The report of one manifest's seed.
     *
     * @throws IllegalArgumentException when it does not cover the test
     */
    public SeedReport report(String resource) {
        SeedReport report = reports.get(resource);
        if (report == null) {
            throw new IllegalArgumentException(resource + " does not seed this test; its seeds are "
                    + reports.keySet());
        }
        return report;
    }
}
