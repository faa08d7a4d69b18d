package dev.keypairs.manifest;

import dev.keypairs.project.Address;
import dev.keypairs.provider.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a manifest that {@link ManifestReader} reads back as it was meant: what {@code keypairs:export} makes of
 * an account (export.md). Providers, regions and names sorted; one key pair a few lines, its fingerprint as a
 * comment; every string double-quoted and escaped, so no name, tag or value can change the document's structure.
 */
public final class ManifestWriter {

    /**
     * The manifest's first line: names its JSON Schema by the schema's {@code $id} for editors that use the YAML
     * language server (manifests.md). A comment, so the reader passes over it.
     */
    public static final String SCHEMA_LINE = "# yaml-language-server: $schema=https://keypairs.dev/keypairs.schema.json";

    private ManifestWriter() {
    }

    /**
     * One key pair to write.
     *
     * @param address its address
     * @param publicKeyFile its key file, relative to the manifest
     * @param fingerprint its MD5 fingerprint, for the comment
     * @param tags the key pair's tags (Alibaba's, Tencent's)
     * @param resourceGroupId Alibaba resource group, or null
     * @param projectId Tencent project, or null
     */
    public record Entry(Address address, String publicKeyFile, String fingerprint, Map<String, String> tags,
            String resourceGroupId, Long projectId) {
    }

    /**
     * The manifest text.
     *
     * @param header comment lines to open the file with (without {@code #}), after {@link #SCHEMA_LINE}
     * @param regions every region to declare, also those with no key pair ({@code keyPairs: []})
     * @param entries the key pairs
     */
    public static String write(List<String> header, List<Address> regions, List<Entry> entries) {
        Map<Address, List<Entry>> byRegion = new TreeMap<>(Comparator.comparing(Address::toString));
        regions.forEach(region -> byRegion.put(region, new ArrayList<>()));
        entries.forEach(entry -> byRegion.computeIfAbsent(entry.address().regionAddress(), r -> new ArrayList<>())
                .add(entry));
        StringBuilder out = new StringBuilder(SCHEMA_LINE).append('\n');
        header.forEach(line -> out.append("# ").append(commentText(line)).append('\n'));
        for (Provider provider : Provider.values()) {
            List<Map.Entry<Address, List<Entry>>> ofProvider = byRegion.entrySet().stream()
                    .filter(region -> region.getKey().provider() == provider).toList();
            if (ofProvider.isEmpty()) {
                continue;
            }
            out.append(provider.id()).append(":\n");
            for (Map.Entry<Address, List<Entry>> region : ofProvider) {
                out.append("  ").append(quote(region.getKey().region())).append(":\n");
                // As a reader looks names up: without regard to case first.
                List<Entry> keyPairs = region.getValue().stream()
                        .sorted(Comparator.comparing((Entry entry) -> entry.address().name().toLowerCase(Locale.ROOT))
                                .thenComparing(entry -> entry.address().name())).toList();
                if (keyPairs.isEmpty()) {
                    out.append("    keyPairs: []\n");
                    continue;
                }
                out.append("    keyPairs:\n");
                for (Entry entry : keyPairs) {
                    out.append("      # ").append(commentText(entry.fingerprint())).append('\n');
                    out.append("      - name: ").append(quote(entry.address().name())).append('\n');
                    out.append("        publicKeyFile: ").append(quote(entry.publicKeyFile())).append('\n');
                    if (!entry.tags().isEmpty()) {
                        out.append("        tags:\n");
                        new TreeMap<>(entry.tags()).forEach((key, value) -> out.append("          ").append(quote(key))
                                .append(": ").append(quote(value)).append('\n'));
                    }
                    if (entry.resourceGroupId() != null) {
                        out.append("        resourceGroupId: ").append(quote(entry.resourceGroupId())).append('\n');
                    }
                    if (entry.projectId() != null) {
                        out.append("        projectId: ").append(entry.projectId()).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A YAML double-quoted scalar on one line: the quote and the backslash escaped, and every character YAML would
     * not print as itself, or would read as a line break (controls, U+0085, U+2028, U+2029, a BOM), as a
     * backslash-u escape of its code.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int offset = 0; offset < text.length();) {
            int cp = text.codePointAt(offset);
            offset += Character.charCount(cp);
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (printable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFFFF) {
                out.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                out.append(String.format(Locale.ROOT, "\\U%08X", cp));
            }
        }
        return out.append('"').toString();
    }

    /** Text for a comment: what YAML would not print as itself, or would read as a line break, as {@code ?}. */
    static String commentText(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(printable(cp) ? cp : '?'));
        return out.toString();
    }

    /** YAML's printable characters, less every line break and the BOM. */
    private static boolean printable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
