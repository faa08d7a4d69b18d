package dev.keypairs.workflow;

import dev.keypairs.provider.Provider;

/**
 * A setting of the goals, by its configuration key: engine messages name what to change by these keys, and each
 * front end says how its users set one (the Maven plugin: {@code -Dkeypairs.store} or {@code <store>} in the pom).
 */
public enum Setting {
    MANIFESTS("keypairs.manifests"),
    STORE("keypairs.store"),
    OUT("keypairs.out"),
    PLAN("keypairs.plan"),
    REGIONS_ALIBABA("keypairs.regions.alibaba"),
    REGIONS_TENCENT("keypairs.regions.tencent"),
    AUTO_APPROVE("keypairs.autoApprove", false),
    EXPORT_REGIONS("keypairs.export.regions", false),
    EXPORT_TO("keypairs.export.to"),
    POLICY_AS_OF("keypairs.policy.asOf", false);

    private final String key;
    private final boolean namesAPlace;

    Setting(String key) {
        this(key, true);
    }

    Setting(String key, boolean namesAPlace) {
        this.key = key;
        this.namesAPlace = namesAPlace;
    }

    /** Whether the setting names a file, directory or store: given empty, it is refused, never the default. */
    public boolean namesAPlace() {
        return namesAPlace;
    }

    /** The configuration key, e.g. {@code keypairs.store}. */
    public String key() {
        return key;
    }

    /** The setting of a provider's region catalogue. */
    static Setting regionsOf(Provider provider) {
        return switch (provider) {
            case ALIBABA -> REGIONS_ALIBABA;
            case TENCENT -> REGIONS_TENCENT;
        };
    }
}
