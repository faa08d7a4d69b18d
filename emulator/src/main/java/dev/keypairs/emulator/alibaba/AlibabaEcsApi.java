package dev.keypairs.emulator.alibaba;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.store.AlibabaDeleteKeyPairsRequest;
import dev.keypairs.store.AlibabaDescribeKeyPairsRequest;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.JoinResourceGroupRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Alibaba Cloud ECS (RPC, 2014-05-26) key pair actions over a store: ImportKeyPair, CreateKeyPair,
 * DescribeKeyPairs, DeleteKeyPairs, TagResources, UntagResources, JoinResourceGroup and DescribeRegions.
 * Each instance serves the requests of one signature scheme, the HTTP layer's routing having chosen it: the
 * scheme decides where the action and version are read (parameters, or ACS3's headers).
 */
public final class AlibabaEcsApi implements ProviderApi {

    /** The API version served. */
    public static final String VERSION = "2014-05-26";

    /** How DescribeKeyPairs answers {@code CreationTime}: UTC to the minute, as ECS does. */
    private static final DateTimeFormatter CREATION_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final KeyPairStore store;
    private final RegionCatalogue regions;
    private final Authenticator authenticator;
    private final SignatureScheme scheme;
    private final BiConsumer<String, Throwable> internalErrors;

    /**
     * @param store the store every action reads and writes
     * @param regions the regions DescribeRegions lists (the store knows the same)
     * @param authenticator checks each request's signature
     * @param scheme the scheme of the requests this API is handed ({@link SignatureScheme#HMAC_SHA1} or
     *     {@link SignatureScheme#ACS3_HMAC_SHA256}): the HTTP layer routes each request by the one it claims
     * @param internalErrors told of every failure of the emulator itself, with the RequestId answered
     * @throws IllegalArgumentException for a scheme that is not Alibaba's
     */
    public AlibabaEcsApi(KeyPairStore store, RegionCatalogue regions, Authenticator authenticator,
            SignatureScheme scheme, BiConsumer<String, Throwable> internalErrors) {
        this.store = Objects.requireNonNull(store, "store");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        if (Objects.requireNonNull(scheme, "scheme").provider() != Provider.ALIBABA) {
            throw new IllegalArgumentException(scheme + " is not an Alibaba Cloud scheme");
        }
        this.scheme = scheme;
        this.internalErrors = Objects.requireNonNull(internalErrors, "internalErrors");
    }

    @Override
    public WireResponse answer(WireRequest request) {
        boolean xml = false;
        try {
            if (!request.method().equals("GET") && !request.method().equals("POST")) {
                throw new WireException(ProtocolCode.UNSUPPORTED_METHOD, "The HTTP method " + request.method()
                        + " is not supported: the RPC API takes GET or POST.");
            }
            Parameters query = Parameters.parse(request.rawQuery());
            Parameters all = request.hasFormBody()
                    ? query.with(new String(request.body(), StandardCharsets.UTF_8)) : query;
            xml = all.get("Format").map(format -> format.equalsIgnoreCase("XML")).orElse(false);
            if (!request.path().equals("/")) {
                throw new WireException(ProtocolCode.UNKNOWN_ACTION, "The path " + request.path()
                        + " is not served: the RPC API is at /.");
            }
            AccessKey key = authenticator.verifyAlibaba(scheme, request, query, all);
            // ACS3 carries the action and version in headers, the classic signature in parameters.
            boolean acs3 = scheme == SignatureScheme.ACS3_HMAC_SHA256;
            AlibabaParameters parameters = new AlibabaParameters(all);
            String action = acs3 ? requiredHeader(request, "x-acs-action") : parameters.required("Action");
            String version = acs3 ? requiredHeader(request, "x-acs-version") : parameters.required("Version");
            if (!version.equals(VERSION)) {
                throw new WireException(ProtocolCode.UNKNOWN_ACTION, "Specified api is not found, please check your"
                        + " url and method: the emulator serves ECS " + VERSION + ", not " + version + ".");
            }
            Permissions.require(key, action);
            ObjectNode body = perform(action, parameters);
            return success(action, body, xml);
        } catch (WireException refusal) {
            return error(request, refusal.code().code(Provider.ALIBABA), refusal.code().alibabaHttpStatus(),
                    refusal.getMessage(), newRequestId(), xml);
        } catch (ApiErrorException refusal) {
            ApiError error = refusal.error();
            return error(request, error.code().code(), error.httpStatus().orElse(400), error.message(),
                    refusal.requestId(), xml);
        } catch (StoreUnavailableException unavailable) {
            String requestId = newRequestId();
            internalErrors.accept(requestId, unavailable);
            return error(request, ProtocolCode.UNAVAILABLE.code(Provider.ALIBABA),
                    ProtocolCode.UNAVAILABLE.alibabaHttpStatus(),
                    "The request has failed due to a temporary failure of the server.", requestId, xml);
        } catch (StoreException | RuntimeException failure) {
            String requestId = newRequestId();
            internalErrors.accept(requestId, failure);
            return error(request, ProtocolCode.INTERNAL.code(Provider.ALIBABA), ProtocolCode.INTERNAL.alibabaHttpStatus(),
                    "The request processing has failed due to some unknown error.", requestId, xml);
        }
    }

    private static String requiredHeader(WireRequest request, String name) throws WireException {
        return request.header(name).filter(value -> !value.isBlank()).orElseThrow(() -> new WireException(
                ProtocolCode.MISSING_PARAMETER, "The input header " + name
                        + " that is mandatory for processing this request is not supplied."));
    }

    @Override
    public WireResponse refuse(WireRequest request, WireException refusal) {
        return error(request, refusal.code().code(Provider.ALIBABA), refusal.code().alibabaHttpStatus(),
                refusal.getMessage(), newRequestId(), asksForXml(request));
    }

    /** Whether the query asks for XML; the body, unread here, cannot be asked. */
    private static boolean asksForXml(WireRequest request) {
        try {
            return Parameters.parse(request.rawQuery()).get("Format").map(format -> format.equalsIgnoreCase("XML"))
                    .orElse(false);
        } catch (WireException unreadable) {
            return false;
        }
    }

    private ObjectNode perform(String action, AlibabaParameters parameters) throws WireException, StoreException {
        return switch (action) {
            case "ImportKeyPair" -> importKeyPair(parameters);
            case "CreateKeyPair" -> createKeyPair(parameters);
            case "DescribeKeyPairs" -> describeKeyPairs(parameters);
            case "DeleteKeyPairs" -> deleteKeyPairs(parameters);
            case "TagResources" -> tagResources(parameters);
            case "UntagResources" -> untagResources(parameters);
            case "JoinResourceGroup" -> joinResourceGroup(parameters);
            case "DescribeRegions" -> describeRegions();
            default -> throw new WireException(ProtocolCode.UNKNOWN_ACTION, "Specified api is not found, please check"
                    + " your url and method: ECS " + VERSION + " as the emulator serves it has no action " + action
                    + " (it serves the key pair actions and DescribeRegions).");
        };
    }

    private ObjectNode importKeyPair(AlibabaParameters parameters) throws WireException, StoreException {
        ImportKeyPairResponse response = store.importKeyPair(AlibabaKeyPairRequest.importing(
                parameters.text("RegionId"), parameters.text("KeyPairName"), parameters.text("PublicKeyBody"),
                parameters.tags(), parameters.text("ResourceGroupId")));
        ObjectNode body = Documents.object();
        body.put("RequestId", response.requestId());
        body.put("KeyPairName", response.keyPairName());
        body.put("KeyPairFingerPrint", response.keyPairFingerPrint());
        return body;
    }

    private ObjectNode createKeyPair(AlibabaParameters parameters) throws WireException, StoreException {
        CreateKeyPairResponse response = store.createKeyPair(AlibabaKeyPairRequest.creating(
                parameters.text("RegionId"), parameters.text("KeyPairName"), parameters.tags(),
                parameters.text("ResourceGroupId")));
        ObjectNode body = Documents.object();
        body.put("RequestId", response.requestId());
        body.put("KeyPairName", response.keyPairName());
        body.put("KeyPairFingerPrint", response.keyPairFingerPrint());
        body.put("PrivateKeyBody", new String(response.privateKeyBody().pemBytes(), StandardCharsets.US_ASCII));
        return body;
    }

    private ObjectNode describeKeyPairs(AlibabaParameters parameters) throws WireException, StoreException {
        boolean includePublicKey = parameters.bool("IncludePublicKey", false);
        DescribeKeyPairsResponse response = store.describeKeyPairs(new AlibabaDescribeKeyPairsRequest(
                parameters.text("RegionId"), parameters.text("KeyPairName"), parameters.text("KeyPairFingerPrint"),
                parameters.text("ResourceGroupId"), parameters.tags(), includePublicKey,
                parameters.integer("PageNumber"), parameters.integer("PageSize")));
        ObjectNode body = Documents.object();
        body.put("RequestId", response.requestId());
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

    private ObjectNode deleteKeyPairs(AlibabaParameters parameters) throws WireException, StoreException {
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
        return acknowledgement(store.deleteKeyPairs(new AlibabaDeleteKeyPairsRequest(parameters.text("RegionId"),
                keyPairNames)).requestId());
    }

    private ObjectNode tagResources(AlibabaParameters parameters) throws WireException, StoreException {
        requireKeyPairResources(parameters);
        return acknowledgement(store.tagResources(new TagResourcesRequest(parameters.text("RegionId"),
                parameters.list("ResourceId"), parameters.tags())).requestId());
    }

    private ObjectNode untagResources(AlibabaParameters parameters) throws WireException, StoreException {
        requireKeyPairResources(parameters);
        return acknowledgement(store.untagResources(new UntagResourcesRequest(parameters.text("RegionId"),
                parameters.list("ResourceId"), parameters.list("TagKey"), parameters.bool("All", false))).requestId());
    }

    private ObjectNode joinResourceGroup(AlibabaParameters parameters) throws WireException, StoreException {
        requireKeyPairResources(parameters);
        return acknowledgement(store.joinResourceGroup(new JoinResourceGroupRequest(parameters.text("RegionId"),
                parameters.text("ResourceId"), parameters.text("ResourceGroupId"))).requestId());
    }

    private static void requireKeyPairResources(AlibabaParameters parameters) throws WireException {
        String type = parameters.required("ResourceType");
        if (!type.equalsIgnoreCase("keypair")) {
            throw new WireException(ProtocolCode.INVALID_PARAMETER_VALUE, "The specified parameter ResourceType '"
                    + type + "' is not served: the emulator holds key pairs only (ResourceType=keypair).");
        }
    }

    private ObjectNode describeRegions() {
        ObjectNode body = acknowledgement(newRequestId());
        ArrayNode list = body.putObject("Regions").putArray("Region");
        for (Region region : regions.regions()) {
            list.addObject().put("RegionId", region.id()).put("LocalName", region.displayName())
                    .put("RegionEndpoint", "ecs." + region.id() + ".aliyuncs.com").put("Status", "available");
        }
        return body;
    }

    private static ObjectNode acknowledgement(String requestId) {
        ObjectNode body = Documents.object();
        body.put("RequestId", requestId);
        return body;
    }

    private static WireResponse success(String action, ObjectNode body, boolean xml) {
        String requestId = body.path("RequestId").asText();
        return xml ? new WireResponse(200, WireResponse.XML, Documents.xml(action + "Response", body), requestId, null)
                : new WireResponse(200, WireResponse.JSON, Documents.json(body), requestId, null);
    }

    private static WireResponse error(WireRequest request, String code, int status, String message, String requestId,
            boolean xml) {
        ObjectNode body = Documents.object();
        body.put("RequestId", requestId);
        body.put("HostId", request.header("host").orElse(""));
        body.put("Code", code);
        body.put("Message", message);
        body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code);
        return xml ? new WireResponse(status, WireResponse.XML, Documents.xml("Error", body), requestId, code)
                : new WireResponse(status, WireResponse.JSON, Documents.json(body), requestId, code);
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
