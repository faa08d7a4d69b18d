package dev.keypairs.manifest;

import dev.keypairs.project.Address;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Where {@code keypairs:export} writes a key pair's public key: {@code keys/PROVIDER/REGION/NAME.pub}, the name
 * escaped so that every name the providers allow is a safe file name on every common file system, and two names
 * are never one file, not even where file names ignore case (export.md):
 * <ul>
 *   <li>lowercase ASCII letters, digits, {@code -} and {@code _} stay as they are;</li>
 *   <li>an uppercase ASCII letter becomes {@code ^} and the letter in lowercase ({@code Deploy} → {@code ^deploy});</li>
 *   <li>every other character becomes {@code %XX} for each byte of its UTF-8 ({@code ci:key} → {@code ci%3Akey});</li>
 *   <li>a name Windows reserves for a device ({@code con}, {@code nul}, {@code com1}, ...) has its first letter
 *       escaped;</li>
 *   <li>an escaped name longer than {@value #MAX_LENGTH} characters (file systems take 255 bytes; 128 letters of
 *       a CJK script escape to over a thousand) keeps its first {@value #KEPT} characters, then {@code ~} and the
 *       first 16 hex digits of the SHA-256 of the name.</li>
 * </ul>
 * No character the escapes use ({@code ^}, {@code %}, {@code ~}) stays as itself, so the mapping is one to one
 * (up to a 64-bit hash for the longest names).
 */
public final class KeyFileName {

    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2",
            "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5",
            "lpt6", "lpt7", "lpt8", "lpt9");

    /** The longest escaped name kept whole: with {@code .pub}, within any file system's 255 bytes. */
    static final int MAX_LENGTH = 200;
    /** What a longer one keeps of itself before its hash. */
    static final int KEPT = 160;

    private KeyFileName() {
    }

    /** The key file of a key pair, relative to its manifest's directory, with {@code /} separators. */
    public static String of(Address keyPair) {
        return directoryOf(keyPair.regionAddress()) + "/" + escape(keyPair.name()) + ".pub";
    }

    /** The directory of a region's key files, relative to the manifest's directory. */
    public static String directoryOf(Address region) {
        return "keys/" + region.provider().id() + "/" + escape(region.region());
    }

    /** A name as a file name (without extension). */
    static String escape(String name) {
        if (name.isEmpty()) {
            return "%";  // an empty name (allowed nowhere, but addresses may hold one): a name of its own
        }
        StringBuilder out = new StringBuilder();
        for (int offset = 0; offset < name.length();) {
            int cp = name.codePointAt(offset);
            offset += Character.charCount(cp);
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-' || cp == '_') {
                out.appendCodePoint(cp);
            } else if (cp >= 'A' && cp <= 'Z') {
                out.append('^').append((char) Character.toLowerCase(cp));
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            }
        }
        String escaped = out.toString();
        if (WINDOWS_DEVICES.contains(escaped)) {
            return String.format(Locale.ROOT, "%%%02X", (int) escaped.charAt(0)) + escaped.substring(1);
        }
        if (escaped.length() > MAX_LENGTH) {
            return escaped.substring(0, KEPT) + "~" + ManifestInput.sha256(name.getBytes(StandardCharsets.UTF_8))
                    .substring(0, 16);
        }
        return escaped;
    }
}
