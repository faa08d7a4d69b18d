package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.PercentCoding;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.provider.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Checks a request's signature, time and nonce, and answers the access key that signed it. Each scheme is
 * checked the way the providers' SDKs compute it, in every form a genuine SDK produces (emulator.md).
 * Secrets never appear in a message; the string the emulator signed does, as Alibaba Cloud's own answer
 * shows it, so that a client's author can compare.
 */
public final class Authenticator {

    /** Alibaba Cloud: how far a request's time may be from the emulator's, and how long a nonce is remembered. */
    public static final Duration ALIBABA_WINDOW = Duration.ofMinutes(15);
    /** Tencent Cloud: how far a request's {@code X-TC-Timestamp} may be from the emulator's time. */
    public static final Duration TENCENT_WINDOW = Duration.ofMinutes(5);

    /** The last second of the year 9999: a larger X-TC-Timestamp is no time at all. */
    private static final long LATEST_TIMESTAMP = 253_402_300_799L;

    static final String ACS3 = "ACS3-HMAC-SHA256";
    static final String TC3 = "TC3-HMAC-SHA256";

    /**
     * The headers an ACS3 signature must cover: those the emulator reads. Every SDK signs them; a signature
     * leaving one out would let it be changed in transit.
     */
    private static final List<String> ACS3_REQUIRED_HEADERS = List.of("host", "x-acs-action", "x-acs-version",
            "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256");
    /** The headers a TC3 signature must cover: the SDKs sign these two at least. */
    private static final List<String> TC3_REQUIRED_HEADERS = List.of("content-type", "host");

    private final Credentials credentials;
    private final Clock clock;
    private final NonceLedger nonces = new NonceLedger(ALIBABA_WINDOW, NonceLedger.CAPACITY);

    /** Checks requests against these keys, with this clock as the emulator's time. */
    public Authenticator(Credentials credentials, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether an Alibaba request is signed by ACS3 (an {@code Authorization} header) rather than HMAC-SHA1. */
    public static boolean isAcs3(WireRequest request) {
        return request.header("authorization").map(value -> value.startsWith(ACS3)).orElse(false);
    }

    /** Whether a request is for Tencent Cloud: signed TC3, or naming a Tencent action header. */
    public static boolean isTencent(WireRequest request) {
        return request.header("authorization").map(value -> value.startsWith(TC3)).orElse(false)
                || request.header("x-tc-action").isPresent();
    }

    // ---- Alibaba Cloud: HMAC-SHA1 ----

    /**
     * Refuses a call the key's policy does not grant: a read-only key may make Describe* calls alone. Checked once
     * the signature holds, as the clouds check permissions after authentication.
     *
     * @throws WireException {@code Forbidden.RAM} (Alibaba, 403) or {@code UnauthorizedOperation} (Tencent)
     */
    public static void requirePermission(AccessKey key, String action) throws WireException {
        if (key.readOnly() && !action.startsWith("Describe")) {
            throw new WireException(ProtocolCode.FORBIDDEN, key.provider() == Provider.ALIBABA
                    ? "User not authorized to operate on the specified resource, or this API doesn't support RAM"
                            + " (the key " + key.id() + " may only call Describe* actions)."
                    : "The request is not authorized: the key " + key.id() + " may only call Describe* actions.");
        }
    }

    /**
     * The classic RPC signature: every parameter but {@code Signature}, from the query and the form body alike,
     * sorted and percent-encoded; {@code METHOD&%2F&encoded} signed with HMAC-SHA1 under {@code secret&}.
     *
     * @param request the request
     * @param parameters its query and form parameters together
     */
    public AccessKey alibabaHmacSha1(WireRequest request, Parameters parameters) throws WireException {
        String accessKeyId = required(parameters, "AccessKeyId");
        String signature = required(parameters, "Signature");
        String method = required(parameters, "SignatureMethod");
        String version = required(parameters, "SignatureVersion");
        String nonce = required(parameters, "SignatureNonce");
        String timestamp = required(parameters, "Timestamp");
        if (!method.equals("HMAC-SHA1") || !version.equals("1.0")) {
            throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "SignatureMethod " + method
                    + " with SignatureVersion " + version + " is not a signature the emulator checks: the RPC"
                    + " API takes HMAC-SHA1 with SignatureVersion 1.0, or ACS3-HMAC-SHA256 in the Authorization header.");
        }
        AccessKey key = key(Provider.ALIBABA, accessKeyId);
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
        checkAlibabaFreshness(accessKeyId, nonce, timestamp, "Timestamp", "SignatureNonce");
        return key;
    }

    // ---- Alibaba Cloud: ACS3-HMAC-SHA256 ----

    /**
     * The V3 signature: a canonical request of the method, the path, the sorted and percent-encoded query, the
     * headers {@code SignedHeaders} names (exactly those, lowercase, values trimmed) and the body's SHA-256 as
     * {@code x-acs-content-sha256} gives it; its SHA-256 signed with HMAC-SHA256 under the secret.
     *
     * @param request the request
     * @param query its query parameters (the form body, if any, is covered by the content hash)
     */
    public AccessKey alibabaAcs3(WireRequest request, Parameters query) throws WireException {
        Map<String, String> fields = authorizationFields(request, ACS3);
        String accessKeyId = field(fields, "Credential");
        List<String> signedHeaders = signedHeaders(field(fields, "SignedHeaders"), ACS3_REQUIRED_HEADERS, request);
        String signature = field(fields, "Signature");
        String contentHash = request.header("x-acs-content-sha256").orElseThrow();
        if (!contentHash.equalsIgnoreCase(Digests.sha256Hex(request.body()))) {
            throw new WireException(ProtocolCode.SIGNATURE_MISMATCH,
                    "x-acs-content-sha256 is not the SHA-256 of the request body.");
        }
        AccessKey key = key(Provider.ALIBABA, accessKeyId);
        StringJoiner canonicalQuery = new StringJoiner("&");
        query.sorted().forEach((name, value) ->
                canonicalQuery.add(PercentCoding.encode(name) + "=" + PercentCoding.encode(value)));
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders) {
            canonicalHeaders.append(name).append(':').append(request.header(name).orElseThrow().strip()).append('\n');
        }
        String canonicalRequest = request.method() + "\n" + request.path() + "\n" + canonicalQuery + "\n"
                + canonicalHeaders + "\n" + String.join(";", signedHeaders) + "\n" + contentHash;
        String stringToSign = ACS3 + "\n" + Digests.sha256Hex(canonicalRequest);
        String expected = Digests.hex(Digests.hmacSha256(Digests.utf8(key.secret()), stringToSign));
        if (!Digests.same(expected, signature.toLowerCase(Locale.ROOT))) {
            throw new WireException(ProtocolCode.SIGNATURE_MISMATCH, "The request signature does not conform to"
                    + " Aliyun standards. server string to sign is:" + stringToSign.replace('\n', ' ')
                    + " (canonical request: " + canonicalRequest.replace("\n", "\\n") + ")");
        }
        checkAlibabaFreshness(accessKeyId, request.header("x-acs-signature-nonce").orElseThrow(),
                request.header("x-acs-date").orElseThrow(), "x-acs-date", "x-acs-signature-nonce");
        return key;
    }

    private void checkAlibabaFreshness(String accessKeyId, String nonce, String timestamp, String timestampName,
            String nonceName) throws WireException {
        Instant sent;
        try {
            sent = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS, timestampName + " '" + timestamp
                    + "' is not an ISO 8601 time in UTC, such as 2026-12-01T10:00:00Z.");
        }
        Instant now = clock.instant();
        if (Duration.between(sent, now).abs().compareTo(ALIBABA_WINDOW) > 0) {
            throw new WireException(ProtocolCode.TIMESTAMP_EXPIRED, "Specified time stamp or date value is expired: "
                    + timestampName + " " + timestamp + " is more than 15 minutes from the emulator's time, " + now
                    + "; check the client's clock.");
        }
        if (nonce.isEmpty()) {
            throw new WireException(ProtocolCode.MISSING_PARAMETER, "The input parameter " + nonceName
                    + " that is mandatory for processing this request is not supplied.");
        }
        switch (nonces.record(accessKeyId, nonce, now)) {
            case REPLAYED -> throw new WireException(ProtocolCode.NONCE_USED, "Specified signature nonce was used"
                    + " already: " + nonceName + " " + nonce + " was seen in the last 15 minutes; every request needs"
                    + " a fresh one.");
            case FULL -> throw new WireException(ProtocolCode.THROTTLED, "Request was denied due to request"
                    + " throttling: more signed requests came in 15 minutes than the emulator keeps nonces for ("
                    + NonceLedger.CAPACITY + ").");
            case FIRST -> {
                // a fresh nonce: served
            }
        }
    }

    // ---- Tencent Cloud: TC3-HMAC-SHA256 ----

    /**
     * The TC3 signature: a canonical request of the method, the path, the query as sent, the headers
     * {@code SignedHeaders} names (lowercase names and values, trimmed) and the body's SHA-256 (or that of
     * {@code UNSIGNED-PAYLOAD} where the client says so), signed under a key derived from the secret, the
     * credential scope's date and its service. The signed host may carry the port or not: SDKs differ.
     */
    public AccessKey tencentTc3(WireRequest request) throws WireException {
        Map<String, String> fields = authorizationFields(request, TC3);
        String[] scope = field(fields, "Credential").split("/", -1);
        if (scope.length != 4 || !scope[3].equals("tc3_request") || scope[1].isEmpty() || scope[2].isEmpty()) {
            throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "The Authorization header's Credential is not"
                    + " SecretId/Date/Service/tc3_request.");
        }
        List<String> signedHeaders = signedHeaders(field(fields, "SignedHeaders"), TC3_REQUIRED_HEADERS, request);
        String signature = field(fields, "Signature");
        String timestampText = request.header("x-tc-timestamp").orElseThrow(() -> new WireException(
                ProtocolCode.MISSING_PARAMETER, "The header X-TC-Timestamp is missing."));
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampText.strip());
        } catch (NumberFormatException e) {
            timestamp = -1;
        }
        if (timestamp < 0 || timestamp > LATEST_TIMESTAMP) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                    "X-TC-Timestamp '" + timestampText + "' is not a Unix time in seconds.");
        }
        AccessKey key = key(Provider.TENCENT, scope[0]);
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
            lastStringToSign = TC3 + "\n" + timestamp + "\n" + date + "/" + scope[2] + "/tc3_request\n"
                    + Digests.sha256Hex(canonicalRequest);
            if (Digests.same(Digests.hex(Digests.hmacSha256(signingKey, lastStringToSign)),
                    signature.toLowerCase(Locale.ROOT))) {
                Instant now = clock.instant();
                if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TENCENT_WINDOW) > 0) {
                    throw new WireException(ProtocolCode.TIMESTAMP_EXPIRED, "Signature expired: X-TC-Timestamp "
                            + timestamp + " is more than 5 minutes from the emulator's time, "
                            + now.getEpochSecond() + "; check the client's clock.");
                }
                return key;
            }
        }
        throw new WireException(ProtocolCode.SIGNATURE_MISMATCH, "The provided credentials could not be validated."
                + " Please check your signature is correct. String to sign: "
                + Objects.requireNonNull(lastStringToSign).replace('\n', ' '));
    }

    /** The Host header as sent, and without its port when it has one: the two forms genuine SDKs sign. */
    private static List<String> hostForms(String host) {
        List<String> forms = new ArrayList<>(List.of(host));
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            forms.add(host.substring(0, colon));
        }
        return forms;
    }

    // ---- parts shared by the schemes ----

    private AccessKey key(Provider provider, String id) throws WireException {
        return credentials.find(provider, id).orElseThrow(() -> new WireException(ProtocolCode.UNKNOWN_ACCESS_KEY,
                provider == Provider.ALIBABA ? "Specified access key is not found: " + id + "."
                        : "The SecretId " + id + " is not found; check it, or the emulator's credentials file."));
    }

    private static String required(Parameters parameters, String name) throws WireException {
        return parameters.get(name).orElseThrow(() -> new WireException(ProtocolCode.MISSING_PARAMETER,
                "The input parameter " + name + " that is mandatory for processing this request is not supplied."));
    }

    /** The {@code Name=value} fields after the scheme name of an Authorization header. */
    private static Map<String, String> authorizationFields(WireRequest request, String scheme) throws WireException {
        String header = request.header("authorization").orElse("");
        if (!header.startsWith(scheme + " ")) {
            throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "The Authorization header is not " + scheme
                    + " Credential=...,SignedHeaders=...,Signature=...");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : header.substring(scheme.length() + 1).split(",", -1)) {
            String trimmed = part.strip();
            int equals = trimmed.indexOf('=');
            if (equals <= 0 || fields.putIfAbsent(trimmed.substring(0, equals), trimmed.substring(equals + 1)) != null) {
                throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "The Authorization header is not " + scheme
                        + " Credential=...,SignedHeaders=...,Signature=...");
            }
        }
        return fields;
    }

    private static String field(Map<String, String> fields, String name) throws WireException {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "The Authorization header has no " + name + ".");
        }
        return value;
    }

    /** The SignedHeaders list: lowercase names, each present, covering those required. */
    private static List<String> signedHeaders(String list, List<String> required, WireRequest request)
            throws WireException {
        List<String> names = List.of(list.split(";", -1));
        for (String name : names) {
            if (name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT))) {
                throw new WireException(ProtocolCode.MALFORMED_SIGNATURE,
                        "SignedHeaders '" + list + "' is not a list of lowercase header names separated by ';'.");
            }
            if (request.header(name).isEmpty()) {
                throw new WireException(ProtocolCode.MALFORMED_SIGNATURE,
                        "SignedHeaders names " + name + ", which the request does not carry.");
            }
        }
        for (String name : required) {
            if (!names.contains(name)) {
                throw new WireException(ProtocolCode.MALFORMED_SIGNATURE,
                        "SignedHeaders '" + list + "' leaves out " + name + ", which the signature must cover.");
            }
        }
        return names;
    }
}
