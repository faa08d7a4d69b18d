package dev.keypairs.apply;

/** Something an apply met that did not fail it, as a typed value the renderers word. */
public sealed interface ApplyWarning {

    /** The key pair's address. */
    String address();

    /**
     * A create found its key pair created meanwhile by another run, which also wrote the private key file.
     *
     * @param address the key pair
     * @param declaredPath the private key file as the manifest names it
     */
    record CreatedWithFileByAnotherRun(String address, String declaredPath) implements ApplyWarning {
    }

    /**
     * A create found its key pair created meanwhile by another run: its private key went there, not here.
     *
     * @param address the key pair
     * @param declaredPath the private key file as the manifest names it; null for a seed's, returned to its caller
     */
    record CreatedByAnotherRun(String address, String declaredPath) implements ApplyWarning {
    }
}
