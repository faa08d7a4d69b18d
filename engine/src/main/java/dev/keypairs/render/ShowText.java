package dev.keypairs.render;

import dev.keypairs.store.StoreListing;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code keypairs:show} as log lines: per provider and region, each key pair with its key and marks. */
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
            line.append("  ").append(entry.keyType() == null ? "?" : entry.keyType() + " " + entry.bits())
                    .append("  MD5 ").append(entry.stored().fingerprint());
            if (entry.sha256() != null) {
                line.append("  ").append(entry.sha256());
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
}
