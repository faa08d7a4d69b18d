package dev.keypairs.emulator.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.wire.CallGate;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.ModifyKeyPairAttributeRequest;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TencentDeleteKeyPairsRequest;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Tencent Cloud CVM (2017-03-12) key pair actions over the store of each call's account: ImportKeyPair and
 * CreateKeyPair (with the tags of their {@code TagSpecification}), DescribeKeyPairs (with each key pair's
 * {@code Tags} and {@code Description}), DeleteKeyPairs, ModifyKeyPairAttribute and DescribeRegions. Each instance
 * serves the requests of one signature scheme, the HTTP layer's routing having chosen it; the envelope is
 * {@link TencentEnvelope}'s.
 */
public final class TencentCvmApi implements ProviderApi {

    /** The API version served. */
    public static final String VERSION = "2017-03-12";

    /** The actions served, as the wire names them: what a fault rule may name for Tencent Cloud. */
    public static final Set<String> ACTIONS = Arrays.stream(CvmAction.values()).map(CvmAction::wireName)
            .collect(Collectors.toUnmodifiableSet());

    private final RegionCatalogue regions;
    private final TencentEnvelope envelope;

    /**
     * @param accounts the accounts whose stores the actions read and write: each call its key's
     * @param regions the regions DescribeRegions lists (the store knows the same)
     * @param authenticator checks each request's signature
     * @param scheme the scheme of the requests this API is handed: {@link SignatureScheme#TC3_HMAC_SHA256}, or
     *     either of signature version 1's
     * @param internalErrors told of every failure of the emulator itself, with the RequestId answered
     * @throws IllegalArgumentException for a scheme that is not Tencent's
     */
    public TencentCvmApi(Accounts accounts, RegionCatalogue regions, Authenticator authenticator,
            SignatureScheme scheme, BiConsumer<String, Throwable> internalErrors) {
        this(accounts, regions, authenticator, scheme, internalErrors, CallGate.OPEN);
    }

    /**
     * An API whose verified calls of served actions pass a gate (the fault rules) before they run.
     *
     * @param gate what each verified call of a served action passes before it runs
     */
    public TencentCvmApi(Accounts accounts, RegionCatalogue regions, Authenticator authenticator,
            SignatureScheme scheme, BiConsumer<String, Throwable> internalErrors, CallGate gate) {
        this.envelope = new TencentEnvelope(accounts, authenticator, scheme, internalErrors, gate);
        this.regions = Objects.requireNonNull(regions, "regions");
    }

    @Override
    public WireResponse answer(WireRequest request) {
        return envelope.answer(request, new Cvm());
    }

    @Override
    public WireResponse refuse(WireRequest request, WireException refusal) {
        return envelope.refuse(refusal);
    }

    /** CVM as the envelope serves it: its version and its actions. */
    private final class Cvm implements TencentEnvelope.Product<CvmAction> {

        @Override
        public String name() {
            return "CVM";
        }

        @Override
        public String version() {
            return VERSION;
        }

        @Override
        public Optional<CvmAction> action(String wireName) {
            return CvmAction.of(wireName);
        }

        @Override
        public String serves() {
            return "the key pair actions and DescribeRegions";
        }

        @Override
        public ObjectNode perform(CvmAction action, String region, TencentParameters parameters, KeyPairStore store)
                throws WireException, StoreException {
            return TencentCvmApi.this.perform(action, region, parameters, store);
        }
    }

    private ObjectNode perform(CvmAction action, String region, TencentParameters parameters, KeyPairStore store)
            throws WireException, StoreException {
        return switch (action) {
            case IMPORT_KEY_PAIR -> {
                ImportKeyPairResponse imported = store.importKeyPair(TencentKeyPairRequest.importing(region,
                        parameters.text("KeyName"), parameters.text("PublicKey"), parameters.integer("ProjectId"),
                        parameters.tagSpecifications()));
                yield TencentEnvelope.result(imported.requestId()).put("KeyId", imported.keyId());
            }
            case CREATE_KEY_PAIR -> createKeyPair(region, parameters, store);
            case DESCRIBE_KEY_PAIRS -> describeKeyPairs(region, parameters, store);
            case DELETE_KEY_PAIRS -> TencentEnvelope.result(store.deleteKeyPairs(new TencentDeleteKeyPairsRequest(
                    region, parameters.texts("KeyIds"))).requestId());
            case MODIFY_KEY_PAIR_ATTRIBUTE -> TencentEnvelope.result(store.modifyKeyPairAttribute(
                    new ModifyKeyPairAttributeRequest(region, parameters.text("KeyId"), parameters.text("KeyName"),
                            parameters.text("Description"))).requestId());
            case DESCRIBE_REGIONS -> describeRegions();
        };
    }

    private ObjectNode createKeyPair(String region, TencentParameters parameters, KeyPairStore store)
            throws WireException, StoreException {
        Long projectId = parameters.integer("ProjectId");
        List<Tag> tags = parameters.tagSpecifications();
        CreateKeyPairResponse created = store.createKeyPair(TencentKeyPairRequest.creating(region,
                parameters.text("KeyName"), projectId, tags));
        // Answered from the create's own response: a second call could fail after the key pair exists, and its
        // private key, returned once, would be lost.
        Map<String, String> tagMap = new TreeMap<>();
        tags.forEach(tag -> tagMap.put(tag.key(), tag.value()));
        ObjectNode body = TencentEnvelope.result(created.requestId());
        ObjectNode keyPair = body.putObject("KeyPair");
        writeKeyPair(keyPair, new StoredKeyPair(Provider.TENCENT, region, created.keyPairName(), created.publicKey(),
                created.keyPairFingerPrint(), created.keyId(), tagMap, null, projectId, created.createdAt()));
        keyPair.put("PrivateKey", new String(created.privateKeyBody().pemBytes(), StandardCharsets.US_ASCII));
        return body;
    }

    private ObjectNode describeKeyPairs(String region, TencentParameters parameters, KeyPairStore store)
            throws WireException, StoreException {
        DescribeKeyPairsResponse response = store.describeKeyPairs(new TencentDescribeKeyPairsRequest(region,
                parameters.texts("KeyIds"), parameters.filters(), parameters.clampedInteger("Offset"),
                parameters.clampedInteger("Limit")));
        ObjectNode body = TencentEnvelope.result(response.requestId());
        body.put("TotalCount", response.totalCount());
        ArrayNode set = body.putArray("KeyPairSet");
        for (StoredKeyPair keyPair : response.keyPairs()) {
            writeKeyPair(set.addObject(), keyPair);
        }
        return body;
    }

    private static void writeKeyPair(ObjectNode item, StoredKeyPair keyPair) {
        item.put("KeyId", keyPair.keyId());
        item.put("KeyName", keyPair.name());
        item.put("ProjectId", keyPair.projectId() == null ? 0L : keyPair.projectId());
        item.put("Description", keyPair.description() == null ? "" : keyPair.description());
        if (keyPair.publicKey() != null) {
            // The KeyId as the key's comment, as the cloud answers (and Terraform's data source drops the last word).
            item.put("PublicKey", keyPair.publicKey() + " " + keyPair.keyId());
        }
        ArrayNode instances = item.putArray("AssociatedInstanceIds");
        keyPair.associatedInstanceIds().forEach(instances::add);
        item.put("CreatedTime", DateTimeFormatter.ISO_INSTANT.format(keyPair.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        ArrayNode tags = item.putArray("Tags");
        keyPair.tags().forEach((key, value) -> tags.addObject().put("Key", key).put("Value", value));
    }

    private ObjectNode describeRegions() {
        ObjectNode body = TencentEnvelope.result(TencentEnvelope.newRequestId());
        body.put("TotalCount", regions.regions().size());
        ArrayNode set = body.putArray("RegionSet");
        for (Region region : regions.regions()) {
            set.addObject().put("Region", region.id()).put("RegionName", region.displayName())
                    .put("RegionState", "AVAILABLE");
        }
        return body;
    }
}
