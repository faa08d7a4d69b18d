package dev.keypairs.manifest;

import dev.keypairs.project.Address;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code renamedFrom} of a run's entries (manifests.md): never the entry's own name, each old address renamed
 * from by one entry only, and never an address a manifest declares (the old name would be kept and renamed away at
 * once). Whether the old name is one the provider takes is the declaration check's, by the provider's rules.
 */
final class Renames {

    private final List<Diagnostic> errors;
    /** Each old address a {@code renamedFrom} names, with the position of that field. */
    private final Map<Address, Source> oldAddresses = new LinkedHashMap<>();

    /** Renames of no entry yet; problems are added to {@code errors}, the interpreter's. */
    Renames(List<Diagnostic> errors) {
        this.errors = errors;
    }

    /**
     * An entry's {@code renamedFrom}, or null: when not given, and when it has a problem (then added).
     *
     * @param body the entry
     * @param address its address
     * @param name its name; null when it has none
     */
    String read(YamlNode.Mapping body, Address address, String name) {
        Optional<YamlNode.Entry> entry = body.entry("renamedFrom");
        if (entry.isEmpty()) {
            return null;
        }
        String where = address.toString();
        Optional<String> old = entry.get().string(where, errors);
        if (old.isEmpty()) {
            return null;
        }
        if (old.get().equals(name)) {
            errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "renamedFrom names the key pair's own name '"
                    + PrintableText.of(name) + "'; give the name it had before, or leave renamedFrom out", where,
                    entry.get().keySource()));
            return null;
        }
        Address oldAddress = address.regionAddress().keyPair(old.get());
        Source earlier = oldAddresses.putIfAbsent(oldAddress, entry.get().keySource());
        if (earlier != null) {
            errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "renamedFrom '" + PrintableText.of(old.get())
                    + "' is given here and at " + earlier + "; a key pair can be renamed to one name only", where,
                    entry.get().keySource()));
            return null;
        }
        return old.get();
    }

    /**
     * Once every manifest is read: each key pair whose {@code renamedFrom} names a declared address gets an error
     * and is marked incomplete in place, so that it is checked but never planned.
     *
     * @param keyPairs the declared key pairs, changed in place
     * @param declared every declared address, with its position
     */
    void check(List<DeclaredKeyPair> keyPairs, Map<Address, Source> declared) {
        for (int i = 0; i < keyPairs.size(); i++) {
            DeclaredKeyPair keyPair = keyPairs.get(i);
            Address old = keyPair.renamedFromAddress();
            if (old != null && declared.containsKey(old)) {
                errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "renamedFrom '"
                        + PrintableText.of(keyPair.renamedFrom()) + "' names a key pair declared at "
                        + declared.get(old) + "; remove renamedFrom once the rename is applied, before the old name"
                        + " is declared again", keyPair.address().toString(), keyPair.sourceOf("renamedFrom")));
                keyPairs.set(i, keyPair.incomplete());
            }
        }
    }

    /** Every old address a {@code renamedFrom} names. */
    Set<Address> oldAddresses() {
        return oldAddresses.keySet();
    }
}
