package dev.keypairs.manifest;

import dev.keypairs.keys.KeyReading;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A key pair entry's key fields (manifests.md): exactly one of {@code publicKey}, {@code publicKeyFile} and
 * {@code create: true}, and {@code privateKeyFile} with {@code create} only. Key files are read through
 * {@link KeyFiles}; an inline key text is read once, however many entries write it.
 */
final class KeyFields {

    private final List<Diagnostic> errors;
    private final KeyFiles keyFiles;
    /** Each inline key text read once, however many entries write it (an anchor, one key in every region). */
    private final Map<String, KeyReading> inlineReadings = new HashMap<>();

    KeyFields(List<Diagnostic> errors, KeyFiles keyFiles) {
        this.errors = errors;
        this.keyFiles = keyFiles;
    }

    /**
     * The key source an entry declares, or empty when it has a problem (added).
     *
     * @param provider whose malformed-key code an unreadable key file gets
     * @param body the key pair's entry
     * @param where the key pair's address, for problems
     * @param directory the manifest's directory, which key file paths are relative to
     */
    Optional<KeySource> read(Provider provider, YamlNode.Mapping body, String where, Path directory) {
        YamlNode.Entry inline = entryWithValue(body, "publicKey");
        YamlNode.Entry file = entryWithValue(body, "publicKeyFile");
        Optional<YamlNode.Entry> createEntry = body.entry("create");
        boolean create = createEntry.isPresent() && createEntry.get().bool(where, errors).orElse(false);
        YamlNode.Entry privateKeyFile = entryWithValue(body, "privateKeyFile");
        List<String> given = new ArrayList<>();
        if (inline != null) {
            given.add("publicKey");
        }
        if (file != null) {
            given.add("publicKeyFile");
        }
        if (create) {
            given.add("create");
        }
        if (given.size() > 1) {
            errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "give only one of publicKey, publicKeyFile and"
                    + " create: true; this key pair has " + String.join(" and ", given), where, body.source()));
            return Optional.empty();
        }
        if (privateKeyFile != null && keyFiles.none()) {
            errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "privateKeyFile has no place in a manifest given as"
                    + " text: a created key pair's private key is returned in the answer", where,
                    privateKeyFile.keySource()));
            return Optional.empty();
        }
        if (privateKeyFile != null && !create) {
            errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "privateKeyFile goes with create: true only;"
                    + " an imported key's private half stays with you", where, privateKeyFile.keySource()));
            return Optional.empty();
        }
        if (given.isEmpty()) {
            if (createEntry.isEmpty()) {
                missing("a key pair needs one of publicKey, publicKeyFile or create: true", where, body.source());
            } else {
                missing("create: false leaves the key pair without a key; give publicKey or publicKeyFile",
                        where, createEntry.get().keySource());
            }
            return Optional.empty();
        }
        if (inline != null) {
            Optional<String> text = inline.string(where, errors);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new KeySource.Inline(text.get(), inlineReading(text.get())));
        }
        if (file != null) {
            Optional<String> path = file.string(where, errors);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            return keyFiles.publicKey(provider, directory, path.get(), where, file.value().source());
        }
        if (keyFiles.none()) {
            return Optional.of(KeySource.Create.RETURNED);
        }
        if (privateKeyFile == null) {
            missing("create: true needs privateKeyFile, or the generated private key would be lost", where,
                    createEntry.get().keySource());
            return Optional.empty();
        }
        Optional<String> path = privateKeyFile.string(where, errors);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KeySource.Create(KeyFiles.privateKeyPath(directory, path.get()), path.get()));
    }

    /** The entry for {@code key} when it is written with a value other than null; otherwise null. */
    private static YamlNode.Entry entryWithValue(YamlNode.Mapping body, String key) {
        Optional<YamlNode.Entry> entry = body.entry(key);
        if (entry.isEmpty() || entry.get().value().isNull()) {
            return null;
        }
        return entry.get();
    }

    /** The reading of an inline key text, made the first time the text is seen. */
    private KeyReading inlineReading(String text) {
        KeyReading reading = inlineReadings.get(text);
        if (reading == null) {
            reading = KeyReading.of(text);
            inlineReadings.put(text, reading);
        }
        return reading;
    }

    private void missing(String message, String where, Source source) {
        errors.add(Diagnostic.of(ErrorCode.MISSING_PARAMETER, message, where, source));
    }
}
