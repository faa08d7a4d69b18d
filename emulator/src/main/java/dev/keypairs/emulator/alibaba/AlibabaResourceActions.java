package dev.keypairs.emulator.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.ApiError;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.JoinResourceGroupRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.util.Optional;

/**
 * The ECS actions on key pairs as resources: TagResources, UntagResources, JoinResourceGroup and ListTagResources.
 * {@code ResourceType}, which the store's requests do not carry, is checked here by Alibaba's rules; everything
 * else by the store.
 */
final class AlibabaResourceActions {

    private final KeyPairStore store;
    private final AlibabaRules rules;
    private final AlibabaTagListing listing;

    AlibabaResourceActions(KeyPairStore store, AlibabaRules rules) {
        this.store = store;
        this.rules = rules;
        this.listing = new AlibabaTagListing(store, rules.tags());
    }

    ObjectNode tagResources(AlibabaParameters parameters) throws WireException, StoreException {
        refuse(rules.tags().checkResourceType(parameters.text("ResourceType")));
        return AlibabaEcsApi.acknowledgement(store.tagResources(new TagResourcesRequest(parameters.text("RegionId"),
                parameters.list("ResourceId"), parameters.tags())).requestId());
    }

    ObjectNode untagResources(AlibabaParameters parameters) throws WireException, StoreException {
        refuse(rules.tags().checkResourceType(parameters.text("ResourceType")));
        return AlibabaEcsApi.acknowledgement(store.untagResources(new UntagResourcesRequest(
                parameters.text("RegionId"), parameters.list("ResourceId"), parameters.list("TagKey"),
                parameters.bool("All", false))).requestId());
    }

    ObjectNode joinResourceGroup(AlibabaParameters parameters) throws WireException, StoreException {
        refuse(rules.checkJoinResourceType(parameters.text("ResourceType")));
        return AlibabaEcsApi.acknowledgement(store.joinResourceGroup(new JoinResourceGroupRequest(
                parameters.text("RegionId"), parameters.text("ResourceId"), parameters.text("ResourceGroupId")))
                .requestId());
    }

    ObjectNode listTagResources(AlibabaParameters parameters) throws WireException, StoreException {
        String requestId = AlibabaEcsApi.newRequestId();
        refuse(rules.tags().checkResourceType(parameters.text("ResourceType")), requestId);
        return listing.answer(parameters, requestId);
    }

    private static void refuse(Optional<ApiError> error) throws ApiErrorException {
        refuse(error, AlibabaEcsApi.newRequestId());
    }

    static void refuse(Optional<ApiError> error, String requestId) throws ApiErrorException {
        if (error.isPresent()) {
            throw new ApiErrorException(error.get(), requestId);
        }
    }
}
