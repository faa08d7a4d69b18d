package dev.keypairs.store;

import dev.keypairs.provider.Tag;
import java.util.List;

/**
 * ModifyResourceTags of Tencent Cloud's Tag API (2018-08-13) for one key pair
 * ({@code qcs::cvm:REGION:uin/:keypair/KEYID}): tags added or overwritten and tag keys removed, in one call.
 *
 * @param regionId the key pair's region (the resource's fourth segment)
 * @param keyId the key pair's KeyId (the resource's last segment)
 * @param replaceTags {@code ReplaceTags}: added, or overwriting the value of a key the key pair has
 * @param deleteTagKeys {@code DeleteTags}: the keys removed (a key the key pair lacks is passed over)
 */
public record ModifyResourceTagsRequest(String regionId, String keyId, List<Tag> replaceTags,
        List<String> deleteTagKeys) {

    public ModifyResourceTagsRequest {
        replaceTags = replaceTags == null ? List.of() : List.copyOf(replaceTags);
        deleteTagKeys = deleteTagKeys == null ? List.of() : List.copyOf(deleteTagKeys);
    }
}
