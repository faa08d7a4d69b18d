package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.PercentCoding;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.provider.Provider;
import java.util.Base64;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Alibaba Cloud's classic RPC signature ({@link SignatureScheme#HMAC_SHA1}): every parameter but
 * {@code Signature}, from the query and the form body alike, sorted and percent-encoded;
 * {@code METHOD&%2F&encoded} signed with HMAC-SHA1 under {@code secret&}.
 */
final class AlibabaRpcVerifier {

    private final Credentials credentials;
    private final Freshness freshness;

    AlibabaRpcVerifier(Credentials credentials, Freshness freshness) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * The key that signed the request, once its signature, time and nonce hold.
     *
     * @param request the request
     * @param parameters its query and form parameters together
     * @throws WireException the refusal: a missing parameter, another signature method, an unknown key, a
     *     mismatch (naming the string the emulator signed, as Alibaba Cloud does), a stale time or a spent nonce
     */
    AccessKey verify(WireRequest request, Parameters parameters) throws WireException {
        String accessKeyId = required(parameters, "AccessKeyId");
        String signature = required(parameters, "Signature");
        String method = required(parameters, "SignatureMethod");
        String version = required(parameters, "SignatureVersion");
        String nonce = required(parameters, "SignatureNonce");
        String timestamp = required(parameters, "Timestamp");
        if (!method.equals(SignatureScheme.HMAC_SHA1.wireName()) || !version.equals("1.0")) {
            throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "SignatureMethod " + method
                    + " with SignatureVersion " + version + " is not a signature the emulator checks: the RPC"
                    + " API takes HMAC-SHA1 with SignatureVersion 1.0, or ACS3-HMAC-SHA256 in the Authorization header.");
        }
        AccessKey key = credentials.require(Provider.ALIBABA, accessKeyId);
        StringJoiner canonical = new StringJoiner("&");
        parameters.sorted().forEach((name, value) -> {
            if (!name.equals("Signature")) {
                canonical.add(PercentCoding.encode(name) + "=" + PercentCoding.encode(value));
            }
        });
        String stringToSign = request.method() + "&" + PercentCoding.encode("/") + "&"
                + PercentCoding.encode(canonical.toString());
        String expected = Base64.getEncoder().encodeToString(
                Digests.hmac("HmacSHA1", Digests.utf8(key.secret() + "&"), stringToSign));
        if (!Digests.same(expected, signature)) {
            throw new WireException(ProtocolCode.SIGNATURE_MISMATCH, "Specified signature is not matched with our"
                    + " calculation. server string to sign is:" + stringToSign);
        }
        freshness.requireAlibaba(accessKeyId, "Timestamp", timestamp, "SignatureNonce", nonce);
        return key;
    }

    private static String required(Parameters parameters, String name) throws WireException {
        return parameters.get(name).orElseThrow(() -> new WireException(ProtocolCode.MISSING_PARAMETER,
                "The input parameter " + name + " that is mandatory for processing this request is not supplied."));
    }
}
