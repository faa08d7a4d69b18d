package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.provider.Provider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tencent Cloud's TC3 signature ({@link SignatureScheme#TC3_HMAC_SHA256}): a canonical request of the method,
 * the path, the query as sent, the headers {@code SignedHeaders} names (lowercase names and values, trimmed) and
 * the body's SHA-256 (or that of {@code UNSIGNED-PAYLOAD} where the client says so), signed under a key derived
 * from the secret, the credential scope's date and its service. The signed host may carry the port or not: SDKs
 * differ.
 */
final class TencentTc3Verifier {

    /** The headers a TC3 signature must cover: the SDKs sign these two at least. */
    static final List<String> REQUIRED_HEADERS = List.of("content-type", "host");

    private final Credentials credentials;
    private final Freshness freshness;

    TencentTc3Verifier(Credentials credentials, Freshness freshness) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * The key that signed the request, once its signature and time hold.
     *
     * @throws WireException the refusal: an Authorization header or credential scope not in the TC3 form, a
     *     missing or malformed X-TC-Timestamp, an unknown key, a scope's date not the timestamp's, a mismatch
     *     (naming the string the emulator signed last) or a stale time
     */
    AccessKey verify(WireRequest request) throws WireException {
        AuthorizationHeader authorization = AuthorizationHeader.read(request, SignatureScheme.TC3_HMAC_SHA256);
        String[] scope = authorization.field("Credential").split("/", -1);
        if (scope.length != 4 || !scope[3].equals("tc3_request") || scope[1].isEmpty() || scope[2].isEmpty()) {
            throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "The Authorization header's Credential is not"
                    + " SecretId/Date/Service/tc3_request.");
        }
        List<String> signedHeaders = authorization.signedHeaders(REQUIRED_HEADERS, request);
        String signature = authorization.field("Signature");
        long timestamp = Freshness.tencentTimestamp(request.header("x-tc-timestamp").orElseThrow(() ->
                new WireException(ProtocolCode.MISSING_PARAMETER, "The header X-TC-Timestamp is missing.")));
        AccessKey key = credentials.require(Provider.TENCENT, scope[0]);
        String date = scope[1];
        if (!date.equals(LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC).toString())) {
            throw new WireException(ProtocolCode.SIGNATURE_MISMATCH, "The credential scope's date " + date
                    + " is not the UTC date of X-TC-Timestamp " + timestamp + ".");
        }
        // With X-TC-Content-SHA256: UNSIGNED-PAYLOAD the SDKs sign the hash of those words, not of the body.
        String payloadHash = Digests.sha256Hex(request.header("x-tc-content-sha256")
                .filter("UNSIGNED-PAYLOAD"::equals).map(Digests::utf8).orElseGet(request::body));
        byte[] signingKey = Digests.hmacSha256(Digests.hmacSha256(Digests.hmacSha256(
                Digests.utf8("TC3" + key.secret()), date), scope[2]), "tc3_request");
        String lastStringToSign = null;
        for (String host : hostForms(request.header("host").orElseThrow())) {
            StringBuilder canonicalHeaders = new StringBuilder();
            for (String name : signedHeaders) {
                String value = name.equals("host") ? host : request.header(name).orElseThrow();
                canonicalHeaders.append(name).append(':').append(value.strip().toLowerCase(Locale.ROOT)).append('\n');
            }
            String canonicalRequest = request.method() + "\n" + request.path() + "\n" + request.rawQuery() + "\n"
                    + canonicalHeaders + "\n" + String.join(";", signedHeaders) + "\n" + payloadHash;
            lastStringToSign = SignatureScheme.TC3_HMAC_SHA256.wireName() + "\n" + timestamp + "\n" + date + "/"
                    + scope[2] + "/tc3_request\n" + Digests.sha256Hex(canonicalRequest);
            if (Digests.same(Digests.hex(Digests.hmacSha256(signingKey, lastStringToSign)),
                    signature.toLowerCase(Locale.ROOT))) {
                freshness.requireTencent(timestamp);
                return key;
            }
        }
        throw new WireException(ProtocolCode.SIGNATURE_MISMATCH, "The provided credentials could not be validated."
                + " Please check your signature is correct. String to sign: "
                + Objects.requireNonNull(lastStringToSign).replace('\n', ' '));
    }

    /** The Host header as sent, and without its port when it has one: the two forms genuine SDKs sign. */
    static List<String> hostForms(String host) {
        List<String> forms = new ArrayList<>(List.of(host));
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            forms.add(host.substring(0, colon));
        }
        return forms;
    }
}
