package dev.keypairs.plan;

import dev.keypairs.manifest.PruneScope;
import java.util.List;
import java.util.Objects;

/**
 * Why the planner decided a change's action: data, as Terraform's plan carries it, put into words only by the
 * renderers (the text plan, plan.md, plan.json's {@code reason}).
 */
public sealed interface Reason {

    /** An import: the store holds no key pair of the name. */
    record NotInStore() implements Reason {
    }

    /** A create: the store holds no key pair of the name and generates one (RSA-2048). */
    record GeneratedByStore() implements Reason {
    }

    /** A no-op: the store holds the declared key. */
    record SameKey() implements Reason {
    }

    /** A no-op or update of a created key pair: it exists, and a created key pair is never created again. */
    record CreatedKeptAsIs() implements Reason {
    }

    /**
     * A replace: the store holds another key under the name.
     *
     * @param from the stored key's MD5 fingerprint, as the store spells it
     * @param to the declared key's MD5 fingerprint
     */
    record KeyChanged(String from, String to) implements Reason {
    }

    /**
     * A replace: the same plain key in a different OpenSSH certificate.
     *
     * @param fingerprint the key's MD5 fingerprint
     */
    record CertificateResigned(String fingerprint) implements Reason {
    }

    /**
     * A replace: a Tencent key pair's project cannot change in place.
     *
     * @param from the stored project
     * @param to the declared project
     */
    record ProjectMoved(Long from, Long to) implements Reason {
    }

    /**
     * A rename in place (Tencent's ModifyKeyPairAttribute): the key pair stored under the old name takes the declared
     * name, keeping its KeyId, key and instance bindings; then its tags change as listed, in the same change.
     *
     * @param from the old name ({@code renamedFrom})
     * @param tags the tag changes made after the rename, in the order shown; empty for none
     */
    record Renamed(String from, List<TagChange> tags) implements Reason {
        public Renamed {
            Objects.requireNonNull(from, "from");
            tags = List.copyOf(tags);
        }
    }

    /**
     * A rename done as a replace: the key pair lands under the declared name and the one stored under the old name
     * is deleted. Either the provider has no rename call (Alibaba), or a rename cannot carry the change (a
     * Tencent key pair whose key or project changes too).
     *
     * @param from the old name ({@code renamedFrom})
     * @param replaced what a rename cannot change: {@link KeyChanged}, {@link CertificateResigned} or
     *     {@link ProjectMoved}; null when the key pair is the same and only the provider's missing rename call
     *     makes it a replace
     * @param oldDeletedFirst whether the old key pair is deleted before the new name lands: only where the provider
     *     refuses one key under two names (Tencent) and the key stays; otherwise the new name lands first, so that a
     *     failure never leaves neither
     */
    record RenamedByReplace(String from, Reason replaced, boolean oldDeletedFirst) implements Reason {
        public RenamedByReplace {
            Objects.requireNonNull(from, "from");
        }
    }

    /**
     * An update in place: tags (either provider's) or the resource group (Alibaba's) differ.
     *
     * @param tags the tag changes, in the order shown: declared keys sorted, then removed keys
     * @param resourceGroup the resource group move; null when it stays
     */
    record AttributesDiffer(List<TagChange> tags, ResourceGroupMove resourceGroup) implements Reason {
        public AttributesDiffer {
            tags = List.copyOf(tags);
        }
    }

    /**
     * A resource group the key pair joins.
     *
     * @param from the stored group
     * @param to the declared group
     */
    record ResourceGroupMove(String from, String to) {
    }

    /**
     * A delete by pruning: the key pair is not declared and lies within prune's scope.
     *
     * @param scope the region's prune scope
     */
    record NotDeclared(PruneScope scope) implements Reason {
        public NotDeclared {
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** A delete by {@code keypairs:destroy}: the key pair is declared. */
    record Destroy() implements Reason {
    }
}
