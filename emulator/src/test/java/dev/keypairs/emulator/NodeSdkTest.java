package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.emulator.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The providers' official Node.js SDKs (installed by the build from the npm registry, src/test/node), run by
 * Node.js against the emulator: {@code @alicloud/pop-core} (HMAC-SHA1 in a form body),
 * {@code @alicloud/ecs20140526} (ACS3) and {@code tencentcloud-sdk-nodejs-cvm} (TC3 over the host without its
 * port, service {@code 127}, and a GET query) each import, read and are refused as the Java SDKs are; and
 * {@code tencentcloud-sdk-nodejs-intl-en}, Tencent's international SDK, with its defaults but the endpoint and
 * plain HTTP: signature version 1 ({@code HmacSHA256}, a POST form, the host signed with its port), GET and
 * {@code HmacSHA1} too. All of it again over HTTPS, Node.js trusting the emulator's CA file through
 * {@code NODE_EXTRA_CA_CERTS}, as a user's process is told to.
 */
class NodeSdkTest {

    static final Path SCRIPTS = Path.of("src", "test", "node");

    @Test
    void theNodeSdksAreServedAndRefusedAsDocumented(@TempDir Path directory) throws Exception {
        try (Emulator emulator = TestEmulators.start()) {
            servedAndRefusedAsDocumented(emulator, directory, null);
        }
    }

    @Test
    void theNodeSdksTrustingTheCaFileAreServedOverHttps(@TempDir Path directory) throws Exception {
        Path ca = directory.resolve("emulator-ca.pem");
        try (Emulator emulator = HttpsTest.https(ca)) {
            servedAndRefusedAsDocumented(emulator, directory, ca);
            // The CA file is what Node.js trusts: without it, the handshake is refused.
            assertEquals("UNABLE_TO_VERIFY_LEAF_SIGNATURE", httpsGet(emulator.endpoint(), null));
            assertEquals("served 400", httpsGet(emulator.endpoint(), ca));
        }
    }

    /** Node.js's own https.get of the endpoint: {@code served STATUS}, or the error's code. */
    private static String httpsGet(String endpoint, Path ca) throws Exception {
        ProcessBuilder command = new ProcessBuilder("node", "-e", "require('https').get(process.argv[1], (r) => {"
                + " console.log('served ' + r.statusCode); r.resume(); }).on('error', (e) => console.log(e.code))",
                endpoint + "/").redirectError(ProcessBuilder.Redirect.INHERIT);
        command.environment().remove("NODE_EXTRA_CA_CERTS");
        if (ca != null) {
            command.environment().put("NODE_EXTRA_CA_CERTS", ca.toString());
        }
        Process node = command.start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node finished");
        return output;
    }

    /** Runs sdk-calls.js against the emulator, over HTTPS trusting {@code ca} when one is given. */
    private static void servedAndRefusedAsDocumented(Emulator emulator, Path directory, Path ca) throws Exception {
        assertTrue(Files.isDirectory(SCRIPTS.resolve("node_modules")), "the build installs the Node.js SDKs (npm ci)");
        Path key = Files.writeString(directory.resolve("key.pub"), dev.keypairs.keys.Fixtures.text("rsa-2048.pub"));
        String md5 = TestEmulators.sshKeygenMd5("rsa-2048.pub");
        ProcessBuilder command = new ProcessBuilder("node", "sdk-calls.js", emulator.hostAndPort(),
                Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET, key.toString(), ca == null ? "http" : "https")
                .directory(SCRIPTS.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        command.environment().remove("NODE_EXTRA_CA_CERTS");
        if (ca != null) {
            command.environment().put("NODE_EXTRA_CA_CERTS", ca.toString());
        }
        Process node = command.start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node finished");
        assertEquals(0, node.exitValue(), output);
        JsonNode result = new ObjectMapper().readTree(output);

        assertEquals(md5, result.at("/popImport/ok").asText(), output);
        assertEquals(1, result.at("/popDescribe/ok").asInt(), output);
        assertEquals("SignatureDoesNotMatch", result.at("/popWrongSecret/code").asText(), output);

        assertEquals(md5, result.at("/teaImport/ok").asText(), output);
        assertEquals(List.of("from-node-tea " + md5, "from-pop-core " + md5),
                List.of(result.at("/teaDescribe/ok/0").asText(), result.at("/teaDescribe/ok/1").asText()), output);
        assertEquals("KeyPair.AlreadyExist", result.at("/teaDuplicate/code").asText(), output);

        assertTrue(result.at("/tencentImport/ok").asText().matches("skey-[a-z0-9]{8}"), output);
        assertEquals("from_node", result.at("/tencentDescribe/ok/0").asText(), output);
        assertEquals(1, result.at("/tencentGet/ok").asInt(), output);
        assertEquals("InvalidPublicKey.Duplicate", result.at("/tencentDuplicate/code").asText(), output);
        assertEquals("AuthFailure.SignatureFailure", result.at("/tencentWrongSecret/code").asText(), output);

        String intlKeyId = result.at("/intlImport/ok").asText();
        assertTrue(intlKeyId.matches("skey-[a-z0-9]{8}"), output);
        assertEquals("from_intl", result.at("/intlDescribe/ok/0").asText(), output);
        assertEquals(1, result.at("/intlDescribe/ok").size(), output);
        assertEquals("from_intl", result.at("/intlGet/ok/0").asText(), output);
        assertEquals(1, result.at("/intlSha1/ok").asInt(), "from_intl alone in ap-shanghai: " + output);
        assertEquals("InvalidPublicKey.Duplicate", result.at("/intlDuplicate/code").asText(), output);
        assertEquals("AuthFailure.SignatureFailure", result.at("/intlWrongSecret/code").asText(), output);
        assertEquals("AuthFailure.SignatureFailure", result.at("/intlWrongSecretGet/code").asText(), output);
        assertEquals("AuthFailure.SecretIdNotFound", result.at("/intlUnknownId/code").asText(), output);
    }
}
