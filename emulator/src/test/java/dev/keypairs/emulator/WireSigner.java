package dev.keypairs.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests the way the providers' other official SDKs do (Node.js, Go, Python; their sources read on the
 * npm registry and GitHub, emulator.md), for tests that send what no Java SDK sends. Written apart from the
 * emulator's own checks so that the two do not share a mistake.
 */
public final class WireSigner {

    private WireSigner() {
    }

    /** The common parameters of a classic RPC call, fresh timestamp and nonce, without the signature. */
    public static Map<String, String> rpcParameters(String action, String accessKeyId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("Version", "2014-05-26");
        parameters.put("Format", "JSON");
        parameters.put("AccessKeyId", accessKeyId);
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("SignatureNonce", UUID.randomUUID().toString().replace("-", ""));
        parameters.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return parameters;
    }

    /** The HMAC-SHA1 signature of these parameters (all of them, as pop-core and the Go SDK sign). */
    public static String hmacSha1(String method, Map<String, String> parameters, String secret) {
        StringJoiner canonical = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("Signature")) {
                canonical.add(rfc3986(name) + "=" + rfc3986(value));
            }
        });
        String stringToSign = method + "&%2F&" + rfc3986(canonical.toString());
        return Base64.getEncoder().encodeToString(mac("HmacSHA1", (secret + "&").getBytes(StandardCharsets.UTF_8),
                stringToSign));
    }

    /** A query or form of these parameters, each value encoded as pop-core does (RFC 3986). */
    public static String form(Map<String, String> parameters) {
        StringJoiner form = new StringJoiner("&");
        parameters.forEach((name, value) -> form.add(rfc3986(name) + "=" + rfc3986(value)));
        return form.toString();
    }

    /**
     * The ACS3 Authorization header over exactly these headers (lowercase names), as Python's
     * {@code alibabacloud_tea_openapi} signs every header it sends.
     */
    public static String acs3(String method, Map<String, String> query, Map<String, String> signedHeaders,
            byte[] body, String accessKeyId, String secret) {
        StringJoiner canonicalQuery = new StringJoiner("&");
        new TreeMap<>(query).forEach((name, value) -> canonicalQuery.add(name + "=" + rfc3986(value)));
        TreeMap<String, String> headers = new TreeMap<>(signedHeaders);
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value.strip()).append('\n'));
        String names = String.join(";", headers.keySet());
        String canonicalRequest = method + "\n/\n" + canonicalQuery + "\n" + canonicalHeaders + "\n" + names + "\n"
                + sha256Hex(body);
        String stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String signature = HexFormat.of().formatHex(mac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8),
                stringToSign));
        return "ACS3-HMAC-SHA256 Credential=" + accessKeyId + ",SignedHeaders=" + names + ",Signature=" + signature;
    }

    /** The headers an ACS3 call carries besides Authorization, fresh date and nonce. */
    public static Map<String, String> acs3Headers(String host, String action, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", host);
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", "2014-05-26");
        headers.put("x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        headers.put("x-acs-signature-nonce", UUID.randomUUID().toString().replace("-", ""));
        headers.put("x-acs-content-sha256", sha256Hex(body));
        return headers;
    }

    /**
     * The TC3 Authorization header over {@code content-type;host}.
     *
     * @param signedHost the host as the SDK signs it (Node.js: without the port)
     * @param service the credential scope's service (Node.js: the endpoint's first label; Go, Python: cvm)
     * @param payloadHash the hash the SDK signs: of the body, or of {@code UNSIGNED-PAYLOAD}
     */
    public static String tc3(String method, String rawQuery, String contentType, String signedHost, String service,
            String payloadHash, long timestamp, String secretId, String secretKey) {
        String canonicalRequest = method + "\n/\n" + rawQuery + "\ncontent-type:" + contentType + "\nhost:"
                + signedHost + "\n\ncontent-type;host\n" + payloadHash;
        String date = LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC).toString();
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] key = mac("HmacSHA256", mac("HmacSHA256", mac("HmacSHA256",
                ("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date), service), "tc3_request");
        return "TC3-HMAC-SHA256 Credential=" + secretId + "/" + scope + ", SignedHeaders=content-type;host, Signature="
                + HexFormat.of().formatHex(mac("HmacSHA256", key, stringToSign));
    }

    /**
     * Tencent's signature version 1 as the Node.js, Go and Python SDKs compute it ({@code formatSignString},
     * {@code getStringToSign}, {@code _format_sign_string}): {@code METHOD + signedHost + "/?"} and the parameters
     * but Signature sorted by name, {@code name=value} joined by {@code &}, values not encoded; the HMAC in Base64.
     *
     * @param signedHost the endpoint the SDK was given (the Host header, port included)
     * @param method {@code HmacSHA1} or {@code HmacSHA256}
     */
    public static String tencentV1(String httpMethod, String signedHost, Map<String, String> parameters,
            String method, String secretKey) {
        StringJoiner joined = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("Signature")) {
                joined.add(name + "=" + value);
            }
        });
        return Base64.getEncoder().encodeToString(mac(method, secretKey.getBytes(StandardCharsets.UTF_8),
                httpMethod + signedHost + "/?" + joined));
    }

    /**
     * The common parameters of a signature version 1 call as the international Node.js SDK fills them
     * ({@code formatRequestData}), fresh Timestamp and a Nonce of 0 to 65535, without the signature.
     */
    public static Map<String, String> tencentV1Parameters(String action, String region, String secretId,
            String method) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("RequestClient", "SDK_NODEJS_INTL_EN_3.0.1335");
        parameters.put("Nonce", String.valueOf(ThreadLocalRandom.current().nextInt(65536)));
        parameters.put("Timestamp", String.valueOf(Instant.now().getEpochSecond()));
        parameters.put("Version", "2017-03-12");
        parameters.put("Language", "en-US");
        parameters.put("SecretId", secretId);
        parameters.put("Region", region);
        parameters.put("SignatureMethod", method);
        return parameters;
    }

    /** A query or form as Node's {@code querystring.stringify} and Python's {@code urlencode} write one. */
    public static String tencentForm(Map<String, String> parameters) {
        StringJoiner form = new StringJoiner("&");
        parameters.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    /** Lowercase hex SHA-256. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** RFC 3986 as the Java SDKs write it: URLEncoder, then space, {@code *} and {@code ~} mended. */
    private static String rfc3986(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static byte[] mac(String algorithm, byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
