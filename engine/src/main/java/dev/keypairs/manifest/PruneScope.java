package dev.keypairs.manifest;

import java.util.Objects;

/**
 * Which undeclared key pairs of a region a plan deletes.
 *
 * @param all every undeclared key pair ({@code prune: true})
 * @param namePrefix only undeclared names with this prefix ({@code prune: {namePrefix: "ci-"}}); null otherwise
 */
public record PruneScope(boolean all, String namePrefix) {

    /** Nothing is deleted: undeclared key pairs are listed as unmanaged. */
    public static final PruneScope NONE = new PruneScope(false, null);
    /** Every undeclared key pair is deleted. */
    public static final PruneScope ALL = new PruneScope(true, null);

    /** Only undeclared names starting with the prefix are deleted. */
    public static PruneScope prefix(String namePrefix) {
        return new PruneScope(false, Objects.requireNonNull(namePrefix, "namePrefix"));
    }

    /** Whether an undeclared key pair of this name is deleted. */
    public boolean covers(String name) {
        return all || (namePrefix != null && name.startsWith(namePrefix));
    }

    /** How the plan explains a delete under this scope. */
    public String describe() {
        return all ? "prune" : namePrefix == null ? "no prune" : "prune namePrefix '" + namePrefix + "'";
    }
}
