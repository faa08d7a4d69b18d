package dev.keypairs.plan;

import dev.keypairs.keys.KeyMatch;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.project.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.manifest.KeySource;
import dev.keypairs.project.PrivateKeyPlace;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.KeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoredKeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides one valid declared key pair's action against what the store holds under its name (plan-rules.md):
 * create or import when nothing, a replace when the key (or a Tencent project) differs, an update when only
 * Alibaba's tags or resource group do, else a no-op. Keys are compared by {@link KeyMatch}, never as text.
 */
final class KeyPairDiff {

    private final ProjectPaths project;

    KeyPairDiff(ProjectPaths project) {
        this.project = project;
    }

    /** What was decided: a change, or an error in its place; and a warning worth knowing either way. */
    record Decision(Optional<Change> change, Optional<PlanError> error, Optional<PlanWarning> warning) {

        static Decision of(Change change) {
            return new Decision(Optional.of(change), Optional.empty(), Optional.empty());
        }

        static Decision refused(PlanError error) {
            return new Decision(Optional.empty(), Optional.of(error), Optional.empty());
        }

        Decision warning(PlanWarning warning) {
            return new Decision(change, error, Optional.of(warning));
        }
    }

    /**
     * The decision for a declaration.
     *
     * @param keyPair the declaration, free of errors
     * @param key its key; null for a create
     * @param request the request it becomes
     * @param stored what the store holds under its name; null when nothing
     */
    Decision decide(DeclaredKeyPair keyPair, PublicKey key, KeyPairRequest request, StoredKeyPair stored) {
        KeyPairState after = key == null
                ? KeyPairState.generated(keyPair.tags(), keyPair.resourceGroupId(), keyPair.projectId())
                : KeyPairState.after(key, keyPair.tags(), keyPair.resourceGroupId(), keyPair.projectId());
        if (keyPair.key() instanceof KeySource.Create create) {
            return stored == null ? create(keyPair, create, request, after) : keepCreated(keyPair, create, stored);
        }
        if (stored == null) {
            return Decision.of(change(keyPair, Action.IMPORT, new Reason.NotInStore(), null, after, request, key));
        }
        Optional<Reason> replace = replaceReason(keyPair, key, stored);
        if (replace.isPresent()) {
            if (keyPair.protect()) {
                return Decision.refused(new PlanError.Protected(keyPair.address(), keyPair.source(), replace.get()));
            }
            return Decision.of(change(keyPair, Action.REPLACE, replace.get(), stored, after, request, key));
        }
        return Decision.of(attributes(keyPair, stored, new Reason.SameKey(), after, key));
    }

    private Decision create(DeclaredKeyPair keyPair, KeySource.Create create, KeyPairRequest request,
            KeyPairState after) {
        Address address = keyPair.address();
        if (PrivateKeyPlace.occupant(create.privateKeyFile()) == PrivateKeyPlace.Occupant.CONTENT) {
            return Decision.refused(new PlanError.PrivateKeyFileExists(address, keyPair.sourceOf("privateKeyFile"),
                    create.declaredPath()));
        }
        Optional<String> notWritable = PrivateKeyPlace.whyNotWritable(create.privateKeyFile());
        if (notWritable.isPresent()) {
            return Decision.refused(new PlanError.PrivateKeyFileNotWritable(address,
                    keyPair.sourceOf("privateKeyFile"), create.declaredPath(), notWritable.get()));
        }
        Decision created = Decision.of(change(keyPair, Action.CREATE, new Reason.GeneratedByStore(), null, after,
                request, null));
        return project.contains(create.privateKeyFile())
                ? created.warning(new PlanWarning.PrivateKeyFileInProject(address, create.declaredPath()))
                : created;
    }

    /** A created key pair is never created again: only its attributes are compared. */
    private Decision keepCreated(DeclaredKeyPair keyPair, KeySource.Create create, StoredKeyPair stored) {
        KeyPairState kept = KeyPairState.of(stored).withAttributesOf(keyPair);
        Decision decision = Decision.of(attributes(keyPair, stored, new Reason.CreatedKeptAsIs(), kept, null));
        return PrivateKeyPlace.occupant(create.privateKeyFile()) == PrivateKeyPlace.Occupant.CONTENT ? decision
                : decision.warning(new PlanWarning.PrivateKeyFileMissing(keyPair.address(), create.declaredPath()));
    }

    /** A no-op, or an update when only tags or the resource group differ (Alibaba). */
    private Change attributes(DeclaredKeyPair keyPair, StoredKeyPair stored, Reason same, KeyPairState after,
            PublicKey key) {
        if (keyPair.address().provider() == Provider.ALIBABA) {
            List<TagChange> tags = tagChanges(stored.tags(), keyPair.tags());
            Reason.ResourceGroupMove group = keyPair.resourceGroupId() != null
                    && !keyPair.resourceGroupId().equals(stored.resourceGroupId())
                    ? new Reason.ResourceGroupMove(stored.resourceGroupId(), keyPair.resourceGroupId()) : null;
            if (!tags.isEmpty() || group != null) {
                return change(keyPair, Action.UPDATE, new Reason.AttributesDiffer(tags, group), stored, after, null,
                        key);
            }
        }
        return change(keyPair, Action.NOOP, same, stored, after, null, key);
    }

    /** Declared tags in key order (added or changed), then the stored ones the declaration drops. */
    static List<TagChange> tagChanges(Map<String, String> stored, Map<String, String> declared) {
        List<TagChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> tag : new TreeMap<>(declared).entrySet()) {
            String old = stored.get(tag.getKey());
            if (old == null) {
                changes.add(new TagChange.Added(tag.getKey(), tag.getValue()));
            } else if (!old.equals(tag.getValue())) {
                changes.add(new TagChange.Changed(tag.getKey(), old, tag.getValue()));
            }
        }
        stored.keySet().stream().filter(key -> !declared.containsKey(key))
                .forEach(key -> changes.add(new TagChange.Removed(key)));
        return changes;
    }

    /** Why the stored key pair must be replaced, if it must: another key, or another Tencent project. */
    private static Optional<Reason> replaceReason(DeclaredKeyPair keyPair, PublicKey key, StoredKeyPair stored) {
        String declaredMd5 = key.fingerprints().md5();
        switch (KeyMatch.of(stored.publicKey(), stored.fingerprint(), key)) {
            case RESIGNED:
                return Optional.of(new Reason.CertificateResigned(declaredMd5));
            case DIFFERENT:
                return Optional.of(new Reason.KeyChanged(stored.fingerprint(), declaredMd5));
            default:
                break;
        }
        if (keyPair.address().provider() == Provider.TENCENT && !Objects.equals(stored.projectId(), keyPair.projectId())) {
            return Optional.of(new Reason.ProjectMoved(stored.projectId(), keyPair.projectId()));
        }
        return Optional.empty();
    }

    private static Change change(DeclaredKeyPair keyPair, Action action, Reason reason, StoredKeyPair stored,
            KeyPairState after, KeyPairRequest request, PublicKey key) {
        KeyPairState before = null;
        if (stored != null) {
            // The stored key is the declared one unless the action replaces it: no need to read it again.
            before = action != Action.REPLACE && after.sha256() != null ? KeyPairState.of(stored, after)
                    : KeyPairState.of(stored);
        }
        return new Change(keyPair.address(), action, reason, keyPair.source(), before, after, keyPair, stored,
                request, key);
    }
}
