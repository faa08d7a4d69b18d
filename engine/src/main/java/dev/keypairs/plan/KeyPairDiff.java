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
 * create or import when nothing, a replace when the key (or a Tencent project) differs, an update when only tags
 * (either provider's) or Alibaba's resource group do, else a no-op; and, for a {@code renamedFrom} whose old name
 * the store holds and whose new name it does not, a rename in place (Tencent) or a replace that says it is a rename.
 * Keys are compared by {@link KeyMatch}, never as text.
 */
final class KeyPairDiff {

    private final ProjectPaths project;
    private final DeclarationCheck check;

    KeyPairDiff(ProjectPaths project, DeclarationCheck check) {
        this.project = project;
        this.check = check;
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
     * @param storedOld what the store holds under its {@code renamedFrom}; null when nothing, or none is given
     */
    Decision decide(DeclaredKeyPair keyPair, PublicKey key, KeyPairRequest request, StoredKeyPair stored,
            StoredKeyPair storedOld) {
        KeyPairState after = key == null
                ? KeyPairState.generated(keyPair.tags(), keyPair.resourceGroupId(), keyPair.projectId())
                : KeyPairState.after(key, keyPair.tags(), keyPair.resourceGroupId(), keyPair.projectId());
        if (storedOld != null && stored != null) {
            return Decision.refused(new PlanError.RenameConflict(keyPair.address(), keyPair.renamedFromAddress(),
                    keyPair.sourceOf("renamedFrom")));
        }
        if (storedOld != null) {
            return rename(keyPair, key, request, storedOld, after);
        }
        if (keyPair.key() instanceof KeySource.Create create) {
            return stored == null ? create(keyPair, create, request, after, Action.CREATE,
                    new Reason.GeneratedByStore(), null) : keepCreated(keyPair, create, stored);
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

    /**
     * The key pair stored under the old name, and none under the new: renamed in place where the provider can
     * and the rename carries every change (Tencent, the same key and project: its tags follow in the same change);
     * else a replace that says it is a rename, the new name landing first unless the provider refuses one key under
     * two names and the key stays (then the old one goes first).
     */
    private Decision rename(DeclaredKeyPair keyPair, PublicKey key, KeyPairRequest request, StoredKeyPair old,
            KeyPairState after) {
        KeySource.Create create = keyPair.key() instanceof KeySource.Create created ? created : null;
        // A created key pair keeps its key; only its project can stand in a rename's way.
        Optional<Reason> replaced = create != null ? projectMoved(keyPair, old) : replaceReason(keyPair, key, old);
        if (keyPair.address().provider() == Provider.TENCENT && replaced.isEmpty()) {
            KeyPairState state = create == null ? after : KeyPairState.of(old).withAttributesOf(keyPair);
            Decision renamed = Decision.of(change(keyPair, Action.RENAME, new Reason.Renamed(old.name(),
                    tagChanges(old.tags(), keyPair.tags())), old, state, null, key));
            return create == null || heldByCaller(create) ? renamed
                    : renamed.warning(new PlanWarning.PrivateKeyFileMissing(keyPair.address(), create.declaredPath()));
        }
        boolean sameKey = create == null && (replaced.isEmpty() || replaced.get() instanceof Reason.ProjectMoved);
        Reason reason = new Reason.RenamedByReplace(old.name(), replaced.orElse(null),
                sameKey && check.rules(keyPair.address().provider()).publicKeysUniquePerRegion());
        if (keyPair.protect()) {
            return Decision.refused(new PlanError.Protected(keyPair.address(), keyPair.source(), reason));
        }
        return create != null ? create(keyPair, create, request, after, Action.REPLACE, reason, old)
                : Decision.of(change(keyPair, Action.REPLACE, reason, old, after, request, key));
    }

    /**
     * A key pair the store generates: its private key file must be free and writable, or the key would be lost (a
     * seed's, returned to its caller, has none).
     *
     * @param replaced what it replaces (a rename done as a replace); null for a create
     */
    private Decision create(DeclaredKeyPair keyPair, KeySource.Create create, KeyPairRequest request,
            KeyPairState after, Action action, Reason reason, StoredKeyPair replaced) {
        Address address = keyPair.address();
        if (create.returned()) {
            return Decision.of(change(keyPair, action, reason, replaced, after, request, null));
        }
        if (PrivateKeyPlace.occupant(create.privateKeyFile()) == PrivateKeyPlace.Occupant.CONTENT) {
            return Decision.refused(new PlanError.PrivateKeyFileExists(address, keyPair.sourceOf("privateKeyFile"),
                    create.declaredPath()));
        }
        Optional<String> notWritable = PrivateKeyPlace.whyNotWritable(create.privateKeyFile());
        if (notWritable.isPresent()) {
            return Decision.refused(new PlanError.PrivateKeyFileNotWritable(address,
                    keyPair.sourceOf("privateKeyFile"), create.declaredPath(), notWritable.get()));
        }
        Decision created = Decision.of(change(keyPair, action, reason, replaced, after, request, null));
        return project.contains(create.privateKeyFile())
                ? created.warning(new PlanWarning.PrivateKeyFileInProject(address, create.declaredPath()))
                : created;
    }

    /** A created key pair is never created again: only its attributes are compared. */
    private Decision keepCreated(DeclaredKeyPair keyPair, KeySource.Create create, StoredKeyPair stored) {
        KeyPairState kept = KeyPairState.of(stored).withAttributesOf(keyPair);
        Decision decision = Decision.of(attributes(keyPair, stored, new Reason.CreatedKeptAsIs(), kept, null));
        return heldByCaller(create) ? decision
                : decision.warning(new PlanWarning.PrivateKeyFileMissing(keyPair.address(), create.declaredPath()));
    }

    /**
     * Whether the private key of a key pair created earlier is where the caller keeps it: its file has content, or it
     * was returned (a seed's: its caller took it then, and there is no file to look at).
     */
    private static boolean heldByCaller(KeySource.Create create) {
        return create.returned() || PrivateKeyPlace.occupant(create.privateKeyFile()) == PrivateKeyPlace.Occupant.CONTENT;
    }

    /** A no-op, or an update when only tags (either provider's) or the resource group (Alibaba's) differ. */
    private Change attributes(DeclaredKeyPair keyPair, StoredKeyPair stored, Reason same, KeyPairState after,
            PublicKey key) {
        List<TagChange> tags = tagChanges(stored.tags(), keyPair.tags());
        // Only Alibaba's declarations name a resource group.
        Reason.ResourceGroupMove group = keyPair.resourceGroupId() != null
                && !keyPair.resourceGroupId().equals(stored.resourceGroupId())
                ? new Reason.ResourceGroupMove(stored.resourceGroupId(), keyPair.resourceGroupId()) : null;
        if (!tags.isEmpty() || group != null) {
            return change(keyPair, Action.UPDATE, new Reason.AttributesDiffer(tags, group), stored, after, null, key);
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
        // A plain loop, not a stream: each lambda is linked on first use, and a goal runs once on a cold JVM
        // (performance.md).
        for (String key : stored.keySet()) {
            if (!declared.containsKey(key)) {
                changes.add(new TagChange.Removed(key));
            }
        }
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
        return projectMoved(keyPair, stored);
    }

    /** Another Tencent project: a key pair's project cannot change in place. */
    private static Optional<Reason> projectMoved(DeclaredKeyPair keyPair, StoredKeyPair stored) {
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
