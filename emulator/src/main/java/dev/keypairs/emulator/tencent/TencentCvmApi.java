package dev.keypairs.emulator.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.auth.AccessKey;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.Permissions;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TencentDeleteKeyPairsRequest;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Tencent Cloud CVM (2017-03-12) key pair actions over a store: ImportKeyPair, CreateKeyPair, DescribeKeyPairs,
 * DeleteKeyPairs and DescribeRegions. Every answer, errors included, is HTTP 200 in the {@code Response}
 * envelope, as the SDKs require. Each instance serves the requests of one signature scheme, the HTTP layer's
 * routing having chosen it: the scheme decides where the action, version and region are read (TC3's
 * {@code X-TC-*} headers, or signature version 1's parameters).
 */
public final class TencentCvmApi implements ProviderApi {

    /** The API version served. */
    public static final String VERSION = "2017-03-12";

    private final KeyPairStore store;
    private final RegionCatalogue regions;
    private final Authenticator authenticator;
    private final boolean signedV1;
    private final BiConsumer<String, Throwable> internalErrors;

    /**
     * @param store the store every action reads and writes
     * @param regions the regions DescribeRegions lists (the store knows the same)
     * @param authenticator checks each request's signature
     * @param scheme the scheme of the requests this API is handed: {@link SignatureScheme#TC3_HMAC_SHA256}, or
     *     either of signature version 1's
     * @param internalErrors told of every failure of the emulator itself, with the RequestId answered
     * @throws IllegalArgumentException for a scheme that is not Tencent's
     */
    public TencentCvmApi(KeyPairStore store, RegionCatalogue regions, Authenticator authenticator,
            SignatureScheme scheme, BiConsumer<String, Throwable> internalErrors) {
        if (Objects.requireNonNull(scheme, "scheme").provider() != Provider.TENCENT) {
            throw new IllegalArgumentException(scheme + " is not a Tencent Cloud scheme");
        }
        this.signedV1 = scheme.isTencentV1();
        this.store = Objects.requireNonNull(store, "store");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.internalErrors = Objects.requireNonNull(internalErrors, "internalErrors");
    }

    @Override
    public WireResponse answer(WireRequest request) {
        try {
            if (!request.method().equals("GET") && !request.method().equals("POST")) {
                throw new WireException(ProtocolCode.UNSUPPORTED_METHOD, "The HTTP method " + request.method()
                        + " is not supported: the API takes POST with a JSON body, or GET.");
            }
            if (!request.path().equals("/")) {
                throw new WireException(ProtocolCode.UNKNOWN_ACTION, "The path " + request.path()
                        + " is not served: the API is at /.");
            }
            // Version 1 signs the parameters, so reads them first; TC3 reads them once its signature holds.
            Parameters flat = signedV1 ? flat(request) : null;
            AccessKey key = signedV1 ? authenticator.verifyTencentV1(request, flat) : authenticator.verifyTencent(request);
            String action = common(request, flat, "Action");
            String version = common(request, flat, "Version");
            if (!version.equals(VERSION)) {
                throw new WireException(ProtocolCode.NO_SUCH_VERSION, "The requested version " + version
                        + " is not served: the emulator serves CVM " + VERSION + ".");
            }
            CvmAction served = CvmAction.of(action).orElseThrow(() -> new WireException(ProtocolCode.UNKNOWN_ACTION,
                    "The requested action " + action + " does not exist: CVM as the emulator serves it has the key"
                            + " pair actions and DescribeRegions."));
            if (!signedV1 && (request.method().equals("GET") || request.hasFormBody())) {
                flat = flat(request);
            }
            TencentParameters parameters = flat != null ? TencentParameters.flattened(flat, served)
                    : TencentParameters.json(request.bodyText(), served);
            String region = signedV1 ? flat.orNull("Region") : request.header("x-tc-region").orElse(null);
            Permissions.require(key, action);
            return success(perform(served, region, parameters));
        } catch (WireException refusal) {
            return error(refusal.code().code(Provider.TENCENT), refusal.getMessage(), newRequestId());
        } catch (ApiErrorException refusal) {
            return error(refusal.error().code().code(), refusal.error().message(), refusal.requestId());
        } catch (StoreUnavailableException unavailable) {
            String requestId = newRequestId();
            internalErrors.accept(requestId, unavailable);
            return error(ProtocolCode.UNAVAILABLE.code(Provider.TENCENT),
                    "The request has failed due to a temporary failure of the server; retry.", requestId);
        } catch (StoreException | RuntimeException failure) {
            String requestId = newRequestId();
            internalErrors.accept(requestId, failure);
            return error(ProtocolCode.INTERNAL.code(Provider.TENCENT), "Internal error; retry.", requestId);
        }
    }

    @Override
    public WireResponse refuse(WireRequest request, WireException refusal) {
        return error(refusal.code().code(Provider.TENCENT), refusal.getMessage(), newRequestId());
    }

    /** The parameters of the query and of a form body together. */
    private static Parameters flat(WireRequest request) throws WireException {
        return Parameters.parse(request.rawQuery()).with(request.hasFormBody() ? request.bodyText() : "");
    }

    /** A common parameter: TC3's {@code X-TC-} header, or signature version 1's parameter of that name. */
    private String common(WireRequest request, Parameters flat, String name) throws WireException {
        String where = signedV1 ? "parameter " + name : "header X-TC-" + name;
        return (signedV1 ? flat.get(name) : request.header("X-TC-" + name)).filter(value -> !value.isBlank())
                .orElseThrow(() -> new WireException(ProtocolCode.MISSING_PARAMETER, "The " + where + " is missing."));
    }

    private ObjectNode perform(CvmAction action, String region, TencentParameters parameters)
            throws WireException, StoreException {
        return switch (action) {
            case IMPORT_KEY_PAIR -> {
                // TagSpecification is read and checked; the key pair's tags are not kept yet (semantics.md).
                parameters.tagSpecifications();
                ImportKeyPairResponse imported = store.importKeyPair(TencentKeyPairRequest.importing(region,
                        parameters.text("KeyName"), parameters.text("PublicKey"), parameters.integer("ProjectId")));
                yield result(imported.requestId()).put("KeyId", imported.keyId());
            }
            case CREATE_KEY_PAIR -> createKeyPair(region, parameters);
            case DESCRIBE_KEY_PAIRS -> describeKeyPairs(region, parameters);
            case DELETE_KEY_PAIRS -> result(store.deleteKeyPairs(new TencentDeleteKeyPairsRequest(region,
                    parameters.texts("KeyIds"))).requestId());
            case DESCRIBE_REGIONS -> describeRegions();
        };
    }

    private ObjectNode createKeyPair(String region, TencentParameters parameters) throws WireException, StoreException {
        Long projectId = parameters.integer("ProjectId");
        parameters.tagSpecifications();
        CreateKeyPairResponse created = store.createKeyPair(TencentKeyPairRequest.creating(region,
                parameters.text("KeyName"), projectId));
        // Answered from the create's own response: a second call could fail after the key pair exists, and its
        // private key, returned once, would be lost.
        ObjectNode body = result(created.requestId());
        ObjectNode keyPair = body.putObject("KeyPair");
        writeKeyPair(keyPair, new StoredKeyPair(Provider.TENCENT, region, created.keyPairName(), created.publicKey(),
                created.keyPairFingerPrint(), created.keyId(), Map.of(), null, projectId, created.createdAt()));
        keyPair.put("PrivateKey", new String(created.privateKeyBody().pemBytes(), StandardCharsets.US_ASCII));
        return body;
    }

    private ObjectNode describeKeyPairs(String region, TencentParameters parameters)
            throws WireException, StoreException {
        DescribeKeyPairsResponse response = store.describeKeyPairs(new TencentDescribeKeyPairsRequest(region,
                parameters.texts("KeyIds"), parameters.filters(), parameters.clampedInteger("Offset"),
                parameters.clampedInteger("Limit")));
        ObjectNode body = result(response.requestId());
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
        item.put("Description", "");
        if (keyPair.publicKey() != null) {
            // The KeyId as the key's comment, as the cloud answers (and Terraform's data source drops the last word).
            item.put("PublicKey", keyPair.publicKey() + " " + keyPair.keyId());
        }
        item.putArray("AssociatedInstanceIds");
        item.put("CreatedTime", DateTimeFormatter.ISO_INSTANT.format(keyPair.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        item.putArray("Tags");
    }

    private ObjectNode describeRegions() {
        ObjectNode body = result(newRequestId());
        body.put("TotalCount", regions.regions().size());
        ArrayNode set = body.putArray("RegionSet");
        for (Region region : regions.regions()) {
            set.addObject().put("Region", region.id()).put("RegionName", region.displayName())
                    .put("RegionState", "AVAILABLE");
        }
        return body;
    }

    /** A result that carries the RequestId of the store's answer; the envelope puts it last, as CVM does. */
    private static ObjectNode result(String requestId) {
        ObjectNode result = Documents.object();
        result.put("RequestId", requestId);
        return result;
    }

    private static WireResponse success(ObjectNode result) {
        String requestId = result.remove("RequestId").asText();
        result.put("RequestId", requestId);
        ObjectNode envelope = Documents.object();
        envelope.set("Response", result);
        return new WireResponse(200, WireResponse.PLAIN_JSON, Documents.json(envelope), requestId, null);
    }

    private static WireResponse error(String code, String message, String requestId) {
        ObjectNode envelope = Documents.object();
        ObjectNode response = envelope.putObject("Response");
        response.putObject("Error").put("Code", code).put("Message", message);
        response.put("RequestId", requestId);
        return new WireResponse(200, WireResponse.PLAIN_JSON, Documents.json(envelope), requestId, code);
    }

    /** A RequestId in the form the account model answers with. */
    private static String newRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
