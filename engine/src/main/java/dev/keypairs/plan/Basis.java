package dev.keypairs.plan;

import dev.keypairs.keys.Digest;
import dev.keypairs.project.Address;
import dev.keypairs.manifest.ManifestInput;
import dev.keypairs.store.StoredKeyPair;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
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
        List<ManifestInput> byPath = new ArrayList<>(inputs);
        byPath.sort(Comparator.comparing(ManifestInput::path));
        for (ManifestInput input : byPath) {
            line("file", input.path(), input.sha256());
        }
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
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            appendEscaped(out, tag.getKey());
            out.append('=');
            appendEscaped(out, tag.getValue());
            out.append(';');
        }
        return out.toString();
    }

    private void line(String kind, String... fields) {
        line.setLength(0);
        line.append(kind);
        for (String field : fields) {
            line.append('\t');
            if (field == null) {
                line.append("\\0");
            } else {
                appendEscaped(line, field);
            }
        }
        digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Keeps the canonical text unambiguous whatever the values hold: {@code \}, tab, newline, {@code ;} and
     * {@code =} behind a backslash ({@code \t} and {@code \n} for the two), in one pass. Small methods, not one
     * that builds strings: a plan escapes tens of thousands of fields on a cold JVM, and the JIT compiled the earlier
     * chain of replaces, all of it inlined, for a seventh of a second of a core (performance.md).
     */
    private static void appendEscaped(StringBuilder out, String value) {
        if (!needsEscaping(value)) {
            out.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case ';' -> out.append("\\;");
                case '=' -> out.append("\\=");
                default -> out.append(c);
            }
        }
    }

    /** With indexOf, which the JVM runs compiled from the start, over fields as long as a public key. */
    private static boolean needsEscaping(String value) {
        return value.indexOf('\\') >= 0 || value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf(';') >= 0 || value.indexOf('=') >= 0;
    }

    String digest() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
