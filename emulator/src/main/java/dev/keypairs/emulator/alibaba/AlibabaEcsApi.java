package dev.keypairs.emulator.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.auth.AccessKey;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.Permissions;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.wire.CallFacts;
import dev.keypairs.emulator.wire.CallGate;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Alibaba Cloud ECS (RPC, 2014-05-26) key pair actions over a store: ImportKeyPair, CreateKeyPair,
 * DescribeKeyPairs, DeleteKeyPairs ({@link AlibabaKeyPairActions}), TagResources, UntagResources,
 * ListTagResources, JoinResourceGroup ({@link AlibabaResourceActions}), DescribeRegions and DescribeInstances (an
 * account without instances, {@link AlibabaInstanceActions}). This class is the
 * envelope: method, path, signature, action and version, permissions, and answers and errors in JSON or XML, each
 * error with the HTTP status its code has at the action ({@link ApiError#httpStatus()}). Each instance serves the
 * requests of one signature scheme, the HTTP layer's routing having chosen it: the scheme decides where the
 * action and version are read (parameters, or ACS3's headers).
 */
public final class AlibabaEcsApi implements ProviderApi {

    /** The API version served. */
    public static final String VERSION = "2014-05-26";

    /** The actions served, as the wire names them: what a fault rule may name for Alibaba Cloud. */
    public static final Set<String> ACTIONS = Set.of("ImportKeyPair", "CreateKeyPair", "DescribeKeyPairs",
            "DeleteKeyPairs", "TagResources", "UntagResources", "ListTagResources", "JoinResourceGroup",
            "DescribeRegions", "DescribeInstances");

    private final Accounts accounts;
    private final AlibabaRules rules;
    private final AlibabaInstanceActions instances;
    private final Authenticator authenticator;
    private final CallGate gate;
    private final SignatureScheme scheme;
    private final BiConsumer<String, Throwable> internalErrors;

    /**
     * @param accounts the accounts whose stores the actions read and write: each call its key's
     * @param rules Alibaba's rules, with the regions DescribeRegions lists (the store knows the same)
     * @param authenticator checks each request's signature
     * @param scheme the scheme of the requests this API is handed ({@link SignatureScheme#HMAC_SHA1} or
     *     {@link SignatureScheme#ACS3_HMAC_SHA256}): the HTTP layer routes each request by the one it claims
     * @param internalErrors told of every failure of the emulator itself, with the RequestId answered
     * @throws IllegalArgumentException for a scheme that is not Alibaba's
     */
    public AlibabaEcsApi(Accounts accounts, AlibabaRules rules, Authenticator authenticator,
            SignatureScheme scheme, BiConsumer<String, Throwable> internalErrors) {
        this(accounts, rules, authenticator, scheme, internalErrors, CallGate.OPEN);
    }

    /**
     * An API whose verified calls of served actions pass a gate (the fault rules) before they run.
     *
     * @param gate what each verified call of a served action passes before it runs
     * @see #AlibabaEcsApi(Accounts, AlibabaRules, Authenticator, SignatureScheme, BiConsumer)
     */
    public AlibabaEcsApi(Accounts accounts, AlibabaRules rules, Authenticator authenticator,
            SignatureScheme scheme, BiConsumer<String, Throwable> internalErrors, CallGate gate) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.instances = new AlibabaInstanceActions(rules);
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
        CallFacts call = CallFacts.unread(Provider.ALIBABA);
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
            call = new CallFacts(Provider.ALIBABA, action, all.get("RegionId").orElse(null), key.id(),
                    accounts.of(key).name());
            String version = acs3 ? requiredHeader(request, "x-acs-version") : parameters.required("Version");
            if (!version.equals(VERSION)) {
                throw new WireException(ProtocolCode.UNKNOWN_ACTION, "Specified api is not found, please check your"
                        + " url and method: the emulator serves ECS " + VERSION + ", not " + version + ".");
            }
            if (ACTIONS.contains(action)) {
                gate.admit(call);
            }
            Permissions.require(key, action);
            ObjectNode body = accounts.serve(key, store -> perform(action, parameters, store));
            return success(action, body, xml, call);
        } catch (WireException refusal) {
            return error(request, refusal.code().code(Provider.ALIBABA), refusal.code().alibabaHttpStatus(),
                    refusal.getMessage(), newRequestId(), xml, call);
        } catch (ApiErrorException refusal) {
            ApiError error = refusal.error();
            return error(request, error.code().code(), error.httpStatus().orElse(400), error.message(),
                    refusal.requestId(), xml, call);
        } catch (StoreUnavailableException unavailable) {
            String requestId = newRequestId();
            internalErrors.accept(requestId, unavailable);
            return error(request, ProtocolCode.UNAVAILABLE.code(Provider.ALIBABA),
                    ProtocolCode.UNAVAILABLE.alibabaHttpStatus(),
                    "The request has failed due to a temporary failure of the server.", requestId, xml, call);
        } catch (StoreException | RuntimeException failure) {
            String requestId = newRequestId();
            internalErrors.accept(requestId, failure);
            return error(request, ProtocolCode.INTERNAL.code(Provider.ALIBABA), ProtocolCode.INTERNAL.alibabaHttpStatus(),
                    "The request processing has failed due to some unknown error.", requestId, xml, call);
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
                refusal.getMessage(), newRequestId(), asksForXml(request), CallFacts.unread(Provider.ALIBABA));
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

    /** An action on the store of the key's account. */
    private ObjectNode perform(String action, AlibabaParameters parameters, KeyPairStore store)
            throws WireException, StoreException {
        AlibabaKeyPairActions keyPairs = new AlibabaKeyPairActions(store, rules.regions());
        AlibabaResourceActions resources = new AlibabaResourceActions(store, rules);
        return switch (action) {
            case "ImportKeyPair" -> keyPairs.importKeyPair(parameters);
            case "CreateKeyPair" -> keyPairs.createKeyPair(parameters);
            case "DescribeKeyPairs" -> keyPairs.describeKeyPairs(parameters);
            case "DeleteKeyPairs" -> keyPairs.deleteKeyPairs(parameters);
            case "TagResources" -> resources.tagResources(parameters);
            case "UntagResources" -> resources.untagResources(parameters);
            case "ListTagResources" -> resources.listTagResources(parameters);
            case "JoinResourceGroup" -> resources.joinResourceGroup(parameters);
            case "DescribeRegions" -> keyPairs.describeRegions();
            case "DescribeInstances" -> instances.describeInstances(parameters);
            default -> throw new WireException(ProtocolCode.UNKNOWN_ACTION, "Specified api is not found, please check"
                    + " your url and method: ECS " + VERSION + " as the emulator serves it has no action " + action
                    + " (it serves the key pair actions, DescribeRegions and DescribeInstances).");
        };
    }

    /** A body of just the call's RequestId, which every answer starts with. */
    static ObjectNode acknowledgement(String requestId) {
        ObjectNode body = Documents.object();
        body.put("RequestId", requestId);
        return body;
    }

    private static WireResponse success(String action, ObjectNode body, boolean xml, CallFacts call) {
        String requestId = body.path("RequestId").asText();
        return xml ? new WireResponse(200, WireResponse.XML, Documents.xml(action + "Response", body), requestId, null,
                call) : new WireResponse(200, WireResponse.JSON, Documents.json(body), requestId, null, call);
    }

    private static WireResponse error(WireRequest request, String code, int status, String message, String requestId,
            boolean xml, CallFacts call) {
        ObjectNode body = Documents.object();
        body.put("RequestId", requestId);
        body.put("HostId", request.header("host").orElse(""));
        body.put("Code", code);
        body.put("Message", message);
        body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code);
        return xml ? new WireResponse(status, WireResponse.XML, Documents.xml("Error", body), requestId, code, call)
                : new WireResponse(status, WireResponse.JSON, Documents.json(body), requestId, code, call);
    }

    /** A fresh RequestId, in the provider's form: an upper-case UUID. */
    static String newRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
