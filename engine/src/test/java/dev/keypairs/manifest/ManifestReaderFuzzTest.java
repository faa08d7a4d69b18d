package dev.keypairs.manifest;

import dev.keypairs.provider.ErrorCode;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Code;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded random mutation test over a valid manifest: whatever the YAML, reading answers a ManifestSet whose
 * problems all carry known codes and positions, never an exception, and quickly.
 */
class ManifestReaderFuzzTest {

    private static final Set<Code> CODES = Set.of(ToolCode.values());
    private static final String SPECIALS = "{}[]:,-?&*!|>'\"%@`#\n\t \\";

    @TempDir
    Path base;

    @Test
    void mutatedManifestsGetCodedProblemsAndNothingElse() {
        ManifestProject project = new ManifestProject(base);
        project.key("keys/ci.pub", "rsa-2048.pub");
        String seed = """
                defaults:
                  tags: {owner: platform, cost: 0042}
                alibaba:
                  cn-hangzhou:
                    prune: {namePrefix: "ci-"}
                    keyPairs:
                      - name: deploy-key
                        publicKey: %s
                      - &ci {name: ci-key, publicKeyFile: keys/ci.pub, tags: {team: a}, protect: true}
                      - name: bastion
                        create: true
                        privateKeyFile: secrets/bastion.pem
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: deploy_key, projectId: 0, publicKeyFile: keys/ci.pub}
                """.formatted(Fixtures.text("ecdsa-256.pub").strip());
        Random random = new Random(7L);
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            for (int round = 0; round < 1_500; round++) {
                project.write("keypairs.yaml", mutate(seed, random));
                try {
                    ManifestSet set = project.read();
                    for (Diagnostic error : set.errors()) {
                        assertTrue(CODES.contains(error.code()) || error.code() == ErrorCode.MISSING_PARAMETER,
                                "round " + round + ": unknown code " + error.code());
                        assertTrue(error.source() == null || error.source().line() >= 1, "a position from line 1");
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    fail("round " + round + ": " + e + " escaped the reader", e);
                }
            }
        });
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int mutations = 1 + random.nextInt(5);
        for (int m = 0; m < mutations && text.length() > 0; m++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> text.insert(at, SPECIALS.charAt(random.nextInt(SPECIALS.length())));
                case 1 -> text.deleteCharAt(at);
                case 2 -> {
                    int lineStart = text.lastIndexOf("\n", at) + 1;
                    int lineEnd = text.indexOf("\n", at);
                    if (lineEnd > lineStart) {
                        text.insert(lineStart, text.substring(lineStart, lineEnd + 1));
                    }
                }
                case 3 -> text.insert(at, "*ci ");
                case 4 -> text.setCharAt(at, (char) (0x20 + random.nextInt(0x60)));
                default -> text.insert(at, "  ");
            }
        }
        return text.toString();
    }
}
