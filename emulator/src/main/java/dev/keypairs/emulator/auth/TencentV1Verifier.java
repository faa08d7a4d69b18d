package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.provider.Provider;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Tencent Cloud's signature version 1 ({@link SignatureScheme#TENCENT_V1_HMAC_SHA1},
 * {@link SignatureScheme#TENCENT_V1_HMAC_SHA256}): {@code METHOD + host + path + "?"} and every parameter but
 * {@code Signature}, from the query and the form body alike, sorted by name as {@code name=value} joined by
 * {@code &}, values decoded (not percent-encoded), signed with HMAC-SHA256 when {@code SignatureMethod} is
 * {@code HmacSHA256} and with HMAC-SHA1 otherwise, as Tencent documents it; the signature is in Base64.
 *
 * <p>The genuine SDKs (Node.js, Go, Python, Java) differ in two ways, each accepted and nothing else: the host
 * they sign is the endpoint they were given, which is the Host header as sent, or with {@code :80} where the
 * client's HTTP library drops the default port from the header; and the Python and Java SDKs write {@code _} in
 * a name as {@code .} (Python before sorting, Java after), which changes nothing for a name without {@code _}.
 */
final class TencentV1Verifier {

    /** A Nonce: an integer (the Java SDK's {@code Math.abs} of a random int may be negative), up to a long's digits. */
    private static final Pattern NONCE = Pattern.compile("-?[0-9]{1,19}");

    private final Credentials credentials;
    private final Freshness freshness;

    TencentV1Verifier(Credentials credentials, Freshness freshness) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * The key that signed the request, once its signature and time hold.
     *
     * @param request the request
     * @param parameters its query and form parameters together
     * @throws WireException the refusal: a missing or malformed SecretId, Signature, Nonce or Timestamp
     *     ({@code AuthFailure.InvalidAuthorization}), an unknown key, a mismatch (naming the string the emulator
     *     signed) or a stale time
     */
    AccessKey verify(WireRequest request, Parameters parameters) throws WireException {
        String secretId = part(parameters, "SecretId");
        String signature = part(parameters, "Signature");
        if (!NONCE.matcher(part(parameters, "Nonce")).matches()) {
            throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "The parameter Nonce '"
                    + parameters.orNull("Nonce") + "' is not an integer.");
        }
        long timestamp = Freshness.tencentTimestamp("Timestamp", part(parameters, "Timestamp"),
                ProtocolCode.MALFORMED_SIGNATURE);
        // Tencent: "HmacSHA256 only when SignatureMethod says so; HmacSHA1 in every other case" (the Go SDK alike).
        String algorithm = SignatureScheme.TENCENT_V1_HMAC_SHA256.wireName().equals(parameters.orNull("SignatureMethod"))
                ? "HmacSHA256" : "HmacSHA1";
        AccessKey key = credentials.require(Provider.TENCENT, secretId);
        String lastStringToSign = null;
        for (String stringToSign : stringsToSign(request, parameters)) {
            lastStringToSign = stringToSign;
            String expected = Base64.getEncoder().encodeToString(
                    Digests.hmac(algorithm, Digests.utf8(key.secret()), stringToSign));
            if (Digests.same(expected, signature)) {
                freshness.requireTencent("Timestamp", timestamp);
                return key;
            }
        }
        throw new WireException(ProtocolCode.SIGNATURE_MISMATCH, "The provided credentials could not be validated."
                + " Please check your signature is correct. String to sign (" + algorithm + "): " + lastStringToSign);
    }

    /** The strings the genuine SDKs sign for this request, the plainest first. */
    static Set<String> stringsToSign(WireRequest request, Parameters parameters) {
        Map<String, String> sorted = new TreeMap<>(parameters.sorted());
        sorted.remove("Signature");
        List<String> queries = new ArrayList<>();
        queries.add(joined(sorted, false));
        // Java: sorted as sent, then each _ written as a dot.
        queries.add(joined(sorted, true));
        // Python: each _ written as a dot, then sorted.
        Map<String, String> dotted = new TreeMap<>();
        sorted.forEach((name, value) -> dotted.put(name.replace('_', '.'), value));
        queries.add(joined(dotted, false));
        String host = request.header("host").orElse("");
        List<String> hosts = new ArrayList<>(List.of(host));
        if (!host.isEmpty() && TencentTc3Verifier.hostForms(host).size() == 1) {
            hosts.add(host + ":80");
        }
        Set<String> strings = new LinkedHashSet<>();
        for (String signedHost : hosts) {
            for (String query : queries) {
                strings.add(request.method() + signedHost + request.path() + "?" + query);
            }
        }
        return strings;
    }

    private static String joined(Map<String, String> sorted, boolean dotted) {
        StringJoiner joined = new StringJoiner("&");
        sorted.forEach((name, value) -> joined.add((dotted ? name.replace('_', '.') : name) + "=" + value));
        return joined.toString();
    }

    private static String part(Parameters parameters, String name) throws WireException {
        String value = parameters.orNull(name);
        if (value == null || value.isEmpty()) {
            throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "The request is signed with signature version 1"
                    + " but has no " + name + " parameter; it needs SecretId, Nonce, Timestamp and Signature.");
        }
        return value;
    }
}
