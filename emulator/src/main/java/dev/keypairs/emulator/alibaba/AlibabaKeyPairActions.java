package dev.keypairs.emulator.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.store.AlibabaDeleteKeyPairsRequest;
import dev.keypairs.store.AlibabaDescribeKeyPairsRequest;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ECS actions on key pairs themselves, each read from the wire, handed to the store and answered in the
 * shape of the official definitions: ImportKeyPair, CreateKeyPair, DescribeKeyPairs, DeleteKeyPairs; and
 * DescribeRegions.
 */
final class AlibabaKeyPairActions {

    /** How DescribeKeyPairs answers {@code CreationTime}: UTC to the minute, as ECS does. */
    private static final DateTimeFormatter CREATION_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final KeyPairStore store;
    private final RegionCatalogue regions;

    AlibabaKeyPairActions(KeyPairStore store, RegionCatalogue regions) {
        this.store = store;
        this.regions = regions;
    }

    ObjectNode importKeyPair(AlibabaParameters parameters) throws WireException, StoreException {
        ImportKeyPairResponse response = store.importKeyPair(AlibabaKeyPairRequest.importing(
                parameters.text("RegionId"), parameters.text("KeyPairName"), parameters.text("PublicKeyBody"),
                parameters.tags(), parameters.text("ResourceGroupId")));
        ObjectNode body = AlibabaEcsApi.acknowledgement(response.requestId());
        body.put("KeyPairName", response.keyPairName());
        body.put("KeyPairFingerPrint", response.keyPairFingerPrint());
        return body;
    }

    /** CreateKeyPair: with the {@code KeyPairId} the store gave the new key pair, which no other action answers. */
    ObjectNode createKeyPair(AlibabaParameters parameters) throws WireException, StoreException {
        CreateKeyPairResponse response = store.createKeyPair(AlibabaKeyPairRequest.creating(
                parameters.text("RegionId"), parameters.text("KeyPairName"), parameters.tags(),
                parameters.text("ResourceGroupId")));
        ObjectNode body = AlibabaEcsApi.acknowledgement(response.requestId());
        body.put("KeyPairName", response.keyPairName());
        if (response.keyId() != null) {
            body.put("KeyPairId", response.keyId());
        }
        body.put("KeyPairFingerPrint", response.keyPairFingerPrint());
        body.put("PrivateKeyBody", new String(response.privateKeyBody().pemBytes(), StandardCharsets.US_ASCII));
        return body;
    }

    ObjectNode describeKeyPairs(AlibabaParameters parameters) throws WireException, StoreException {
        boolean includePublicKey = parameters.bool("IncludePublicKey", false);
        DescribeKeyPairsResponse response = store.describeKeyPairs(new AlibabaDescribeKeyPairsRequest(
                parameters.text("RegionId"), parameters.text("KeyPairName"), parameters.text("KeyPairFingerPrint"),
                parameters.text("ResourceGroupId"), parameters.tags(), includePublicKey,
                parameters.integer("PageNumber"), parameters.integer("PageSize")));
        ObjectNode body = AlibabaEcsApi.acknowledgement(response.requestId());
        body.put("TotalCount", response.totalCount());
        body.put("PageNumber", response.pageNumber());
        body.put("PageSize", response.pageSize());
        ArrayNode keyPairs = body.putObject("KeyPairs").putArray("KeyPair");
        for (StoredKeyPair keyPair : response.keyPairs()) {
            ObjectNode item = keyPairs.addObject();
            item.put("KeyPairName", keyPair.name());
            item.put("KeyPairFingerPrint", keyPair.fingerprint());
            item.put("CreationTime", CREATION_TIME.format(keyPair.createdAt().truncatedTo(ChronoUnit.MINUTES)));
            item.put("ResourceGroupId", keyPair.resourceGroupId() == null ? "" : keyPair.resourceGroupId());
            if (includePublicKey && keyPair.publicKey() != null) {
                item.put("PublicKey", keyPair.publicKey());
            }
            ArrayNode tags = item.putObject("Tags").putArray("Tag");
            keyPair.tags().forEach((key, value) -> tags.addObject().put("TagKey", key).put("TagValue", value));
        }
        return body;
    }

    ObjectNode deleteKeyPairs(AlibabaParameters parameters) throws WireException, StoreException {
        String names = parameters.required("KeyPairNames");
        JsonNode array;
        try {
            array = Documents.readJson(names);
        } catch (WireException notJson) {
            array = null;
        }
        List<String> keyPairNames = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode name : array) {
                if (!name.isTextual()) {
                    array = null;
                    break;
                }
                keyPairNames.add(name.asText());
            }
        }
        if (array == null || !array.isArray()) {
            throw new WireException(ProtocolCode.KEY_PAIR_NAMES_NOT_SUPPORTED, "The specified parameter KeyPairNames"
                    + " is not valid: it takes a JSON array of key pair names, such as [\"deploy\",\"ci\"].");
        }
        return AlibabaEcsApi.acknowledgement(store.deleteKeyPairs(new AlibabaDeleteKeyPairsRequest(
                parameters.text("RegionId"), keyPairNames)).requestId());
    }

    ObjectNode describeRegions() {
        ObjectNode body = AlibabaEcsApi.acknowledgement(AlibabaEcsApi.newRequestId());
        ArrayNode list = body.putObject("Regions").putArray("Region");
        for (Region region : regions.regions()) {
            list.addObject().put("RegionId", region.id()).put("LocalName", region.displayName())
                    .put("RegionEndpoint", "ecs." + region.id() + ".aliyuncs.com").put("Status", "available");
        }
        return body;
    }
}
