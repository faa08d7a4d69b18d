package dev.keypairs.manifest;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields a manifest allows at each place (manifests.md; {@code keypairs.schema.json} says the same), and how
 * a key pair's unknown field is named: a field of the other provider's key pairs is said to be one.
 */
final class ManifestFields {

    static final Set<String> TOP_LEVEL = Set.of("defaults", "alibaba", "tencent", "policy");
    static final Set<String> REGION = Set.of("prune", "keyPairs");
    static final Set<String> PRUNE = Set.of("namePrefix", "tags");
    static final Set<String> POLICY = Set.of("rules", "minRsaBits", "certificateExpiringDays", "maxAgeDays");
    static final Set<String> DEFAULTS = Set.of("tags", "resourceGroupId", "projectId", "protect");
    static final Set<String> COMMON_KEY_PAIR = Set.of("name", "publicKey", "publicKeyFile", "create",
            "privateKeyFile", "protect", "tags", "renamedFrom");
    static final Map<Provider, Set<String>> PROVIDER_KEY_PAIR = Map.of(
            Provider.ALIBABA, Set.of("resourceGroupId"),
            Provider.TENCENT, Set.of("projectId"));

    private ManifestFields() {
    }

    /** Whether a key pair of this provider may have this field. */
    static boolean isKeyPairField(Provider provider, String field) {
        return COMMON_KEY_PAIR.contains(field) || PROVIDER_KEY_PAIR.get(provider).contains(field);
    }

    /**
     * The problem of a key pair field that {@link #isKeyPairField} refuses.
     *
     * @param where the key pair's address
     */
    static Diagnostic unknownKeyPairField(Provider provider, YamlNode.Entry entry, String where) {
        String message;
        if (PROVIDER_KEY_PAIR.values().stream().anyMatch(set -> set.contains(entry.key()))) {
            Provider owner = PROVIDER_KEY_PAIR.entrySet().stream()
                    .filter(fields -> fields.getValue().contains(entry.key())).findFirst().orElseThrow().getKey();
            message = "'" + entry.key() + "' exists for " + owner.id() + " key pairs only, not " + provider.id();
        } else {
            Set<String> allowed = new LinkedHashSet<>(COMMON_KEY_PAIR);
            allowed.addAll(PROVIDER_KEY_PAIR.get(provider));
            message = "unknown field '" + PrintableText.of(entry.key()) + "' for " + provider.id()
                    + " key pairs" + DidYouMean.suggestion(entry.key(), allowed);
        }
        return Diagnostic.of(ToolCode.UNKNOWN_FIELD, message, where, entry.keySource());
    }
}
