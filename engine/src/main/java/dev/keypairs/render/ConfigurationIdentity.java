package dev.keypairs.render;

import java.util.List;

/**
 * What tells one configuration of a project from another, as a saved plan records it and a goal runs with: two
 * executions {@code @prod} and {@code @staging} of one pom differ in some of these. A saved plan is applied only by
 * the configuration it was made for (apply.md).
 *
 * @param execution the configuration's name among the project's several (Maven's execution id); null for none
 * @param manifests the manifests, relative to the base, normalised ({@code ./a.yaml} is {@code a.yaml})
 * @param store the store's URI, redacted; null when it cannot be read (the store's own opening then says why)
 */
public record ConfigurationIdentity(String execution, List<String> manifests, String store) {

    public ConfigurationIdentity {
        manifests = List.copyOf(manifests);
    }
}
