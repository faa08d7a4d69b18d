package dev.keypairs.emulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.emulator.RawHttp;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.keys.Fixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state endpoints beside health over real HTTP (SPEC §13): reset, seed, journal and faults, on an emulator of two
 * accounts (a credentials file's {@code account=memory:...} lines) that the official SDKs call; each refusal coded.
 */
class StateEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    private static final String HANGZHOU = "cn-hangzhou";

    @TempDir
    Path directory;
    private String own;
    private String teamA;
    private Emulator emulator;

    @BeforeEach
    void start() throws Exception {
        String run = UUID.randomUUID().toString();
        own = "memory:state-own-" + run + "?rateLimit=off";
        teamA = "memory:state-a-" + run + "?rateLimit=off";
        Path credentials = Files.writeString(directory.resolve("credentials"), String.join("\n",
                "alibaba LTAIa secret-a account=" + teamA,
                "tencent AKIDa secret-ta account=" + teamA,
                "alibaba LTAIown secret-own", ""));
        emulator = Emulator.start(EmulatorSettings.defaults().withPort(0).withStore(own)
                .withCredentialsFile(credentials), TestEmulators.LOGGED::add);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    // ---- reset ----

    @Test
    void resetEmptiesEveryAccountOrTheOneNamedAndKeepsTheCredentials() throws Exception {
        importAlibaba("LTAIa", "secret-a", "deploy");
        importAlibaba("LTAIown", "secret-own", "deploy");

        HttpResponse<String> one = post("/_keypairs/reset?account=" + encoded(teamA), "");
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(List.of(teamA), texts(JSON.readTree(one.body()).get("reset")));
        assertEquals(List.of(), alibabaNames("LTAIa", "secret-a"));
        assertEquals(List.of("deploy"), alibabaNames("LTAIown", "secret-own"), "the other account is untouched");

        importAlibaba("LTAIa", "secret-a", "deploy");
        HttpResponse<String> all = post("/_keypairs/reset", "");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(List.of(own, teamA), texts(JSON.readTree(all.body()).get("reset")), "the default first");
        assertEquals(List.of(), alibabaNames("LTAIa", "secret-a"));
        assertEquals(List.of(), alibabaNames("LTAIown", "secret-own"));
        importAlibaba("LTAIa", "secret-a", "again");
        assertEquals(List.of("again"), alibabaNames("LTAIa", "secret-a"), "the credentials stay");
    }

    @Test
    void anUnknownAccountIsA404ThatNamesTheAccountsAndAMistypedParameterIsRefused() throws Exception {
        importAlibaba("LTAIown", "secret-own", "deploy");
        for (String path : List.of("/_keypairs/reset", "/_keypairs/seed")) {
            HttpResponse<String> unknown = post(path + "?account=memory:nobody", "");
            assertEquals(404, unknown.statusCode(), unknown.body());
            assertEquals("UnknownAccount", code(unknown));
            assertTrue(message(unknown).contains(own) && message(unknown).contains(teamA), unknown.body());
        }
        HttpResponse<String> journal = get("/_keypairs/journal?account=memory:nobody");
        assertEquals(404, journal.statusCode());
        assertEquals("UnknownAccount", code(journal));

        HttpResponse<String> typo = post("/_keypairs/reset?acount=" + encoded(teamA), "");
        assertEquals(400, typo.statusCode());
        assertEquals("UnknownParameter", code(typo));
        HttpResponse<String> twice = post("/_keypairs/reset?account=" + encoded(teamA) + "&account="
                + encoded(own), "");
        assertEquals("InvalidParameter", code(twice));
        // The JDK's client sends no malformed query: the request is made as the HTTP layer hands it on.
        StateException malformed = assertThrows(StateException.class, () -> new StateRequest("POST",
                "/_keypairs/reset", "account=%zz", true, null, StateRequest.Body.NONE).parameters(Set.of("account")));
        assertEquals(StateCode.INVALID_PARAMETER, malformed.code());
        assertEquals(List.of("deploy"), alibabaNames("LTAIown", "secret-own"), "nothing was reset");

        HttpResponse<String> wrongMethod = get("/_keypairs/reset");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(null));
    }

    // ---- seed ----

    @Test
    void seedAppliesTheManifestAndAnswersTheSummaryAndTheCreatedPrivateKeys() throws Exception {
        String manifest = "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: deploy, publicKey: \"" + RSA + "\"}\n"
                + "      - {name: bastion, create: true}\n";
        // curl's default content type for --data-binary: the body is YAML all the same.
        HttpResponse<String> seeded = send(HttpRequest.newBuilder(uri("/_keypairs/seed?account=" + encoded(teamA)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(manifest)));

        assertEquals(200, seeded.statusCode(), seeded.body());
        assertEquals("no-store", seeded.headers().firstValue("Cache-Control").orElse(null));
        JsonNode answer = JSON.readTree(seeded.body());
        assertEquals(List.of("account", "summary", "privateKeys"), fieldNames(answer));
        assertEquals(teamA, answer.get("account").asText());
        assertEquals(1, answer.at("/summary/import").asInt());
        assertEquals(1, answer.at("/summary/create").asInt());
        assertEquals(0, answer.at("/summary/failed").asInt());
        assertTrue(answer.at("/privateKeys/alibaba~1cn-hangzhou~1bastion").asText().startsWith("-----BEGIN "),
                seeded.body());
        assertEquals(List.of("bastion", "deploy"), alibabaNames("LTAIa", "secret-a"), "in the account named");
        assertEquals(List.of(), alibabaNames("LTAIown", "secret-own"));

        HttpResponse<String> again = post("/_keypairs/seed?account=" + encoded(teamA), manifest);
        JsonNode second = JSON.readTree(again.body());
        assertEquals(0, second.at("/summary/create").asInt(), "idempotent: " + again.body());
        assertEquals(0, second.get("privateKeys").size());

        HttpResponse<String> toDefault = post("/_keypairs/seed", manifest);
        assertEquals(own, JSON.readTree(toDefault.body()).get("account").asText());
        assertEquals(List.of("bastion", "deploy"), alibabaNames("LTAIown", "secret-own"));
    }

    @Test
    void aSeedWithErrorsIsRefused422WithEachProblemsCodeAndChangesNothing() throws Exception {
        String manifest = "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: deploy, publicKey: \"" + RSA + "\"}\n"
                + "      - {name: bastion, create: true, privateKeyFile: keys/bastion.pem}\n"
                + "      - {name: 'bad name!', publicKey: \"" + RSA + "\"}\n";
        HttpResponse<String> refused = post("/_keypairs/seed", manifest);

        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("PlanErrors", code(refused));
        JsonNode errors = JSON.readTree(refused.body()).at("/error/errors");
        List<String> codes = new ArrayList<>();
        errors.forEach(error -> codes.add(error.get("code").asText()));
        assertTrue(codes.contains("ConflictingFields"), refused.body());
        assertTrue(codes.size() >= 2, refused.body());
        for (JsonNode error : errors) {
            assertTrue(error.hasNonNull("message") && error.hasNonNull("file") && error.get("line").asInt() > 0,
                    error.toString());
        }
        assertFalse(refused.body().contains("at dev.keypairs"), "never a stack trace");
        assertEquals(List.of(), alibabaNames("LTAIown", "secret-own"), "nothing applied, not even the valid part");

        HttpResponse<String> notYaml = post("/_keypairs/seed", "alibaba: [unclosed");
        assertEquals(422, notYaml.statusCode(), notYaml.body());
        assertEquals("PlanErrors", code(notYaml));

        HttpResponse<String> notUtf8 = send(HttpRequest.newBuilder(uri("/_keypairs/seed"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28})));
        assertEquals(400, notUtf8.statusCode());
        assertEquals("InvalidEncoding", code(notUtf8));

        String tooLarge = RawHttp.exchange(emulator.port(), ("POST /_keypairs/seed HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: " + (1024 * 1024 + 1) + "\r\n\r\na").getBytes(StandardCharsets.US_ASCII),
                Duration.ofSeconds(10));
        assertTrue(tooLarge.startsWith("HTTP/1.1 413 "), tooLarge);
        assertEquals("RequestTooLarge", JSON.readTree(tooLarge.substring(tooLarge.indexOf("\r\n\r\n") + 4))
                .at("/error/code").asText());
    }

    // ---- journal ----

    @Test
    void theJournalListsTheSdkCallsOldestFirstPerAccountAndDeleteForgetsThem() throws Exception {
        importAlibaba("LTAIa", "secret-a", "deploy");
        TeaException twice = assertThrows(TeaException.class, () -> importAlibaba("LTAIa", "secret-a", "deploy"));
        assertEquals("KeyPair.AlreadyExist", twice.getCode());
        tencent("AKIDa", "secret-ta").DescribeKeyPairs(
                new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest());
        alibabaNames("LTAIown", "secret-own");
        get("/_keypairs/health");
        post("/_keypairs/seed", "");

        HttpResponse<String> journal = get("/_keypairs/journal");
        assertEquals(200, journal.statusCode(), journal.body());
        JsonNode calls = JSON.readTree(journal.body()).get("calls");
        assertEquals(4, calls.size(), "state calls are not journaled: " + journal.body());
        assertEquals(List.of("at", "provider", "action", "region", "accessKeyId", "account", "code", "httpStatus",
                "durationMs"), fieldNames(calls.get(0)));
        assertEquals(List.of("alibaba ImportKeyPair cn-hangzhou LTAIa " + teamA + " null 200",
                "alibaba ImportKeyPair cn-hangzhou LTAIa " + teamA + " KeyPair.AlreadyExist 400",
                "tencent DescribeKeyPairs ap-guangzhou AKIDa " + teamA + " null 200",
                "alibaba DescribeKeyPairs cn-hangzhou LTAIown " + own + " null 200"), facts(calls));
        for (JsonNode call : calls) {
            assertTrue(call.get("durationMs").asLong() >= 0 && !call.get("at").asText().isEmpty(), call.toString());
        }
        for (String secret : List.of("secret-a", "secret-ta", "secret-own")) {
            assertFalse(journal.body().contains(secret), journal.body());
        }

        JsonNode teamCalls = JSON.readTree(get("/_keypairs/journal?account=" + encoded(teamA)).body()).get("calls");
        assertEquals(3, teamCalls.size());
        assertEquals(facts(calls).subList(0, 3), facts(teamCalls));

        HttpResponse<String> cleared = send(HttpRequest.newBuilder(uri("/_keypairs/journal")).DELETE());
        assertEquals(200, cleared.statusCode(), cleared.body());
        assertEquals(4, JSON.readTree(cleared.body()).get("cleared").asInt());
        assertEquals(0, JSON.readTree(get("/_keypairs/journal").body()).get("calls").size());
        HttpResponse<String> oneAccount = send(HttpRequest.newBuilder(uri("/_keypairs/journal?account="
                + encoded(teamA))).DELETE());
        assertEquals(400, oneAccount.statusCode(), "DELETE forgets every call, so it names no account");
        assertEquals("UnknownParameter", code(oneAccount));
    }

    // ---- faults ----

    @Test
    void faultsPutReplacesTheRulesAndAnSdkCallMeetsThem() throws Exception {
        HttpResponse<String> none = get("/_keypairs/faults");
        assertEquals(200, none.statusCode(), none.body());
        assertEquals("{\"seed\":0,\"rules\":[]}", none.body());

        String rules = "{\"seed\": 7, \"rules\": [{\"provider\": \"alibaba\", \"action\": \"ImportKeyPair\","
                + " \"accessKeyId\": \"LTAIa\", \"code\": \"QuotaExceed.KeyPair\", \"every\": \"1/1\"}]}";
        HttpResponse<String> put = send(HttpRequest.newBuilder(uri("/_keypairs/faults"))
                .PUT(HttpRequest.BodyPublishers.ofString(rules)));
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(JSON.readTree(rules), JSON.readTree(put.body()));
        assertEquals(JSON.readTree(rules), JSON.readTree(get("/_keypairs/faults").body()));

        TeaException refused = assertThrows(TeaException.class, () -> importAlibaba("LTAIa", "secret-a", "deploy"));
        assertEquals("QuotaExceed.KeyPair", refused.getCode());
        importAlibaba("LTAIown", "secret-own", "deploy");
        assertEquals(List.of("deploy"), alibabaNames("LTAIown", "secret-own"), "another key: no rule matches");

        HttpResponse<String> bad = send(HttpRequest.newBuilder(uri("/_keypairs/faults"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rules\": [{\"code\": \"Throttling\", \"probabilty\": 1}]}")));
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("UnknownField", code(bad));
        assertTrue(message(bad).contains("probabilty"), bad.body());
        HttpResponse<String> notJson = send(HttpRequest.newBuilder(uri("/_keypairs/faults"))
                .PUT(HttpRequest.BodyPublishers.ofString("rules: []")));
        assertEquals(400, notJson.statusCode());
        assertEquals("InvalidSetting", code(notJson));
        assertEquals(JSON.readTree(rules), JSON.readTree(get("/_keypairs/faults").body()), "the rules stay");

        HttpResponse<String> cleared = send(HttpRequest.newBuilder(uri("/_keypairs/faults"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rules\": []}")));
        assertEquals(200, cleared.statusCode());
        assertEquals(FaultRules.NONE, emulator.faultRules());
        importAlibaba("LTAIa", "secret-a", "deploy");
        assertEquals("UnknownParameter", code(get("/_keypairs/faults?account=" + encoded(teamA))),
                "the rules are the emulator's: a rule narrows by accessKeyId");
    }

    @Test
    void aTencentSdkCallMeetsARulePutOverHttp() throws Exception {
        send(HttpRequest.newBuilder(uri("/_keypairs/faults")).PUT(HttpRequest.BodyPublishers.ofString(
                "{\"rules\": [{\"provider\": \"tencent\", \"action\": \"DescribeKeyPairs\","
                        + " \"code\": \"InternalServerError\", \"every\": \"1/1\"}]}")));
        TencentCloudSDKException refused = assertThrows(TencentCloudSDKException.class, () -> tencent("AKIDa",
                "secret-ta").DescribeKeyPairs(new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest()));
        assertEquals("InternalServerError", refused.getErrorCode());
        JsonNode calls = JSON.readTree(get("/_keypairs/journal").body()).get("calls");
        assertEquals("InternalServerError", calls.get(calls.size() - 1).get("code").asText());
    }

    // ---- access ----

    @Test
    void theBearerTokenRuleHoldsForEveryEndpoint() throws Exception {
        String address = nonLoopbackAddress();
        List<HttpRequest.Builder> requests;
        try (Emulator guarded = TestEmulators.start("rateLimit=off", settings -> settings.withHost(address)
                .withStateToken("ci-token"))) {
            String base = guarded.endpoint() + "/_keypairs/";
            requests = List.of(HttpRequest.newBuilder(URI.create(base + "reset")).POST(HttpRequest.BodyPublishers.noBody()),
                    HttpRequest.newBuilder(URI.create(base + "seed")).POST(HttpRequest.BodyPublishers.ofString(
                            "alibaba:\n  cn-hangzhou:\n    keyPairs:\n      - {name: made, create: true}\n")),
                    HttpRequest.newBuilder(URI.create(base + "journal")),
                    HttpRequest.newBuilder(URI.create(base + "journal")).DELETE(),
                    HttpRequest.newBuilder(URI.create(base + "faults")),
                    HttpRequest.newBuilder(URI.create(base + "faults")).PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"rules\": [{\"latencyMs\": 1}]}")));
            for (HttpRequest.Builder request : requests) {
                HttpResponse<String> without = send(request.copy());
                assertEquals(401, without.statusCode(), request.build().uri() + ": " + without.body());
                assertEquals("StateTokenRequired", code(without));
                HttpResponse<String> wrong = send(request.copy().header("Authorization", "Bearer ci-tokem"));
                assertEquals("StateTokenInvalid", code(wrong));
            }
            assertTrue(guarded.store().displayUri().startsWith("memory:"));
            assertEquals(FaultRules.NONE, guarded.faultRules(), "a refused PUT changed nothing");
            for (HttpRequest.Builder request : requests) {
                HttpResponse<String> right = send(request.copy().header("Authorization", "Bearer ci-token"));
                assertEquals(200, right.statusCode(), request.build().uri() + ": " + right.body());
            }
            assertEquals(1, guarded.faultRules().rules().size());
        }
        try (Emulator open = TestEmulators.start("rateLimit=off", settings -> settings.withHost(address))) {
            for (String name : List.of("reset", "seed", "journal", "faults")) {
                HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(open.endpoint() + "/_keypairs/"
                        + name)));
                assertEquals(403, refused.statusCode(), name);
                assertEquals("LoopbackOnly", code(refused));
            }
        }
    }

    /** An address of this machine that is not loopback: a caller connecting to it is not on loopback either. */
    private static String nonLoopbackAddress() throws Exception {
        for (java.net.NetworkInterface network : java.net.NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                for (java.net.InetAddress address : network.inetAddresses().toList()) {
                    if (address instanceof java.net.Inet4Address && !address.isLinkLocalAddress()) {
                        return address.getHostAddress();
                    }
                }
            }
        }
        throw new AssertionError("this machine has no address beside loopback to call the emulator from");
    }

    // ---- helpers ----

    private URI uri(String path) {
        return URI.create(emulator.endpoint() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String code(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body()).at("/error/code").asText();
    }

    private static String message(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body()).at("/error/message").asText();
    }

    static List<String> fieldNames(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** Each call's facts but its time and duration, which a test cannot know. */
    private static List<String> facts(JsonNode calls) {
        List<String> facts = new ArrayList<>();
        for (JsonNode call : calls) {
            facts.add(call.get("provider").asText() + " " + call.get("action").asText() + " "
                    + call.get("region").asText() + " " + call.get("accessKeyId").asText() + " "
                    + call.get("account").asText() + " " + call.get("code").asText() + " "
                    + call.get("httpStatus").asInt());
        }
        return facts;
    }

    private Client alibaba(String id, String secret) throws Exception {
        return new Client(new Config().setAccessKeyId(id).setAccessKeySecret(secret)
                .setEndpoint(emulator.hostAndPort()).setProtocol("http").setRegionId(HANGZHOU));
    }

    private CvmClient tencent(String id, String secret) {
        return TestEmulators.cvm(emulator.hostAndPort(), id, secret, "ap-guangzhou", "POST");
    }

    private void importAlibaba(String id, String secret, String name) throws Exception {
        alibaba(id, secret).importKeyPair(new ImportKeyPairRequest().setRegionId(HANGZHOU).setKeyPairName(name)
                .setPublicKeyBody(RSA));
    }

    private List<String> alibabaNames(String id, String secret) throws Exception {
        List<String> names = new ArrayList<>();
        alibaba(id, secret).describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(HANGZHOU).setPageSize(50))
                .getBody().getKeyPairs().getKeyPair().forEach(keyPair -> names.add(keyPair.getKeyPairName()));
        names.sort(null);
        return names;
    }
}
