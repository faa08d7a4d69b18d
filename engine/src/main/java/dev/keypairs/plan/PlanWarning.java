package dev.keypairs.plan;

import dev.keypairs.project.Address;

/** Something worth knowing that does not stop an apply, as a typed value the renderers word. */
public sealed interface PlanWarning {

    /**
     * A planned create's {@code privateKeyFile} lies inside the project, where it could be committed.
     *
     * @param keyPair the key pair
     * @param declaredPath the file as the manifest names it
     */
    record PrivateKeyFileInProject(Address keyPair, String declaredPath) implements PlanWarning {
    }

    /**
     * A created key pair's {@code privateKeyFile} is missing or empty here; the store never returns it again.
     *
     * @param keyPair the key pair
     * @param declaredPath the file as the manifest names it
     */
    record PrivateKeyFileMissing(Address keyPair, String declaredPath) implements PlanWarning {
    }

    /**
     * A {@code keypairs.target} glob that matches no address: most likely a typo.
     *
     * @param glob the glob
     */
    record TargetMatchesNothing(String glob) implements PlanWarning {
    }
}
