package dev.keypairs.render;

import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.provider.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a key pair that lands (an import, a create, a replace's import) is given beyond its key, for a reviewer:
 * its tags, resource group, project and protection. The text plan and plan.md show the same words.
 */
final class ChangeAttributes {

    private ChangeAttributes() {
    }

    /** {@code tags team=a, env=; resourceGroupId rg-x; protected}, or empty when the change lands nothing. */
    static String of(Change change) {
        Action action = change.action();
        if (action != Action.IMPORT && action != Action.CREATE && action != Action.REPLACE) {
            return "";
        }
        KeyPairState after = change.after();
        List<String> parts = new ArrayList<>();
        if (after != null && !after.tags().isEmpty()) {
            List<String> tags = new ArrayList<>();
            for (Map.Entry<String, String> tag : after.tags().entrySet()) {
                tags.add(tag.getKey() + "=" + tag.getValue());
            }
            parts.add("tags " + String.join(", ", tags));
        }
        if (after != null && after.resourceGroupId() != null) {
            parts.add("resourceGroupId " + after.resourceGroupId());
        }
        if (after != null && after.projectId() != null && change.address().provider() == Provider.TENCENT) {
            parts.add("projectId " + after.projectId());
        }
        if (change.declared() != null && change.declared().protect()) {
            parts.add("protected");
        }
        return String.join("; ", parts);
    }
}
