package dev.keypairs.apply;

import dev.keypairs.plan.Change;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.TagChange;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentTagRules;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.JoinResourceGroupRequest;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A region's updates in place, in as few calls as the API allows. Alibaba: key pairs that lose the same tags share an
 * UntagResources call, those that get the same tags a TagResources call, up to the documented 50 key pairs a call;
 * a resource group is joined one key pair at a time, as JoinResourceGroup takes one. Tencent: one ModifyResourceTags
 * call a key pair (the Tag API's call takes one resource), its tags set and removed at once. What changes is what
 * the plan decided ({@link Reason.AttributesDiffer}), not compared again.
 */
final class UpdateStep {

    private final RegionRun run;

    UpdateStep(RegionRun run) {
        this.run = run;
    }

    /** A TagResources or UntagResources call on these key pairs. */
    @FunctionalInterface
    private interface TagRequest {
        Acknowledgement send(List<String> keyPairNames) throws StoreException;
    }

    void updateAll(List<Change> updates) throws InterruptedException {
        if (updates.isEmpty()) {
            return;
        }
        if (run.provider() == Provider.TENCENT) {
            for (Change change : updates) {
                run.settle(change, modifyResourceTags(run, change, differences(change).tags()), false);
            }
            return;
        }
        // By identity: a change is a deep record, and each is its own entry.
        Map<Change, List<CallOutcome<?>>> outcomes = new IdentityHashMap<>();
        Map<List<String>, List<Change>> byRemoved = new LinkedHashMap<>();
        Map<List<Tag>, List<Change>> bySet = new LinkedHashMap<>();
        for (Change change : updates) {
            outcomes.put(change, new ArrayList<>());
            List<TagChange> tags = differences(change).tags();
            List<String> toRemove = tags.stream().filter(TagChange.Removed.class::isInstance).map(TagChange::key)
                    .sorted().toList();
            List<Tag> toSet = tags.stream().map(UpdateStep::setTag).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Tag::key)).toList();
            if (!toRemove.isEmpty()) {
                byRemoved.computeIfAbsent(toRemove, k -> new ArrayList<>()).add(change);
            }
            if (!toSet.isEmpty()) {
                bySet.computeIfAbsent(toSet, k -> new ArrayList<>()).add(change);
            }
        }
        int batchSize = run.rules.maxTagBatch();
        for (Map.Entry<List<String>, List<Change>> group : byRemoved.entrySet()) {
            for (List<Change> batch : Batches.of(group.getValue(), batchSize)) {
                tagCall(batch, ApiCall.UNTAG_RESOURCES, names -> run.store.untagResources(
                        new UntagResourcesRequest(run.region.region(), names, group.getKey())), outcomes);
            }
        }
        for (Map.Entry<List<Tag>, List<Change>> group : bySet.entrySet()) {
            for (List<Change> batch : Batches.of(group.getValue(), batchSize)) {
                tagCall(batch, ApiCall.TAG_RESOURCES, names -> run.store.tagResources(
                        new TagResourcesRequest(run.region.region(), names, group.getKey())), outcomes);
            }
        }
        for (Change change : updates) {
            Reason.ResourceGroupMove move = differences(change).resourceGroup();
            if (move != null) {
                CallOutcome<?> joined = run.call(ApiCall.JOIN_RESOURCE_GROUP, () -> run.store.joinResourceGroup(
                        new JoinResourceGroupRequest(run.region.region(), change.address().name(), move.to())),
                        Acknowledgement::requestId);
                run.record(change, ApiCall.JOIN_RESOURCE_GROUP, joined);
                outcomes.get(change).add(joined);
            }
        }
        for (Change change : updates) {
            Optional<CallOutcome<?>> failed = outcomes.get(change).stream().filter(outcome -> !outcome.ok()).findFirst();
            if (failed.isPresent()) {
                run.fail(change, failed.get(), false);
            } else {
                run.succeeded(change.action());
            }
        }
    }

    /**
     * Tencent's ModifyResourceTags on the key pair a change concerns (by its KeyId, which a rename keeps): the added
     * and changed tags as {@code ReplaceTags}, the removed keys as {@code DeleteTags}, in one call where the call takes
     * them all ({@link TencentTagRules#MAX_TAGS_PER_REQUEST} of each), else in as few as it does. Recorded; the caller
     * settles the change with the outcome: the first failed call's, or the last call's. Repeating a call leaves the
     * same tags, so a retry after a lost answer is harmless.
     */
    static CallOutcome<Acknowledgement> modifyResourceTags(RegionRun run, Change change, List<TagChange> tags)
            throws InterruptedException {
        String keyId = Objects.requireNonNull(change.stored().keyId(), "a Tencent key pair has a KeyId");
        List<List<Tag>> replace = Batches.of(tags.stream().map(UpdateStep::setTag).flatMap(Optional::stream)
                .toList(), TencentTagRules.MAX_TAGS_PER_REQUEST);
        List<List<String>> delete = Batches.of(tags.stream().filter(TagChange.Removed.class::isInstance)
                .map(TagChange::key).toList(), TencentTagRules.MAX_TAGS_PER_REQUEST);
        CallOutcome<Acknowledgement> outcome = null;
        for (int i = 0; i < Math.max(replace.size(), delete.size()); i++) {
            ModifyResourceTagsRequest request = new ModifyResourceTagsRequest(run.region.region(), keyId,
                    i < replace.size() ? replace.get(i) : List.of(), i < delete.size() ? delete.get(i) : List.of());
            outcome = run.call(ApiCall.MODIFY_RESOURCE_TAGS, () -> run.store.modifyResourceTags(request),
                    Acknowledgement::requestId);
            run.record(change, ApiCall.MODIFY_RESOURCE_TAGS, outcome);
            if (!outcome.ok()) {
                break;
            }
        }
        return Objects.requireNonNull(outcome, "a tag update is planned with the tags it changes");
    }

    private static Reason.AttributesDiffer differences(Change change) {
        if (!(change.reason() instanceof Reason.AttributesDiffer differ)) {
            throw new IllegalArgumentException("an update is planned with the attributes that differ");
        }
        return differ;
    }

    /** The tag a TagResources call sets for an added or changed tag. */
    private static Optional<Tag> setTag(TagChange change) {
        if (change instanceof TagChange.Added added) {
            return Optional.of(new Tag(added.key(), added.value()));
        }
        if (change instanceof TagChange.Changed changed) {
            return Optional.of(new Tag(changed.key(), changed.to()));
        }
        return Optional.empty();
    }

    /**
     * One TagResources or UntagResources call for a batch; when a batch of several is refused for good (one key pair
     * deleted meanwhile, say), each key pair is tried alone, so that the others still get their change.
     */
    private void tagCall(List<Change> batch, ApiCall apiCall, TagRequest request,
            Map<Change, List<CallOutcome<?>>> outcomes) throws InterruptedException {
        List<String> names = batch.stream().map(change -> change.address().name()).toList();
        CallOutcome<?> outcome = run.call(apiCall, () -> request.send(names), Acknowledgement::requestId);
        run.record(batch.stream().map(change -> change.address().toString()).toList(), apiCall, outcome);
        if (batch.size() > 1 && outcome.finalRefusal()) {
            for (Change change : batch) {
                tagCall(List.of(change), apiCall, request, outcomes);
            }
            return;
        }
        batch.forEach(change -> outcomes.get(change).add(outcome));
    }
}
