package dev.keypairs.render;

import dev.keypairs.manifest.PruneScope;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.TagChange;
import java.util.ArrayList;
import java.util.List;

/** A change's reason in words, as the text plan, plan.md and plan.json's {@code reason} show it. */
public final class ReasonWords {

    private ReasonWords() {
    }

    /** The reason in words, e.g. {@code key changed: 3f:… → 9a:…}. */
    public static String of(Reason reason) {
        // Java 17 has no pattern switch: ReasonWordsTest renders every permitted reason, so none is left unworded.
        if (reason instanceof Reason.NotInStore) {
            return "not in store";
        } else if (reason instanceof Reason.GeneratedByStore) {
            return "not in store; the store generates an RSA-2048 key pair";
        } else if (reason instanceof Reason.SameKey) {
            return "in store with the same key";
        } else if (reason instanceof Reason.CreatedKeptAsIs) {
            return "exists; a created key pair is never re-created";
        } else if (reason instanceof Reason.KeyChanged changed) {
            return "key changed: " + changed.from() + " → " + changed.to();
        } else if (reason instanceof Reason.CertificateResigned resigned) {
            return "certificate re-signed: the same key (" + resigned.fingerprint() + ") in a different certificate";
        } else if (reason instanceof Reason.ProjectMoved moved) {
            return "projectId " + moved.from() + " → " + moved.to() + " (a key pair's project cannot change in place)";
        } else if (reason instanceof Reason.AttributesDiffer differ) {
            return attributes(differ);
        } else if (reason instanceof Reason.Renamed renamed) {
            return "renamed from " + renamed.from() + " " + renameInPlace(renamed);
        } else if (reason instanceof Reason.RenamedByReplace renamed) {
            return "renamed from " + renamed.from() + " as a replace: " + (renamed.replaced() == null
                    ? "alibaba has no rename call" : of(renamed.replaced())) + "; " + (renamed.oldDeletedFirst()
                    ? renamed.from() + " is deleted, then the new name imported"
                    : "the new name lands first, then " + renamed.from() + " is deleted");
        } else if (reason instanceof Reason.NotDeclared notDeclared) {
            return "not declared; " + pruneScope(notDeclared.scope());
        } else if (reason instanceof Reason.Destroy) {
            return "declared; destroy";
        }
        throw new IllegalArgumentException("no words for " + reason);
    }

    /** What a rename in place keeps and then changes: {@code in place, keeping its KeyId; then tags +team=a}. */
    public static String renameInPlace(Reason.Renamed renamed) {
        return "in place, keeping its KeyId" + (renamed.tags().isEmpty() ? "" : "; then " + tags(renamed.tags()));
    }

    private static String attributes(Reason.AttributesDiffer differ) {
        List<String> parts = new ArrayList<>();
        if (!differ.tags().isEmpty()) {
            parts.add(tags(differ.tags()));
        }
        if (differ.resourceGroup() != null) {
            parts.add("resourceGroupId " + differ.resourceGroup().from() + " → " + differ.resourceGroup().to());
        }
        return String.join("; ", parts);
    }

    /** Tag changes: {@code tags +team=a, env: dev → prod, -old}. */
    private static String tags(List<TagChange> changes) {
        List<String> tags = new ArrayList<>();
        for (TagChange tag : changes) {
            if (tag instanceof TagChange.Added added) {
                tags.add("+" + added.key() + "=" + added.value());
            } else if (tag instanceof TagChange.Changed changed) {
                tags.add(changed.key() + ": " + changed.from() + " → " + changed.to());
            } else {
                tags.add("-" + tag.key());
            }
        }
        return "tags " + String.join(", ", tags);
    }

    /** A prune scope: {@code prune}, {@code prune namePrefix 'ci-' and tags team=a}, or {@code no prune}. */
    public static String pruneScope(PruneScope scope) {
        if (scope.all()) {
            return "prune";
        }
        List<String> conditions = new ArrayList<>();
        if (scope.namePrefix() != null) {
            conditions.add("namePrefix '" + scope.namePrefix() + "'");
        }
        if (!scope.tags().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            scope.tags().forEach((key, value) -> pairs.add(key + "=" + value));
            conditions.add("tags " + String.join(", ", pairs));
        }
        return conditions.isEmpty() ? "no prune" : "prune " + String.join(" and ", conditions);
    }
}
