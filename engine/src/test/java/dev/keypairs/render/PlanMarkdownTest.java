package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.manifest.PruneScope;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.Unmanaged;
import dev.keypairs.project.Address;
import dev.keypairs.project.Source;
import dev.keypairs.provider.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanMarkdownTest {

    @Test
    void errorsLeadChangesFollowNoOpsAreCounted() {
        String markdown = PlanMarkdown.render(PlanSamples.sample());

        assertTrue(markdown.indexOf("### Errors") < markdown.indexOf("### Changes"), markdown);
        assertTrue(markdown.contains("**Plan: 1 to import, 1 to create, 1 to replace, 0 to update, 1 to delete;"
                + " 1 unchanged. Not applied until 2 errors are fixed.**"), markdown);
        assertTrue(markdown.contains("| alibaba/cn-hangzhou/bad | `InvalidPublicKeyBody.Malformed` | keypairs.yaml:15:20 |"),
                markdown);
        assertTrue(markdown.contains("this is a private key \\| not &lt;b&gt;"), "cells are escaped: " + markdown);
        // SHA256 throughout, as ssh-keygen -l prints it: the old key and the new in the reason, the new one beside it.
        assertTrue(markdown.contains("| `-/+` | alibaba/cn-hangzhou/ci | replace | key changed: "
                + PlanSamples.RSA_3072.fingerprints().sha256() + " → " + PlanSamples.RSA.fingerprints().sha256()
                + " | ssh-rsa " + PlanSamples.RSA.fingerprints().sha256() + " |"), markdown);
        assertFalse(markdown.contains("key changed: a → b"), "the MD5 reason is plan.json's and the text plan's");
        assertTrue(markdown.contains("| `+` | alibaba/cn-hangzhou/deploy-key | import | not in store | ssh-rsa "
                + PlanSamples.RSA.fingerprints().sha256() + " | tags team=a | keypairs.yaml:7 |"),
                "what the import sets, and where it is declared: " + markdown);
        assertFalse(markdown.contains("alibaba/cn-hangzhou/same"), "no-ops are not listed");
        assertTrue(markdown.contains("1 unchanged: not listed."), markdown);
        assertTrue(markdown.contains("### Warnings"), markdown);
        // The unmanaged key pairs by name, the MD5 in a column that says whose fingerprint it is.
        assertTrue(markdown.contains("### Unmanaged\n\nNot declared, left alone.\n\n| Address | Provider's"
                + " fingerprint (MD5) |\n|---|---|\n| alibaba/cn-hangzhou/manual | 00:11 |\n"), markdown);
        // A replace's order, under the changes.
        assertTrue(markdown.contains("|\n\n_A replace deletes the old key pair before it imports the new one. A cloud"
                + " refuses to delete a key pair still bound to instances: detach it first, or the replace fails and"
                + " leaves the old key pair in place._\n\n### Warnings"), markdown);
    }

    @Test
    void renamesAreRowsOfTheirOwnAndARenameByReplaceHasItsNote() {
        String markdown = PlanMarkdown.render(PlanSamples.renames());

        assertTrue(markdown.contains("| `~` | tencent/ap-guangzhou/ops_2026 | rename | renamed from ops_old in place,"
                + " keeping its KeyId; then tags +team=web | ssh-rsa " + PlanSamples.RSA.fingerprints().sha256()
                + " |  | keypairs.yaml:4 |"), markdown);
        assertTrue(markdown.contains("| `-/+` | alibaba/cn-hangzhou/new-name | replace | renamed from old-name as a"
                + " replace: alibaba has no rename call; the new name lands first, then old-name is deleted |"),
                markdown);
        assertTrue(markdown.contains("_A rename done as a replace imports the new name first"), markdown);
        assertFalse(markdown.contains("_A replace deletes the old key pair before"), "no plain replace: " + markdown);
        assertTrue(markdown.contains("**Plan: 0 to import, 0 to create, 1 to replace, 1 to rename, 1 to update,"
                + " 0 to delete; 0 unchanged.**"), markdown);
    }

    @Test
    void aKeyTheStoreGaveOnlyAsItsFingerprintIsSaidToBeTheProvidersMd5() {
        Address region = Address.ofRegion(Provider.TENCENT, "ap-guangzhou");
        KeyPairState fingerprintOnly = new KeyPairState(null, null, "3f:9a:00", null, Map.of(), null, null,
                "skey-1", null);
        Plan plan = new Plan("ef".repeat(32), new PlanOptions(List.of("keypairs.yaml"), List.of(), true), "sqlite:x",
                List.of(new Change(region.keyPair("ci"), Action.REPLACE, new Reason.KeyChanged("3f:9a:00", "b"),
                                new Source("keypairs.yaml", 3, 9), fingerprintOnly,
                                PlanSamples.state(PlanSamples.RSA, Map.of(), null, null), null, null, null, null),
                        new Change(region.keyPair("old"), Action.DELETE, new Reason.NotDeclared(PruneScope.ALL), null,
                                fingerprintOnly, null, null, null, null, null)),
                List.of(), List.of(), List.of());

        String markdown = PlanMarkdown.render(plan);

        assertTrue(markdown.contains("| replace | key changed: a key the store returned only as its MD5 fingerprint"
                + " 3f:9a:00 → " + PlanSamples.RSA.fingerprints().sha256() + " |"), markdown);
        assertTrue(markdown.contains("| delete | not declared; prune | provider's fingerprint (MD5) 3f:9a:00; the"
                + " store returned no public key |"), markdown);
    }

    @Test
    void unmanagedKeyPairsAreNamedUntilTheSizeLimitThenCounted() {
        List<Unmanaged> unmanaged = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            unmanaged.add(new Unmanaged("alibaba/cn-hangzhou/manual-key-number-" + i, "00:11:22:33:44:55:66:77:88:99"
                    + ":aa:bb:cc:dd:ee:ff"));
        }
        Plan plan = new Plan("ef".repeat(32), new PlanOptions(List.of("keypairs.yaml"), List.of(), false), "sqlite:x",
                List.of(), unmanaged, List.of(), List.of());

        String markdown = PlanMarkdown.render(plan);

        assertTrue(markdown.length() < PlanMarkdown.MAX_LENGTH, "length " + markdown.length());
        assertTrue(markdown.contains("| alibaba/cn-hangzhou/manual-key-number-0 | 00:11:"), markdown.substring(0, 500));
        assertTrue(markdown.matches("(?s).*_Not shown, to stay within a comment's size: \\d+ unmanaged key pairs\\."
                + " plan.json has everything\\._.*"), markdown.substring(markdown.length() - 300));
        assertFalse(markdown.contains("replace deletes"), "no replace, no note");
    }

    @Test
    void staysUnderSixtyThousandCharactersSayingWhatItLeftOut() {
        String markdown = PlanMarkdown.render(PlanSamples.manyImports(5_000));

        assertTrue(markdown.length() < PlanMarkdown.MAX_LENGTH, "length " + markdown.length());
        assertTrue(markdown.contains("_Not shown, to stay within a comment's size: "), markdown.substring(markdown.length() - 300));
        assertTrue(markdown.matches("(?s).*Not shown[^\\n]*\\d+ changes\\..*"), markdown.substring(markdown.length() - 300));
    }

    @Test
    void aSmallPlanIsWhole() {
        String markdown = PlanMarkdown.render(PlanSamples.manyImports(10));
        assertFalse(markdown.contains("Not shown"));
        assertTrue(markdown.contains("**Plan: 10 to import, 0 to create, 0 to replace, 0 to update, 0 to delete; 0 unchanged.**"));
    }

    @Test
    void aFailedPlanSaysSoWhyAndThatNothingWasPlanned() {
        assertEquals("""
                ## keypairs plan

                **The plan failed: nothing was planned.**

                | Code | Message |
                |---|---|
                | `StoreUnavailable` | The store cloud:http://127.0.0.1:9 \\| refused: &lt;b&gt; |

                No plan.json is left: the one an earlier run wrote was removed, so that no tool takes it for the \
                current plan.
                """, PlanMarkdown.failed("StoreUnavailable",
                "The store cloud:http://127.0.0.1:9 | refused:\n<b>"));
    }

    @Test
    void findingsHaveAHeadingOfTheirOwn() {
        String markdown = PlanMarkdown.render(PlanSamples.withFindings());

        assertTrue(markdown.contains("### Key policy findings\n\n| Address | Code | Severity | Message |\n"
                + "|---|---|---|---|\n| alibaba/cn-hangzhou/dsa | `WeakKeyType` | error | a DSA key (ssh-dss, 1024 bits):"),
                markdown);
        assertTrue(markdown.contains("| alibaba/cn-hangzhou/manual | `KeyPairTooOld` | error, unmanaged: never blocks |"),
                markdown);
        assertTrue(markdown.indexOf("### Errors") < markdown.indexOf("### Key policy findings"));
        assertFalse(PlanMarkdown.render(PlanSamples.sample()).contains("Key policy findings"));
    }
}
