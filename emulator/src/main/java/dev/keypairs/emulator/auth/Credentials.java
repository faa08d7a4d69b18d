package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
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

    /** The field of a key that may only read. */
    static final String READ_ONLY = "read-only";
    /** The start of the field naming a key's account. */
    static final String ACCOUNT = "account=";
    private static final String LINE_FORM = "PROVIDER ACCESS_KEY_ID SECRET [read-only] [account=STORE-URI]";

    private final Map<String, AccessKey> byProviderAndId;
    private final boolean wellKnown;
    /** Each key's {@code FILE line N}, by provider and id. */
    private final Map<String, String> origins;

    private Credentials(List<AccessKey> keys, boolean wellKnown, Map<String, String> origins) {
        LinkedHashMap<String, AccessKey> map = new LinkedHashMap<>();
        for (AccessKey key : keys) {
            map.put(key.provider().id() + " " + key.id(), key);
        }
        this.byProviderAndId = Collections.unmodifiableMap(map);
        this.wellKnown = wellKnown;
        this.origins = Map.copyOf(origins);
    }

    /** The test pair, {@value #TEST_ACCESS_KEY_ID} / {@value #TEST_SECRET}, for both providers. */
    public static Credentials testPair() {
        List<AccessKey> keys = new ArrayList<>();
        for (Provider provider : Provider.values()) {
            keys.add(new AccessKey(provider, TEST_ACCESS_KEY_ID, TEST_SECRET));
        }
        return new Credentials(keys, true, Map.of());
    }

    /** Exactly these keys. */
    public static Credentials of(List<AccessKey> keys) {
        return new Credentials(List.copyOf(keys), false, Map.of());
    }

    /**
     * Reads a credentials file: one key per line, {@code PROVIDER ACCESS_KEY_ID SECRET [read-only]
     * [account=STORE-URI]} separated by spaces or tabs: {@code read-only} for a key that may only call Describe*
     * actions, {@code account=} for the store its calls are served from (without it, the emulator's own); {@code #}
     * starting a comment line, blank lines ignored.
     *
     * @throws CredentialsFileException when the file cannot be read, a line is not in that form (an unknown field,
     *     a field given twice, an {@code account=} that is not a store URI), names an unknown provider or repeats a
     *     key, or the file holds no key; the message names the line but never a secret
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
        Map<String, String> origins = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1);
            AccessKey key = key(line.split("[ \\t]+"), where);
            String identity = key.provider().id() + " " + key.id();
            String earlier = origins.putIfAbsent(identity, where);
            if (earlier != null) {
                throw new CredentialsFileException(where + " repeats the " + identity + " of line "
                        + earlier.substring(earlier.lastIndexOf(' ') + 1));
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            throw new CredentialsFileException(file + " holds no access key; each line is " + LINE_FORM);
        }
        return new Credentials(keys, false, origins);
    }

    /**
     * One line's key. Fields after the AccessKeyId are never shown in a refusal: a secret written in the wrong place
     * would be.
     */
    private static AccessKey key(String[] fields, String where) throws CredentialsFileException {
        if (fields.length < 3 || fields.length > 5) {
            throw new CredentialsFileException(where + " has " + fields.length + " fields; each line is " + LINE_FORM);
        }
        Optional<Provider> provider = Provider.fromId(fields[0]);
        if (provider.isEmpty()) {
            throw new CredentialsFileException(where + " names the provider '" + fields[0]
                    + "'; the providers are alibaba and tencent");
        }
        boolean readOnly = false;
        String account = null;
        for (int field = 3; field < fields.length; field++) {
            String text = fields[field];
            if (text.equals(READ_ONLY) && !readOnly) {
                readOnly = true;
            } else if (text.startsWith(ACCOUNT) && account == null) {
                account = account(text.substring(ACCOUNT.length()), where);
            } else if (text.equals(READ_ONLY) || text.startsWith(ACCOUNT)) {
                throw new CredentialsFileException(where + " gives " + (text.equals(READ_ONLY) ? READ_ONLY
                        : ACCOUNT) + " twice: a key is read-only or not, and has one account");
            } else {
                throw new CredentialsFileException(where + ": its " + (field + 1) + "th field is neither " + READ_ONLY
                        + " nor " + ACCOUNT + "STORE-URI (it is not shown: it may be a secret); each line is "
                        + LINE_FORM);
            }
        }
        return new AccessKey(provider.get(), fields[1], fields[2], readOnly, account);
    }

    /** The store URI of an {@code account=} field, parsed to refuse a malformed one now, naming the line. */
    private static String account(String uri, String where) throws CredentialsFileException {
        if (uri.isEmpty()) {
            throw new CredentialsFileException(where + " gives account= without a store URI; write account=STORE-URI,"
                    + " e.g. account=memory:team-a or account=sqlite:/var/keypairs/team-a.db");
        }
        try {
            StoreUri.parse(uri);
        } catch (StoreUnavailableException malformed) {
            throw new CredentialsFileException(where + " gives an account= that is not a store URI: "
                    + malformed.getMessage());
        }
        return uri;
    }

    /**
     * Where a key was given, for a message about it: {@code FILE line N}, or the key itself when no file gave it.
     */
    public String origin(AccessKey key) {
        String where = origins.get(key.provider().id() + " " + key.id());
        return where != null ? where : "the access key " + key.provider().id() + " " + key.id();
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
