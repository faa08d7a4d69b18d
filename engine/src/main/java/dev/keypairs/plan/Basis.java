package dev.keypairs.plan;

import dev.keypairs.keys.Digest;
import dev.keypairs.project.Address;
import dev.keypairs.manifest.ManifestInput;
import dev.keypairs.store.StoredKeyPair;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.Map;

/**
 * A plan's {@code basis}: SHA-256 over a canonical text of the manifests and key files read (paths relative
 * to the base, so a plan made in one CI workspace applies in another), the options, and the store state read.
 * A saved plan is applied only while its basis still matches.
 */
final class Basis {

    /** The canonical text is fed to the digest line by line: for 15,000 key pairs it would be megabytes. */
    private final MessageDigest digest = Digest.SHA256.start();
    private final StringBuilder line = new StringBuilder();

    Basis() {
        line("keypairs-basis", String.valueOf(Plan.FORMAT_VERSION));
    }

    Basis inputs(List<ManifestInput> inputs) {
        inputs.stream().sorted(Comparator.comparing(ManifestInput::path))
                .forEach(input -> line("file", input.path(), input.sha256()));
        return this;
    }

    Basis options(PlanOptions options) {
        line("manifests", String.join(",", options.manifests()));
        line("target", String.join(",", options.targets()));
        line("prune", String.valueOf(options.prune()));
        if (options.policyAsOf() != null) {
            // Only when given, so that the basis of a plan without it stays what it was.
            line("policyAsOf", options.policyAsOf().toString());
        }
        // Not the execution: a saved plan of another one is refused before it is re-made (SavedPlan).
        return this;
    }

    /**
     * Marks the plan as a destroy's: its basis is then never a normal plan's, so a saved destroy preview is refused
     * as stale by an apply, which plans the manifests, not their deletion.
     */
    Basis destroy() {
        line("destroy", "true");
        return this;
    }

    Basis region(Address region, OptionalInt quota, List<StoredKeyPair> keyPairs) {
        line("region", region.toString(), quota.isPresent() ? String.valueOf(quota.getAsInt()) : "unknown");
        for (StoredKeyPair keyPair : keyPairs) {
            line("keyPair", keyPair.name(), keyPair.keyId(), keyPair.fingerprint(), keyPair.publicKey(),
                    tags(keyPair.tags()), keyPair.resourceGroupId(), String.valueOf(keyPair.projectId()),
                    instant(keyPair.createdAt()));
        }
        return this;
    }

    /** Exact and cheap: Instant's own text goes through java.time's formatter, slow on a cold JVM. */
    private static String instant(Instant instant) {
        return instant == null ? null : instant.getEpochSecond() + "." + instant.getNano();
    }

    private static String tags(Map<String, String> tags) {
        StringBuilder out = new StringBuilder();
        tags.forEach((key, value) -> out.append(escape(key)).append('=').append(escape(value)).append(';'));
        return out.toString();
    }

    private void line(String kind, String... fields) {
        line.setLength(0);
        line.append(kind);
        for (String field : fields) {
            line.append('\t').append(field == null ? "\\0" : escape(field));
        }
        digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    // A plain loop: a stream per field is measurably slow on a cold JVM, and a plan escapes tens of thousands.
    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == ';' || c == '=') {
                return true;
            }
        }
        return false;
    }

    /** Keeps the canonical text unambiguous whatever the values hold. */
    private static String escape(String value) {
        if (!needsEscaping(value)) {
            return value;
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace(";", "\\;")
                .replace("=", "\\=");
    }

    String digest() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
