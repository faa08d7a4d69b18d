package dev.keypairs.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.alibaba.AlibabaEcsApi;
import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.tencent.TencentCvmApi;
import dev.keypairs.emulator.tencent.TencentTagApi;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.Rules;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded fuzzing of the request readers: valid requests of both providers (Tencent's under TC3 and
 * signature version 1), signed, then mutated (bytes
 * of the query and body, parameter values, JSON shapes), and signed again so that mutations reach the parsers
 * behind the signature. Every answer must be a well-formed coded answer; nothing may fail inside.
 */
class RequestParsingFuzzTest {

    static final long SEED = 20261201L;
    static final int ROUNDS = 3_000;
    static final Set<Integer> ALIBABA_STATUSES = Set.of(200, 400, 403, 404, 405, 413);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] ALIBABA_ACTIONS = {"ImportKeyPair", "CreateKeyPair", "DescribeKeyPairs", "DeleteKeyPairs",
        "TagResources", "UntagResources", "JoinResourceGroup", "DescribeRegions", "Nope"};
    static final String[] TENCENT_ACTIONS = {"ImportKeyPair", "CreateKeyPair", "DescribeKeyPairs", "DeleteKeyPairs",
        "DescribeRegions", "Nope"};
    static final String[] VALUES = {"", " ", "cn-hangzhou", "ap-guangzhou", "*", "**a*", "%", "+", "[\"a\"]", "[1]", "[",
        "true", "TRUE", "yes", "-1", "0", "51", "99999999999", "rg-abc", "keypair", "instance", "\u00e9\u6f22",
        "\ud83d\ude00", "a".repeat(300), Fixtures.text("rsa-2048.pub").strip(), "ssh-rsa AAAA", "http://x", "\u0000"};

    Accounts accounts;
    ProviderRouting routing;
    List<Throwable> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Rules rules = Rules.builtIn();
        accounts = Accounts.open(Credentials.testPair(), "memory:fuzz?rateLimit=off", rules);
        Authenticator authenticator = new Authenticator(Credentials.testPair(), Clock.systemUTC());
        BiConsumer<String, Throwable> collect = (id, e) -> failures.add(e);
        routing = new ProviderRouting(
                new AlibabaEcsApi(accounts, rules.alibaba(), authenticator,
                        SignatureScheme.HMAC_SHA1, collect),
                new AlibabaEcsApi(accounts, rules.alibaba(), authenticator,
                        SignatureScheme.ACS3_HMAC_SHA256, collect),
                new TencentCvmApi(accounts, rules.tencent().regions(), authenticator,
                        SignatureScheme.TC3_HMAC_SHA256, collect),
                new TencentCvmApi(accounts, rules.tencent().regions(), authenticator,
                        SignatureScheme.TENCENT_V1_HMAC_SHA256, collect),
                new TencentTagApi(accounts, rules.tencent(), authenticator, SignatureScheme.TC3_HMAC_SHA256, collect),
                new TencentTagApi(accounts, rules.tencent(), authenticator, SignatureScheme.TENCENT_V1_HMAC_SHA256,
                        collect));
    }

    @AfterEach
    void stop() throws Exception {
        accounts.close();
    }

    @Test
    void everyMutatedRequestGetsAWellFormedCodedAnswer() throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            check(random.nextBoolean() ? alibaba(random) : tencent(random));
        }
        Random v1 = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS / 3; round++) {
            check(tencentV1(v1));
        }
        assertEquals(List.of(), failures, "nothing failed inside the emulator");
    }

    private void check(WireRequest request) throws Exception {
        WireResponse answer = routing.apiFor(request).answer(request);
        String text = answer.bodyText();
        assertFalse(text.contains("\tat ") || text.contains("Exception"), text);
        if (answer.contentType().startsWith("text/xml")) {
            assertTrue(text.startsWith("<?xml"), text);
            return;
        }
        JsonNode body = JSON.readTree(text);
        if (body.has("Response")) {
            assertEquals(200, answer.status(), text);
            assertTrue(body.at("/Response/RequestId").isTextual(), text);
            assertEquals(!body.at("/Response/Error").isMissingNode(), answer.code() != null, text);
        } else {
            assertTrue(ALIBABA_STATUSES.contains(answer.status()), answer.status() + " " + text);
            assertTrue(body.path("RequestId").isTextual(), text);
            assertEquals(answer.status() != 200, body.has("Code"), text);
        }
    }

    /** Tencent's signature version 1: flattened parameters of odd values, signed over them, then the form mutated. */
    private WireRequest tencentV1(Random random) {
        String method = random.nextBoolean() ? "GET" : "POST";
        Map<String, String> parameters = WireSigner.tencentV1Parameters(pick(random, TENCENT_ACTIONS), "ap-guangzhou",
                Credentials.TEST_ACCESS_KEY_ID, random.nextInt(4) == 0 ? "HmacSHA1" : "HmacSHA256");
        for (String name : List.of("KeyName", "PublicKey", "ProjectId", "KeyIds.0", "KeyIds.1", "KeyIds.01",
                "Filters.0.Name", "Filters.0.Values.0", "Filters.1.Values.0", "Offset", "Limit", "Version", "Nonce",
                "Timestamp", "Region")) {
            if (random.nextInt(4) == 0) {
                parameters.put(name, pick(random, VALUES));
            }
        }
        parameters.put("Signature", WireSigner.tencentV1(method, "h:1", parameters,
                parameters.get("SignatureMethod"), Credentials.TEST_SECRET));
        String form = WireSigner.tencentForm(parameters);
        if (random.nextInt(3) == 0) {
            form = mutate(random, form);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("h:1"));
        if (method.equals("POST")) {
            headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
            return new WireRequest(method, "/", "", headers, form.getBytes(StandardCharsets.UTF_8));
        }
        return new WireRequest(method, "/", form, headers, null);
    }

    private WireRequest alibaba(Random random) {
        Map<String, String> parameters = WireSigner.rpcParameters(pick(random, ALIBABA_ACTIONS),
                Credentials.TEST_ACCESS_KEY_ID);
        for (String name : List.of("RegionId", "KeyPairName", "PublicKeyBody", "KeyPairNames", "PageSize",
                "PageNumber", "IncludePublicKey", "ResourceGroupId", "ResourceType", "ResourceId.1", "Tag.1.Key",
                "Tag.1.Value", "Tag.21.Key", "TagKey.1", "All", "KeyPairFingerPrint", "Format")) {
            if (random.nextInt(3) == 0) {
                parameters.put(name, pick(random, VALUES));
            }
        }
        String method = random.nextInt(10) == 0 ? "PUT" : random.nextBoolean() ? "GET" : "POST";
        parameters.put("Signature", WireSigner.hmacSha1(method, parameters, Credentials.TEST_SECRET));
        String query = mutate(random, WireSigner.form(parameters));
        return new WireRequest(method, random.nextInt(40) == 0 ? "/x" : "/", query, Map.of("Host", List.of("h")),
                null);
    }

    private WireRequest tencent(Random random) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        Object[] shapes = {pick(random, VALUES), random.nextInt(300) - 100, List.of(pick(random, VALUES)),
            List.of(Map.of("Name", pick(random, VALUES), "Values", List.of(pick(random, VALUES)))),
            Map.of("x", 1), null, true, List.of(1, 2)};
        for (String name : List.of("KeyName", "PublicKey", "ProjectId", "KeyIds", "Filters", "Offset", "Limit")) {
            if (random.nextInt(3) == 0) {
                body.put(name, shapes[random.nextInt(shapes.length)]);
            }
        }
        String json = mutate(random, JSON.writeValueAsString(body));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("127.0.0.1:1"));
        headers.put("Content-Type", List.of("application/json"));
        headers.put("X-TC-Action", List.of(pick(random, TENCENT_ACTIONS)));
        headers.put("X-TC-Version", List.of(random.nextInt(20) == 0 ? "2020-01-01" : "2017-03-12"));
        headers.put("X-TC-Region", List.of(random.nextInt(10) == 0 ? "ap-nowhere" : "ap-guangzhou"));
        headers.put("X-TC-Timestamp", List.of(String.valueOf(now)));
        headers.put("Authorization", List.of(WireSigner.tc3("POST", "", "application/json", "127.0.0.1:1", "cvm",
                WireSigner.sha256Hex(bytes), now, Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET)));
        return new WireRequest("POST", "/", "", headers, bytes);
    }

    /** Most requests as signed; some with bytes flipped, cut or doubled (their signature then fails). */
    private static String mutate(Random random, String text) {
        if (text.isEmpty() || random.nextInt(4) != 0) {
            return text;
        }
        StringBuilder mutated = new StringBuilder(text);
        int at = random.nextInt(mutated.length());
        switch (random.nextInt(4)) {
            case 0 -> mutated.setCharAt(at, (char) random.nextInt(0x80));
            case 1 -> mutated.setLength(at);
            case 2 -> mutated.insert(at, "%" + (char) ('0' + random.nextInt(40)));
            default -> mutated.insert(at, mutated.substring(at));
        }
        return mutated.toString();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
