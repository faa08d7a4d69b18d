package dev.keypairs.emulator;

import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import dev.keypairs.workflow.SeedReport;
import dev.keypairs.workflow.StoreSeeding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An emulator's seeding (emulator.md): the manifests {@code keypairs.serve.seed} names, applied into the store before
 * the emulator listens, as {@code keypairs:apply} with them would; and manifests given as YAML text while it serves,
 * their created key pairs' private keys returned. Both are the engine's {@link StoreSeeding}: the same reading, plan
 * rules and apply steps as the apply goal, so a seed applied again changes nothing.
 */
final class EmulatorSeed {

    private final Rules rules;
    private final String line;

    private EmulatorSeed(Rules rules, String line) {
        this.rules = rules;
        this.line = line;
    }

    /**
     * Applies the settings' seed manifests into the store, its warnings told to the log.
     *
     * @throws EmulatorException naming {@code keypairs.serve.seed}: a manifest that is not there
     *     ({@code FileNotFound}), manifests with errors or a plan with errors ({@code PlanErrors}, nothing changed),
     *     actions that failed ({@code ApplyFailed}), a store that could not be read ({@code StoreUnavailable})
     */
    static EmulatorSeed atStart(EmulatorSettings settings, KeyPairStore store, Consumer<String> log)
            throws EmulatorException {
        if (settings.seed().isEmpty()) {
            return new EmulatorSeed(settings.rules(), null);
        }
        List<Path> named = new ArrayList<>();
        for (Path manifest : settings.seed()) {
            Path absolute = manifest.toAbsolutePath().normalize();
            if (!Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
                throw new EmulatorException(ToolCode.FILE_NOT_FOUND, "keypairs.serve.seed names " + manifest
                        + ", which is not there; name manifest files, or directories of *.yaml and *.yml files, or leave"
                        + " keypairs.serve.seed out", null);
            }
            named.add(absolute);
        }
        Path base = commonDirectory(named);
        List<String> manifests = named.stream().map(path -> base.equals(path) ? "." : base.relativize(path).toString())
                .toList();
        Reporter reporter = new Reporter() {
            @Override
            public void info(String progress) {
                // The seed's outcome is one line (line()); its progress through each region is not printed.
            }

            @Override
            public void warn(String warning) {
                log.accept("keypairs emulator seed: " + warning);
            }
        };
        SeedReport report;
        try {
            report = new StoreSeeding(store, settings.rules(), reporter).fromFiles(base, manifests);
        } catch (KeypairsException e) {
            ToolCode code = e.code() instanceof ToolCode own ? own : ToolCode.STORE_UNAVAILABLE;
            // Front ends end the message themselves (ServeMojo adds a hint after it).
            String message = e.getMessage().endsWith(".") ? e.getMessage().substring(0, e.getMessage().length() - 1)
                    : e.getMessage();
            throw new EmulatorException(code, "keypairs.serve.seed: " + message + (code == ToolCode.PLAN_ERRORS ? ""
                    : "; fix the seed manifests, or leave keypairs.serve.seed out"), e);
        }
        return new EmulatorSeed(settings.rules(), "keypairs emulator seeded the store from "
                + (named.size() == 1 ? named.get(0) : named.size() + " manifests") + ": " + report.summaryLine());
    }

    /**
     * The directory the seed's manifests are read in, as a project's base: the deepest that holds them all (a
     * directory named, or a manifest file's own), so that key files beside them are inside it wherever the emulator
     * is started from (a compose service's mounted directory).
     */
    static Path commonDirectory(List<Path> manifests) {
        Path common = null;
        for (Path manifest : manifests) {
            Path directory = Files.isDirectory(manifest) ? manifest : manifest.getParent();
            if (common == null) {
                common = directory;
            } else {
                while (!directory.startsWith(common)) {
                    common = common.getParent();
                }
            }
        }
        return Objects.requireNonNull(common, "a seed names at least one manifest");
    }

    /** The line printed before the listening line, saying what the seed did; null when there was none. */
    String line() {
        return line;
    }

    /**
     * Applies a manifest given as YAML text into a store ({@link StoreSeeding#fromText}).
     *
     * @throws KeypairsException typed: {@code PlanErrors} listing every problem with its own code (nothing changed),
     *     {@code StoreUnavailable}
     */
    SeedReport fromText(KeyPairStore store, String manifestYaml) throws KeypairsException {
        return new StoreSeeding(store, rules, new Reporter() {
            @Override
            public void info(String progress) {
                // A seed's caller reads its report.
            }

            @Override
            public void warn(String warning) {
                // The report holds the plan's and the apply's warnings as typed values.
            }
        }).fromText(manifestYaml);
    }
}
