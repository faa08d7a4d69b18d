package dev.keypairs.plan;

import dev.keypairs.keys.PublicKey;
import dev.keypairs.project.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.project.Source;
import dev.keypairs.provider.KeyPairRequest;
import dev.keypairs.store.StoredKeyPair;
import java.util.Objects;

/**
 * One planned action on one address: every declared address (no-ops too) and every planned delete.
 *
 * @param address the key pair's address
 * @param action what is done
 * @param reason why, as data: the renderers word it
 * @param source where the key pair is declared; null for a delete by pruning
 * @param before what the store holds; null when nothing
 * @param after what the store will hold; null for a delete
 * @param declared the manifest's entry; null for a delete by pruning
 * @param stored the store's key pair; null when nothing
 * @param request the ImportKeyPair or CreateKeyPair request the plan checked and apply sends (an import, a create,
 *     a replace's import); null otherwise
 * @param key the declared public key, read once; null for a create and a delete
 */
public record Change(Address address, Action action, Reason reason, Source source, KeyPairState before,
        KeyPairState after, DeclaredKeyPair declared, StoredKeyPair stored, KeyPairRequest request, PublicKey key) {

    public Change {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
