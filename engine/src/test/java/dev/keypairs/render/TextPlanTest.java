package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPlanTest {

    @Test
    void groupedByRegionWithSymbolsReasonsAndSummary() {
        List<String> lines = TextPlan.render(PlanSamples.sample());

        assertEquals("keypairs plan against sqlite:/tmp/store.db", lines.get(0));
        assertTrue(lines.contains("alibaba/cn-hangzhou (1 unchanged)"), lines.toString());
        assertTrue(lines.contains("  + deploy-key  import: not in store  [ssh-rsa 2048 "
                + PlanSamples.RSA.fingerprints().sha256() + "]"), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("  -/+ ci  replace: key changed: a → b")));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("  - old  delete: not declared; prune")));
        assertTrue(lines.stream().noneMatch(line -> line.contains(" same ")), "no-ops are counted, not listed");
        assertTrue(lines.contains("  x keypairs.yaml:15:20: alibaba/cn-hangzhou/bad: InvalidPublicKeyBody.Malformed:"
                + " PublicKeyBody: this is a private key | not <b>"), lines.toString());
        assertTrue(lines.contains("  ? alibaba/cn-hangzhou/manual"));
        assertEquals("Plan: 1 to import, 1 to create, 1 to replace, 0 to update, 1 to delete; 1 unchanged."
                + " Not applied until 2 errors are fixed.", lines.get(lines.size() - 1),
                "a plan with errors never reads as if it would apply");
    }
}
