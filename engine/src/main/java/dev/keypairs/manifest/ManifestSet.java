package dev.keypairs.manifest;

import dev.keypairs.project.Address;
import dev.keypairs.project.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
 * @param policy the key policy the manifests declare, or {@link Policy#DEFAULT}
 * @param renamedFromAddresses every old address an entry's {@code renamedFrom} names, also of entries with problems:
 *     a plan never deletes it by pruning nor lists it as unmanaged, since it is the key pair being renamed
 */
public record ManifestSet(List<DeclaredRegion> regions, List<DeclaredKeyPair> keyPairs,
        Set<Address> declaredAddresses, List<Diagnostic> errors, List<ManifestInput> inputs, Policy policy,
        Set<Address> renamedFromAddresses) {

    public ManifestSet {
        regions = List.copyOf(regions);
        keyPairs = List.copyOf(keyPairs);
        // A hash set in declaration order, not Set.copyOf: its probing compared a thousand addresses on a cold JVM
        // (performance.md), and its order changed from run to run.
        declaredAddresses = Collections.unmodifiableSet(new LinkedHashSet<>(declaredAddresses));
        errors = List.copyOf(errors);
        inputs = List.copyOf(inputs);
        policy = policy == null ? Policy.DEFAULT : policy;
        renamedFromAddresses = Collections.unmodifiableSet(new LinkedHashSet<>(renamedFromAddresses));
    }

    /** Manifests whose old addresses are those their key pairs' {@code renamedFrom} name. */
    public ManifestSet(List<DeclaredRegion> regions, List<DeclaredKeyPair> keyPairs, Set<Address> declaredAddresses,
            List<Diagnostic> errors, List<ManifestInput> inputs, Policy policy) {
        this(regions, keyPairs, declaredAddresses, errors, inputs, policy, keyPairs.stream()
                .map(DeclaredKeyPair::renamedFromAddress).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** Manifests that declare no policy: the default one holds. */
    public ManifestSet(List<DeclaredRegion> regions, List<DeclaredKeyPair> keyPairs, Set<Address> declaredAddresses,
            List<Diagnostic> errors, List<ManifestInput> inputs) {
        this(regions, keyPairs, declaredAddresses, errors, inputs, Policy.DEFAULT);
    }

    /** Whether the manifests could be read without any problem. */
    public boolean isValid() {
        return errors.isEmpty();
    }
}
