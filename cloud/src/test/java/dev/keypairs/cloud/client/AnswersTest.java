package dev.keypairs.cloud.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoreUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The clouds' fields as the store's records take them. */
class AnswersTest {

    @Test
    void creationTimesInTheCloudsFormsAndOthers() {
        assertEquals(Instant.parse("2024-05-01T10:07:00Z"), Answers.instant("2024-05-01T10:07Z"));
        assertEquals(Instant.parse("2024-02-29T23:59:58Z"), Answers.instant("2024-02-29T23:59:58Z"));
        assertEquals(Instant.parse("2024-05-01T10:07:00.250Z"), Answers.instant("2024-05-01T10:07:00.250Z"));
        assertEquals(Instant.parse("2024-05-01T02:07:00Z"), Answers.instant("2024-05-01T10:07:00+08:00"));
        assertNull(Answers.instant("2023-02-29T10:07Z"), "no such day");
        assertNull(Answers.instant("yesterday"));
        assertNull(Answers.instant(" "));
        assertNull(Answers.instant(null));
    }

    @Test
    void aSignatureRefusalKeepsTheCloudsWordsWithoutTheRequestItSigned() {
        // Alibaba's RPC signature (its older SDKs), its ACS3 one, Tencent's as the emulator answers it.
        assertEquals("Specified signature is not matched with our calculation.", Answers.withoutDump("Specified"
                + " signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3D"));
        assertEquals("The request signature does not conform to Aliyun standards.", Answers.withoutDump("The request"
                + " signature does not conform to Aliyun standards. server string to sign is:ACS3-HMAC-SHA256 ab12"
                + " (canonical request: POST\\n/\\n...)"));
        assertEquals("The provided credentials could not be validated. Please check your signature is correct.",
                Answers.withoutDump("The provided credentials could not be validated. Please check your signature is"
                        + " correct. String to sign: TC3-HMAC-SHA256 1700000000 2023-11-14/cvm/tc3_request ab12"));
        assertEquals("Specified access key is not found.", Answers.withoutDump("Specified access key is not found."));
        assertEquals("", Answers.withoutDump(null));
    }

    @Test
    void publicKeysAsOneLineWithoutComment() {
        String line = Fixtures.key("rsa-2048.pub").toOpenSshLine();
        assertEquals(line, Answers.publicKeyLine(line));
        assertEquals(line, Answers.publicKeyLine(line + " someone@laptop\n"));
        assertEquals(line, Answers.publicKeyLine(line + " skey-1q8j7b93"), "Tencent's KeyId as the comment");
        assertEquals(line, Answers.publicKeyLine(line + " a comment of words"));
        assertEquals(line, Answers.publicKeyLine(Fixtures.text("rsa-2048.pub")));
        assertEquals("not a key", Answers.publicKeyLine(" not a key "));
        assertNull(Answers.publicKeyLine(""));
    }

    @Test
    void aConnectionThatFailedGotNoAnswerButAnAnswerThatCannotBeReadDid() {
        StoreUnavailableException refused = Answers.unanswered(Provider.ALIBABA, ApiCall.IMPORT_KEY_PAIR,
                "127.0.0.1:1", new RuntimeException("wrapped", new ConnectException("Connection refused")));
        assertTrue(refused.unanswered());
        assertEquals(ErrorKind.TRANSIENT, refused.kind());
        assertTrue(Answers.unanswered(Provider.TENCENT, ApiCall.IMPORT_KEY_PAIR, "127.0.0.1:1",
                new IOException("unexpected end of stream", new SocketException("Connection reset"))).unanswered());
        // An answer that is not JSON: something answered, so it is not counted as silence.
        StoreUnavailableException unreadable = Answers.unanswered(Provider.TENCENT, ApiCall.IMPORT_KEY_PAIR,
                "127.0.0.1:1", new IllegalStateException("Expected BEGIN_OBJECT but was STRING"));
        assertFalse(unreadable.unanswered());
        assertEquals(ErrorKind.TRANSIENT, unreadable.kind());
    }
}
