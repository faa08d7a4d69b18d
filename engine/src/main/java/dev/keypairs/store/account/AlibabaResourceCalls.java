package dev.keypairs.store.account;

import static dev.keypairs.store.account.Account.refuse;

import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.Provider;
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
        refuse(alibaba.tags().checkTagResources(request.regionId(), request.keyPairNames(), request.tags()),
                requestId);
        storage.write(Provider.ALIBABA, request.regionId(), rows -> {
            for (String name : new LinkedHashSet<>(request.keyPairNames())) {
                Map<String, String> tags = new TreeMap<>(existing(rows, request.regionId(), name, requestId).tags());
                request.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
                refuse(alibaba.tags().checkTagsHeld(name, tags), requestId);
                rows.setTags(name, tags);
            }
            return null;
        });
        return new Acknowledgement(requestId);
    }

    Acknowledgement untag(UntagResourcesRequest request, String requestId) throws StoreException {
        refuse(alibaba.tags().checkUntagResources(request.regionId(), request.keyPairNames(), request.tagKeys(),
                request.all()), requestId);
        storage.write(Provider.ALIBABA, request.regionId(), rows -> {
            for (String name : new LinkedHashSet<>(request.keyPairNames())) {
                Map<String, String> tags = new TreeMap<>(existing(rows, request.regionId(), name, requestId).tags());
                if (request.all()) {
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
        refuse(alibaba.checkJoinResourceGroup(request.regionId(), request.keyPairName(), request.resourceGroupId()),
                requestId);
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
}
