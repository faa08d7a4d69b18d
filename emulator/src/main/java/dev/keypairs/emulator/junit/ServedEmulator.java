package dev.keypairs.emulator.junit;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.project.Address;
import dev.keypairs.store.StoreException;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.SeedReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator as the extension serves it to tests: reset between them, seeded from manifests on the class path, its
 * fault rules put back after each, and closed with the context that started it.
 */
final class ServedEmulator implements ExtensionContext.Store.CloseableResource {

    private final Emulator emulator;
    /** The private keys each manifest's seeds created since the start or the last reset, by resource name. */
    private final Map<String, Map<Address, PrivateKeyPem>> created = new HashMap<>();

    ServedEmulator(Emulator emulator) {
        this.emulator = emulator;
    }

    Emulator emulator() {
        return emulator;
    }

    /** Empties every account and the journal, as a new emulator's; the fault rules are left to {@link #restore}. */
    synchronized void reset() {
        try {
            emulator.accounts().resetAll();
        } catch (StoreException e) {
            throw new ExtensionConfigurationException("the keypairs emulator could not reset its accounts for the"
                    + " next test (@ResetBetweenTests): " + e.getMessage(), e);
        }
        emulator.journal().clear();
        created.clear();
    }

    /**
     * Applies manifests from the class path into the default account, in order, each as {@code keypairs:apply} would.
     *
     * @param resources class path resource names, a leading {@code /} allowed
     * @param loader the test class's loader
     * @throws ExtensionConfigurationException naming the resource: one not on the class path, one refused (with its
     *     codes: nothing of it applied), one whose actions failed
     */
    synchronized Seeded seed(List<String> resources, ClassLoader loader) {
        if (resources.isEmpty()) {
            return Seeded.NONE;
        }
        Map<String, SeedReport> reports = new LinkedHashMap<>();
        Map<Address, PrivateKeyPem> privateKeys = new LinkedHashMap<>();
        for (String resource : resources) {
            SeedReport report;
            try {
                report = emulator.seed(read(resource, loader));
            } catch (KeypairsException e) {
                throw new ExtensionConfigurationException("@KeypairsSeed " + resource + " was refused, and nothing"
                        + " of it applied: " + e.code().code() + ": " + e.getMessage(), e);
            }
            if (!report.succeeded()) {
                throw new ExtensionConfigurationException("@KeypairsSeed " + resource + " did not apply whole: "
                        + report.summaryLine() + "; the store changed while it was applied");
            }
            created.computeIfAbsent(resource, key -> new LinkedHashMap<>()).putAll(report.privateKeys());
            reports.put(resource, report);
            privateKeys.putAll(created.get(resource));
        }
        return new Seeded(reports, privateKeys);
    }

    private static String read(String resource, ClassLoader loader) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new ExtensionConfigurationException("@KeypairsSeed names " + resource + ", which is not on the"
                        + " test class path (src/test/resources/" + name + " in a Maven project)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExtensionConfigurationException("@KeypairsSeed " + resource + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** Puts back the fault rules in force before a test, when the test replaced them (their counts start afresh). */
    void restore(FaultRules before) {
        if (emulator.faultRules() != before) {
            emulator.replaceFaultRules(before);
        }
    }

    @Override
    public void close() {
        emulator.close();
    }
}
