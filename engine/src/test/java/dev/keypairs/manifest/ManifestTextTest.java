package dev.keypairs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A manifest given as text (a seed): a file's format and limits, with no files beside it. */
class ManifestTextTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();

    static List<Code> codes(ManifestSet manifests) {
        return manifests.errors().stream().map(Diagnostic::code).toList();
    }

    @Test
    void aCreateNeedsNoPrivateKeyFileItsKeyIsReturned() {
        ManifestSet manifests = ManifestReader.readText("seed", "tencent:\n  ap-guangzhou:\n    keyPairs:\n"
                + "      - {name: ops_key, create: true}\n      - {name: deploy_key, publicKey: '" + RSA + "'}\n");

        assertEquals(List.of(), manifests.errors());
        assertEquals(KeySource.Create.RETURNED, manifests.keyPairs().get(0).key());
        assertTrue(((KeySource.Create) manifests.keyPairs().get(0).key()).returned());
        assertEquals(new KeySource.Inline(RSA), manifests.keyPairs().get(1).key());
        assertEquals(List.of("seed"), manifests.inputs().stream().map(ManifestInput::path).toList());
    }

    @Test
    void aPrivateKeyFileIsConflictingAndAPublicKeyFileReadsNothing() {
        ManifestSet manifests = ManifestReader.readText("seed", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: bastion, create: true, privateKeyFile: bastion.pem}\n"
                + "      - {name: deploy, publicKeyFile: /etc/hostname}\n");

        assertEquals(List.of(ToolCode.CONFLICTING_FIELDS, ToolCode.FILE_OUTSIDE_PROJECT), codes(manifests));
        assertEquals(List.of(), manifests.keyPairs(), "neither is ever planned");
        assertEquals("seed", manifests.errors().get(0).source().file());
    }

    @Test
    void theTextIsHeldToAFilesLimitsAndForms() {
        ManifestSet crlf = ManifestReader.readText("seed", "\uFEFFalibaba:\r\n  cn-hangzhou:\r\n    keyPairs:\r\n"
                + "      - {name: deploy, publicKey: '" + RSA + "'}\r\n");
        assertEquals(List.of(), crlf.errors(), "a BOM and CRLF line endings are accepted");
        assertEquals(1, crlf.keyPairs().size());

        String longLine = "# " + "x".repeat(ManifestLimits.MAX_LINE_CHARS) + "\nalibaba: {}\n";
        assertEquals(List.of(ToolCode.MANIFEST_SYNTAX), codes(ManifestReader.readText("seed", longLine)));
        String atTheLimit = "#" + "x".repeat(ManifestLimits.MAX_LINE_CHARS - 1);
        assertEquals(List.of(), codes(ManifestReader.readText("seed", atTheLimit + "\r\nalibaba: {}\r\n")),
                "a CRLF line's carriage return is not one of its characters");
        assertEquals(List.of(ToolCode.MANIFEST_SYNTAX),
                codes(ManifestReader.readText("seed", atTheLimit + "x\r\nalibaba: {}\r\n")));
        assertEquals(List.of(ToolCode.UNKNOWN_FIELD), codes(ManifestReader.readText("seed", "alibab: {}\n")));
    }
}
