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
    AUTO_APPROVE("keypairs.autoApprove");

    private final String key;

    Setting(String key) {
        this.key = key;
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
