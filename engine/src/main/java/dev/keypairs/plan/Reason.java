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
     * An update in place: tags or the resource group differ (Alibaba).
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
