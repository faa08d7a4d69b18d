package dev.keypairs.store.account;

import static dev.keypairs.store.account.Account.refuse;

import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentRules;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.ModifyKeyPairAttributeRequest;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tencent's calls that change a key pair in place: CVM's ModifyKeyPairAttribute (a rename keeps the KeyId, the key,
 * the tags and every binding) and the Tag API's ModifyResourceTags. Each is checked by the stateless rules, then
 * applied inside the region's one write, so that a refused call changes nothing.
 */
final class TencentResourceCalls {

    private final Storage storage;
    private final TencentRules tencent;

    TencentResourceCalls(Storage storage, TencentRules tencent) {
        this.storage = storage;
        this.tencent = tencent;
    }

    /**
     * ModifyKeyPairAttribute: the region, the request's own rules, then the KeyId the region must hold
     * ({@code InvalidKeyPairId.NotFound}) and a new name no other key pair of the region has
     * ({@code InvalidKeyPairName.Duplicate}; its own name is no change).
     */
    Acknowledgement modifyKeyPairAttribute(ModifyKeyPairAttributeRequest request, String requestId)
            throws StoreException {
        refuse(tencent.checkRegion(request.regionId()), requestId);
        refuse(tencent.checkModifyKeyPairAttribute(request.keyId(), request.keyName(), request.description()).stream()
                .findFirst(), requestId);
        storage.write(Provider.TENCENT, request.regionId(), rows -> {
            StoredKeyPair keyPair = rows.byKeyId(request.keyId()).orElseThrow(() -> new ApiErrorException(
                    tencent.keyPairIdNotFound(request.regionId(), request.keyId()), requestId));
            String name = keyPair.name();
            if (request.keyName() != null && !request.keyName().equals(name)) {
                refuse(AccountRules.refusalOfRename(tencent, rows, request.regionId(), name, request.keyName())
                        .map(AccountRules.Refusal::error), requestId);
                rows.rename(name, request.keyName());
                name = request.keyName();
            }
            if (request.description() != null) {
                rows.setDescription(name, request.description());
            }
            return null;
        });
        return new Acknowledgement(requestId);
    }

    /**
     * ModifyResourceTags on one key pair: the resource (a region and a well-formed KeyId), the tags and keys of the
     * request, then the key pair, which must exist, and the tags it would hold, at most 50; all or nothing.
     */
    Acknowledgement modifyResourceTags(ModifyResourceTagsRequest request, String requestId) throws StoreException {
        refuse(tencent.tags().checkResource(request.regionId(), request.keyId()), requestId);
        refuse(tencent.tags().checkModifyResourceTags(request.replaceTags(), request.deleteTagKeys()).stream()
                .findFirst(), requestId);
        storage.write(Provider.TENCENT, request.regionId(), rows -> {
            Optional<StoredKeyPair> keyPair = rows.byKeyId(request.keyId());
            if (keyPair.isEmpty()) {
                throw new ApiErrorException(tencent.tags().resourceNotFound(request.regionId(), request.keyId()),
                        requestId);
            }
            Map<String, String> tags = new TreeMap<>(keyPair.get().tags());
            for (Tag tag : request.replaceTags()) {
                tags.put(tag.key(), tag.value());
            }
            request.deleteTagKeys().forEach(tags::remove);
            refuse(tencent.tags().checkTagsHeld(request.keyId(), tags.size()), requestId);
            rows.setTags(keyPair.get().name(), tags);
            return null;
        });
        return new Acknowledgement(requestId);
    }
}
