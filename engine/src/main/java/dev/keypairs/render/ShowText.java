package dev.keypairs.render;

import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.store.StoreListing;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code keypairs:show} as log lines: per provider and region, each key pair with its key (type and size, or
 * {@code unknown} where the store returns only fingerprints), its creation time and age, a certificate's validity, its
 * KeyId, project, resource group, tags, Tencent's description and the instances it is bound to, and its marks. Ages
 * and expiry are counted from when the store was read.
 */
public final class ShowText {

    private ShowText() {
    }

    /** The lines for a listing of the store with this (redacted) URI. */
    public static List<String> render(StoreListing listing, String store) {
        List<String> lines = new ArrayList<>();
        lines.add("keypairs show: " + store);
        String region = null;
        for (StoreListing.Entry entry : listing.entries()) {
            String here = entry.address().regionAddress().toString();
            if (!here.equals(region)) {
                region = here;
                long count = listing.entries().stream()
                        .filter(e -> e.address().regionAddress().toString().equals(here)).count();
                lines.add("");
                lines.add(here + " (" + Plural.of(count, "key pair") + ")");
            }
            StringBuilder line = new StringBuilder("  ").append(entry.address().name());
            if (listing.markDeclared()) {
                line.append(entry.declared() ? "  [declared]" : "  [not declared]");
            }
            line.append("  ").append(entry.keyType() == null ? "unknown" : entry.keyType() + " " + entry.bits())
                    .append("  MD5 ").append(entry.stored().fingerprint());
            if (entry.sha256() != null) {
                line.append("  ").append(entry.sha256());
            }
            if (entry.stored().createdAt() != null) {
                line.append("  ").append(created(entry.stored().createdAt(), listing.readAt()));
            }
            if (entry.certificate() != null) {
                line.append("  ").append(certificate(entry.certificate(), listing.readAt()));
            }
            if (entry.stored().keyId() != null) {
                line.append("  ").append(entry.stored().keyId());
            }
            if (entry.stored().projectId() != null) {
                line.append("  project ").append(entry.stored().projectId());
            }
            if (entry.stored().resourceGroupId() != null) {
                line.append("  ").append(entry.stored().resourceGroupId());
            }
            if (!entry.stored().tags().isEmpty()) {
                line.append("  tags ").append(entry.stored().tags().entrySet().stream()
                        .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(",")));
            }
            if (entry.stored().description() != null && !entry.stored().description().isEmpty()) {
                line.append("  description \"").append(entry.stored().description()).append('"');
            }
            if (!entry.stored().associatedInstanceIds().isEmpty()) {
                line.append("  bound to ").append(String.join(",", entry.stored().associatedInstanceIds()));
            }
            lines.add(line.toString());
        }
        if (listing.entries().isEmpty()) {
            lines.add("The store holds no key pairs.");
        } else {
            long declared = listing.entries().stream().filter(StoreListing.Entry::declared).count();
            lines.add("");
            lines.add(Plural.of(listing.entries().size(), "key pair") + (listing.markDeclared()
                    ? ", " + declared + " declared, " + (listing.entries().size() - declared) + " not declared." : "."));
        }
        return lines;
    }

    /** {@code created 2024-01-02T03:04:05Z (412 days ago)}: whole days, counted from when the store was read. */
    static String created(Instant createdAt, Instant readAt) {
        long days = Math.max(0, Duration.between(createdAt, readAt).toDays());
        return "created " + createdAt.truncatedTo(ChronoUnit.SECONDS) + " (" + Plural.of(days, "day") + " ago)";
    }

    /**
     * {@code certificate valid until …}, {@code certificate expired …} once past it, {@code certificate valid
     * forever} without an end, and {@code certificate not yet valid (from …)} before its start.
     */
    static String certificate(CertificateValidity validity, Instant readAt) {
        if (validity.validAfter().isPresent() && readAt.isBefore(validity.validAfter().get())) {
            return "certificate not yet valid (from " + validity.validAfter().get() + ")";
        }
        return validity.validBefore()
                .map(end -> readAt.isBefore(end) ? "certificate valid until " + end : "certificate expired " + end)
                .orElse("certificate valid forever");
    }
}
