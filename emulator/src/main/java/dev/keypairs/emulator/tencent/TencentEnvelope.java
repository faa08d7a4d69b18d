package dev.keypairs.emulator.tencent;

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
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * What Tencent Cloud's APIs share on the wire: POST with a JSON body (or GET, or a form) on {@code /}, the
 * signature of the scheme the HTTP layer routed the request under (TC3's headers, or signature version 1's
 * parameters), the common parameters {@code Action} and {@code Version}, the action's parameters held to its
 * definition, the key's permissions, and every answer in the {@code Response} envelope, errors included, with HTTP
 * 200 as the SDKs require. Each API ({@link TencentCvmApi}, {@link TencentTagApi}) is a {@link Product}: a version
 * and its actions over the store.
 */
final class TencentEnvelope {

    /**
     * One of Tencent Cloud's APIs: its version and its actions.
     *
     * @param <A> its actions
     */
    interface Product<A extends TencentAction> {

        /** The API's name for messages, e.g. {@code CVM}. */
        String name();

        /** The API version it serves, e.g. {@code 2017-03-12}. */
        String version();

        /** The served action of this name. */
        Optional<A> action(String wireName);

        /** What it serves, for the refusal of any other action. */
        String serves();

        /**
         * Performs a served action, its parameters read and held to its definition.
         *
         * @param region the common parameter {@code Region}; null when not given
         * @param store the store of the account of the key that signed the call
         * @return the answer's fields, with the {@code RequestId} of the store's answer
         */
        ObjectNode perform(A action, String region, TencentParameters parameters, KeyPairStore store)
                throws WireException, StoreException;

        /** The code of an action refused by the key's policy: the common one unless its definition names another. */
        default ProtocolCode forbidden(A action) {
            return ProtocolCode.FORBIDDEN;
        }
    }

    private final Accounts accounts;
    private final Authenticator authenticator;
    private final boolean signedV1;
    private final BiConsumer<String, Throwable> internalErrors;
    private final CallGate gate;

    /**
     * @param accounts the accounts whose stores the actions read and write: each call its key's
     * @param authenticator checks each request's signature
     * @param scheme the scheme of the requests it is handed: {@link SignatureScheme#TC3_HMAC_SHA256}, or either of
     *     signature version 1's
     * @param internalErrors told of every failure of the emulator itself, with the RequestId answered
     * @param gate what each verified call of a served action passes before it runs (the fault rules)
     * @throws IllegalArgumentException for a scheme that is not Tencent's
     */
    TencentEnvelope(Accounts accounts, Authenticator authenticator, SignatureScheme scheme,
            BiConsumer<String, Throwable> internalErrors, CallGate gate) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.gate = Objects.requireNonNull(gate, "gate");
        if (Objects.requireNonNull(scheme, "scheme").provider() != Provider.TENCENT) {
            throw new IllegalArgumentException(scheme + " is not a Tencent Cloud scheme");
        }
        this.signedV1 = scheme.isTencentV1();
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.internalErrors = Objects.requireNonNull(internalErrors, "internalErrors");
    }

    /** The answer to a request for the product: a result or a coded error, never a thrown exception. */
    <A extends TencentAction> WireResponse answer(WireRequest request, Product<A> product) {
        CallFacts call = CallFacts.unread(Provider.TENCENT);
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
            String region = signedV1 ? flat.orNull("Region") : request.header("x-tc-region").orElse(null);
            call = new CallFacts(Provider.TENCENT, action, region, key.id(), accounts.of(key).name());
            String version = common(request, flat, "Version");
            if (!version.equals(product.version())) {
                throw new WireException(ProtocolCode.NO_SUCH_VERSION, "The requested version " + version
                        + " is not served: the emulator serves " + product.name() + " " + product.version() + ".");
            }
            A served = product.action(action).orElseThrow(() -> new WireException(ProtocolCode.UNKNOWN_ACTION,
                    "The requested action " + action + " does not exist: " + product.name() + " as the emulator"
                            + " serves it has " + product.serves() + "."));
            gate.admit(call);
            if (!signedV1 && (request.method().equals("GET") || request.hasFormBody())) {
                flat = flat(request);
            }
            TencentParameters parameters = flat != null ? TencentParameters.flattened(flat, served)
                    : TencentParameters.json(request.bodyText(), served);
            try {
                Permissions.require(key, action);
            } catch (WireException forbidden) {
                throw new WireException(product.forbidden(served), forbidden.getMessage());
            }
            return success(accounts.serve(key, store -> product.perform(served, region, parameters, store)), call);
        } catch (WireException refusal) {
            return error(refusal.code().code(Provider.TENCENT), refusal.getMessage(), newRequestId(), call);
        } catch (ApiErrorException refusal) {
            return error(refusal.error().code().code(), refusal.error().message(), refusal.requestId(), call);
        } catch (StoreUnavailableException unavailable) {
            String requestId = newRequestId();
            internalErrors.accept(requestId, unavailable);
            return error(ProtocolCode.UNAVAILABLE.code(Provider.TENCENT),
                    "The request has failed due to a temporary failure of the server; retry.", requestId, call);
        } catch (StoreException | RuntimeException failure) {
            String requestId = newRequestId();
            internalErrors.accept(requestId, failure);
            return error(ProtocolCode.INTERNAL.code(Provider.TENCENT), "Internal error; retry.", requestId, call);
        }
    }

    /** The answer to a request refused before an API read it, in the {@code Response} envelope. */
    WireResponse refuse(WireException refusal) {
        return error(refusal.code().code(Provider.TENCENT), refusal.getMessage(), newRequestId(),
                CallFacts.unread(Provider.TENCENT));
    }

    /** The error, if there is one, thrown as the call's answer under a fresh RequestId. */
    static void refuse(Optional<ApiError> error) throws ApiErrorException {
        if (error.isPresent()) {
            throw new ApiErrorException(error.get(), newRequestId());
        }
    }

    /** A result that carries the RequestId of the store's answer; the envelope puts it last, as Tencent does. */
    static ObjectNode result(String requestId) {
        ObjectNode result = Documents.object();
        result.put("RequestId", requestId);
        return result;
    }

    /** A RequestId in the form the account model answers with. */
    static String newRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
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

    private static WireResponse success(ObjectNode result, CallFacts call) {
        String requestId = result.remove("RequestId").asText();
        result.put("RequestId", requestId);
        ObjectNode envelope = Documents.object();
        envelope.set("Response", result);
        return new WireResponse(200, WireResponse.PLAIN_JSON, Documents.json(envelope), requestId, null, call);
    }

    private static WireResponse error(String code, String message, String requestId, CallFacts call) {
        ObjectNode envelope = Documents.object();
        ObjectNode response = envelope.putObject("Response");
        response.putObject("Error").put("Code", code).put("Message", message);
        response.put("RequestId", requestId);
        return new WireResponse(200, WireResponse.PLAIN_JSON, Documents.json(envelope), requestId, code, call);
    }
}
