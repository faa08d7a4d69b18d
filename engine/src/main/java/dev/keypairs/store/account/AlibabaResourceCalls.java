package dev.keypairs.store.account;

import static dev.keypairs.store.account.Account.refuse;

import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.JoinResourceGroupRequest;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Alibaba's calls on a key pair as a resource: TagResources, UntagResources and JoinResourceGroup, each checked by
 * the stateless rules, then applied inside the region's one write (a key pair that is not there refuses the call).
 */
final class AlibabaResourceCalls {

    private final Storage storage;
    private final AlibabaRules alibaba;

    AlibabaResourceCalls(Storage storage, AlibabaRules alibaba) {
        this.storage = storage;
        this.alibaba = alibaba;
    }

    Acknowledgement tag(TagResourcesRequest request, String requestId) throws StoreException {
        refuse(alibaba.checkRegion(request.regionId()), requestId);
        refuse(alibaba.checkTagBatch(request.keyPairNames()), requestId);
        requireGiven(!request.tags().isEmpty(), "Tag.N", requestId);
        refuse(alibaba.checkTags(request.tags()).stream().findFirst(), requestId);
        storage.write(Provider.ALIBABA, request.regionId(), rows -> {
            for (String name : new LinkedHashSet<>(request.keyPairNames())) {
                Map<String, String> tags = new TreeMap<>(existing(rows, request.regionId(), name, requestId).tags());
                request.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
                // The tags the key pair would hold obey the same rules, the count of 20 among them.
                refuse(alibaba.checkTags(tags.entrySet().stream().map(tag -> new Tag(tag.getKey(), tag.getValue()))
                        .toList()).stream().findFirst(), requestId);
                rows.setTags(name, tags);
            }
            return null;
        });
        return new Acknowledgement(requestId);
    }

    Acknowledgement untag(UntagResourcesRequest request, String requestId) throws StoreException {
        refuse(alibaba.checkRegion(request.regionId()), requestId);
        refuse(alibaba.checkTagBatch(request.keyPairNames()), requestId);
        requireGiven(!request.tagKeys().isEmpty() || request.all(), "TagKey.N", requestId);
        storage.write(Provider.ALIBABA, request.regionId(), rows -> {
            for (String name : new LinkedHashSet<>(request.keyPairNames())) {
                Map<String, String> tags = new TreeMap<>(existing(rows, request.regionId(), name, requestId).tags());
                if (request.all() && request.tagKeys().isEmpty()) {
                    tags.clear();
                }
                request.tagKeys().forEach(tags::remove);
                rows.setTags(name, tags);
            }
            return null;
        });
        return new Acknowledgement(requestId);
    }

    Acknowledgement join(JoinResourceGroupRequest request, String requestId) throws StoreException {
        refuse(alibaba.checkRegion(request.regionId()), requestId);
        requireGiven(request.keyPairName() != null, "ResourceId", requestId);
        requireGiven(request.resourceGroupId() != null, "ResourceGroupId", requestId);
        refuse(alibaba.checkResourceGroupId(request.resourceGroupId()), requestId);
        storage.write(Provider.ALIBABA, request.regionId(), rows -> {
            existing(rows, request.regionId(), request.keyPairName(), requestId);
            rows.setResourceGroup(request.keyPairName(), request.resourceGroupId());
            return null;
        });
        return new Acknowledgement(requestId);
    }

    private StoredKeyPair existing(RegionRows rows, String regionId, String name, String requestId)
            throws StoreException {
        Optional<StoredKeyPair> keyPair = rows.byName(name);
        if (keyPair.isEmpty()) {
            throw new ApiErrorException(alibaba.resourceNotFound(regionId, name), requestId);
        }
        return keyPair.get();
    }

    private void requireGiven(boolean given, String parameter, String requestId) throws ApiErrorException {
        if (!given) {
            throw new ApiErrorException(alibaba.missingParameter(parameter), requestId);
        }
    }
}
