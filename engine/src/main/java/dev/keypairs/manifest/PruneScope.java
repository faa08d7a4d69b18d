package dev.keypairs.manifest;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which undeclared key pairs of a region a plan deletes.
 *
 * @param all every undeclared key pair ({@code prune: true})
 * @param namePrefix only undeclared names with this prefix ({@code prune: {namePrefix: "ci-"}}); null for any name
 * @param tags only undeclared key pairs carrying every one of these tags, with these values ({@code prune: {tags:
 *     {managed-by: keypairs}}}, either provider); empty for any tags. With a name prefix, both must hold.
 */
public record PruneScope(boolean all, String namePrefix, Map<String, String> tags) {

    /** Nothing is deleted: undeclared key pairs are listed as unmanaged. */
    public static final PruneScope NONE = new PruneScope(false, null, Map.of());
    /** Every undeclared key pair is deleted. */
    public static final PruneScope ALL = new PruneScope(true, null, Map.of());

    public PruneScope {
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    /** Only undeclared names starting with the prefix are deleted. */
    public static PruneScope prefix(String namePrefix) {
        return new PruneScope(false, Objects.requireNonNull(namePrefix, "namePrefix"), Map.of());
    }

    /** Only undeclared key pairs whose name has the prefix (null: any) and that carry all the tags are deleted. */
    public static PruneScope of(String namePrefix, Map<String, String> tags) {
        return new PruneScope(false, namePrefix, tags);
    }

    /** Whether an undeclared key pair of this name and these tags is deleted. */
    public boolean covers(String name, Map<String, String> keyPairTags) {
        if (all) {
            return true;
        }
        if (namePrefix == null && tags.isEmpty()) {
            return false;
        }
        if (namePrefix != null && !name.startsWith(namePrefix)) {
            return false;
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (!tag.getValue().equals(keyPairTags.get(tag.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
