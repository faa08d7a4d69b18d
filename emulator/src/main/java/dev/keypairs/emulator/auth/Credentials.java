package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access keys the emulator accepts: those of a credentials file, or the well-known test pair for both
 * providers.
 */
public final class Credentials {

    /** The AccessKeyId of the test pair used when no credentials file is given. */
    public static final String TEST_ACCESS_KEY_ID = "keypairs-test";
    /** Its secret: well known, printed at start-up, for tests only. */
    public static final String TEST_SECRET = "keypairs-test-secret";

    /** The fourth field of a key that may only read. */
    static final String READ_ONLY = "read-only";

    private final Map<String, AccessKey> byProviderAndId;
    private final boolean wellKnown;

    private Credentials(List<AccessKey> keys, boolean wellKnown) {
        LinkedHashMap<String, AccessKey> map = new LinkedHashMap<>();
        for (AccessKey key : keys) {
            map.put(key.provider().id() + " " + key.id(), key);
        }
        this.byProviderAndId = Collections.unmodifiableMap(map);
        this.wellKnown = wellKnown;
    }

    /** The test pair, {@value #TEST_ACCESS_KEY_ID} / {@value #TEST_SECRET}, for both providers. */
    public static Credentials testPair() {
        List<AccessKey> keys = new ArrayList<>();
        for (Provider provider : Provider.values()) {
            keys.add(new AccessKey(provider, TEST_ACCESS_KEY_ID, TEST_SECRET));
        }
        return new Credentials(keys, true);
    }

    /** Exactly these keys. */
    public static Credentials of(List<AccessKey> keys) {
        return new Credentials(List.copyOf(keys), false);
    }

    /**
     * Reads a credentials file: one key per line, {@code PROVIDER ACCESS_KEY_ID SECRET} separated by spaces or
     * tabs, optionally followed by {@code read-only} for a key that may only call Describe* actions; {@code #}
     * starting a comment line, blank lines ignored.
     *
     * @throws CredentialsFileException when the file cannot be read, a line is not in that form, names an unknown
     *     provider or repeats a key, or the file holds no key; the message names the line but never a secret
     */
    public static Credentials read(Path file) throws CredentialsFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CredentialsFileException(file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new CredentialsFileException(file + " may not be read by this user");
        } catch (IOException e) {
            throw new CredentialsFileException(file + " cannot be read as a UTF-8 text file ("
                    + e.getClass().getSimpleName() + ")");
        }
        List<AccessKey> keys = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("[ \\t]+");
            if (fields.length != 3 && !(fields.length == 4 && fields[3].equals(READ_ONLY))) {
                throw new CredentialsFileException(file + " line " + number + (fields.length == 4
                        ? " ends in '" + fields[3] + "'" : " has " + fields.length + " fields")
                        + "; each line is PROVIDER ACCESS_KEY_ID SECRET, optionally followed by " + READ_ONLY);
            }
            Optional<Provider> provider = Provider.fromId(fields[0]);
            if (provider.isEmpty()) {
                throw new CredentialsFileException(file + " line " + number + " names the provider '" + fields[0]
                        + "'; the providers are alibaba and tencent");
            }
            String identity = provider.get().id() + " " + fields[1];
            Integer earlier = seen.putIfAbsent(identity, number);
            if (earlier != null) {
                throw new CredentialsFileException(file + " line " + number + " repeats the " + identity
                        + " of line " + earlier);
            }
            keys.add(new AccessKey(provider.get(), fields[1], fields[2], fields.length == 4));
        }
        if (keys.isEmpty()) {
            throw new CredentialsFileException(file + " holds no access key; each line is PROVIDER ACCESS_KEY_ID SECRET");
        }
        return new Credentials(keys, false);
    }

    /** The key a request names, when the emulator accepts it. */
    public Optional<AccessKey> find(Provider provider, String id) {
        return Optional.ofNullable(byProviderAndId.get(provider.id() + " " + id));
    }

    /**
     * The key a signed request names, for the verifiers: each scheme refuses an unknown one alike.
     *
     * @throws WireException {@code UNKNOWN_ACCESS_KEY}, in the provider's words
     */
    AccessKey require(Provider provider, String id) throws WireException {
        return find(provider, id).orElseThrow(() -> new WireException(ProtocolCode.UNKNOWN_ACCESS_KEY,
                provider == Provider.ALIBABA ? "Specified access key is not found: " + id + "."
                        : "The SecretId " + id + " is not found; check it, or the emulator's credentials file."));
    }

    /** Whether these are the well-known test pair (whose secret may be printed). */
    public boolean isTestPair() {
        return wellKnown;
    }

    /** The keys, in the order given. */
    public List<AccessKey> keys() {
        return List.copyOf(byProviderAndId.values());
    }

    /** A credentials file that cannot be used; the message says which line and why, never a secret. */
    public static final class CredentialsFileException extends Exception {

        private static final long serialVersionUID = 1L;

        CredentialsFileException(String message) {
            super(message, null, false, false);
        }
    }
}
