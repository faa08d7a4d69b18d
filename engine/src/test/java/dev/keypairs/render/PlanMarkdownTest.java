package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(markdown.contains("| `-/+` | alibaba/cn-hangzhou/ci | replace | key changed: a → b |"), markdown);
        assertTrue(markdown.contains("| `+` | alibaba/cn-hangzhou/deploy-key | import | not in store | ssh-rsa "
                + PlanSamples.RSA.fingerprints().sha256() + " | tags team=a | keypairs.yaml:7 |"),
                "what the import sets, and where it is declared: " + markdown);
        assertFalse(markdown.contains("alibaba/cn-hangzhou/same"), "no-ops are not listed");
        assertTrue(markdown.contains("1 unchanged, 1 unmanaged"), markdown);
        assertTrue(markdown.contains("### Warnings"), markdown);
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
}
