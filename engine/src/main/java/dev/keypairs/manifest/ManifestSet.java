package dev.keypairs.manifest;

import dev.keypairs.project.Address;
import dev.keypairs.project.Diagnostic;
import java.util.List;
import java.util.Set;

/**
 * Everything the manifests of a run declare, merged, and every problem found in them.
 *
 * @param regions the declared regions, in the order first declared
 * @param keyPairs the declared key pairs whose name and key could be read, in manifest order; one with problems
 *     of its own is {@link DeclaredKeyPair#complete() incomplete}: checked, never planned
 * @param declaredAddresses every key pair address a manifest declares, also of entries with problems: prune
 *     never deletes a key pair a manifest names, even one whose entry is broken
 * @param errors every problem of every file
 * @param inputs the manifests and key files read, with their digests
 */
public record ManifestSet(List<DeclaredRegion> regions, List<DeclaredKeyPair> keyPairs,
        Set<Address> declaredAddresses, List<Diagnostic> errors, List<ManifestInput> inputs) {

    public ManifestSet {
        regions = List.copyOf(regions);
        keyPairs = List.copyOf(keyPairs);
        declaredAddresses = Set.copyOf(declaredAddresses);
        errors = List.copyOf(errors);
        inputs = List.copyOf(inputs);
    }

    /** Whether the manifests could be read without any problem. */
    public boolean isValid() {
        return errors.isEmpty();
    }
}
