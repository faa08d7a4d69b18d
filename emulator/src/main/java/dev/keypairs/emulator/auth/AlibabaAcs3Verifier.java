package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.PercentCoding;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.provider.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Alibaba Cloud's V3 signature ({@link SignatureScheme#ACS3_HMAC_SHA256}): a canonical request of the method,
 * the path, the sorted and percent-encoded query, the headers {@code SignedHeaders} names (exactly those,
 * lowercase, values trimmed) and the body's SHA-256 as {@code x-acs-content-sha256} gives it; its SHA-256
 * signed with HMAC-SHA256 under the secret.
 */
final class AlibabaAcs3Verifier {

    /**
     * The headers an ACS3 signature must cover: those the emulator reads. Every SDK signs them; a signature
     * leaving one out would let it be changed in transit.
     */
    static final List<String> REQUIRED_HEADERS = List.of("host", "x-acs-action", "x-acs-version",
            "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256");

    private final Credentials credentials;
    private final Freshness freshness;

    AlibabaAcs3Verifier(Credentials credentials, Freshness freshness) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * The key that signed the request, once its signature, time and nonce hold.
     *
     * @param request the request
     * @param query its query parameters (the form body, if any, is covered by the content hash)
     * @throws WireException the refusal: an Authorization header not in the ACS3 form, a content hash not the
     *     body's, an unknown key, a mismatch (naming the string and canonical request the emulator signed), a stale
     *     time or a spent nonce
     */
    AccessKey verify(WireRequest request, Parameters query) throws WireException {
        AuthorizationHeader authorization = AuthorizationHeader.read(request, SignatureScheme.ACS3_HMAC_SHA256);
        String accessKeyId = authorization.field("Credential");
        List<String> signedHeaders = authorization.signedHeaders(REQUIRED_HEADERS, request);
        String signature = authorization.field("Signature");
        // Present: the required headers are signed, and each signed header is carried.
        String contentHash = request.header("x-acs-content-sha256").orElseThrow();
        if (!contentHash.equalsIgnoreCase(Digests.sha256Hex(request.body()))) {
            throw new WireException(ProtocolCode.SIGNATURE_MISMATCH,
                    "x-acs-content-sha256 is not the SHA-256 of the request body.");
        }
        AccessKey key = credentials.require(Provider.ALIBABA, accessKeyId);
        StringJoiner canonicalQuery = new StringJoiner("&");
        query.sorted().forEach((name, value) ->
                canonicalQuery.add(PercentCoding.encode(name) + "=" + PercentCoding.encode(value)));
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders) {
            canonicalHeaders.append(name).append(':').append(request.header(name).orElseThrow().strip()).append('\n');
        }
        String canonicalRequest = request.method() + "\n" + request.path() + "\n" + canonicalQuery + "\n"
                + canonicalHeaders + "\n" + String.join(";", signedHeaders) + "\n" + contentHash;
        String stringToSign = SignatureScheme.ACS3_HMAC_SHA256.wireName() + "\n" + Digests.sha256Hex(canonicalRequest);
        String expected = Digests.hex(Digests.hmacSha256(Digests.utf8(key.secret()), stringToSign));
        if (!Digests.same(expected, signature.toLowerCase(Locale.ROOT))) {
            throw new WireException(ProtocolCode.SIGNATURE_MISMATCH, "The request signature does not conform to"
                    + " Aliyun standards. server string to sign is:" + stringToSign.replace('\n', ' ')
                    + " (canonical request: " + canonicalRequest.replace("\n", "\\n") + ")");
        }
        freshness.requireAlibaba(accessKeyId, "x-acs-date", request.header("x-acs-date").orElseThrow(),
                "x-acs-signature-nonce", request.header("x-acs-signature-nonce").orElseThrow());
        return key;
    }
}
