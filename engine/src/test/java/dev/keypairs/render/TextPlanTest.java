package dev.keypairs.render;

import dev.keypairs.plan.Reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.project.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.manifest.KeySource;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.project.Source;
import dev.keypairs.provider.Provider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextPlanTest {

    @Test
    void groupedByRegionWithSymbolsReasonsAndSummary() {
        List<String> lines = TextPlan.render(PlanSamples.sample());

        assertEquals("keypairs plan against sqlite:/tmp/store.db", lines.get(0));
        assertTrue(lines.contains("alibaba/cn-hangzhou (1 unchanged)"), lines.toString());
        assertTrue(lines.contains("  + deploy-key  import: not in store  [ssh-rsa 2048 "
                + PlanSamples.RSA.fingerprints().sha256() + "]  {tags team=a}"), "what an import sets: " + lines);
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

    @Test
    void aLandingKeyPairShowsItsProjectAndProtection() {
        Address address = Address.ofRegion(Provider.TENCENT, "ap-guangzhou").keyPair("deploy");
        DeclaredKeyPair declared = new DeclaredKeyPair(address, new KeySource.Inline(PlanSamples.RSA.toOpenSshLine()),
                Map.of(), null, 4L, true, new Source("keypairs.yaml", 3, 9), Map.of(), true);
        Change change = new Change(address, Action.IMPORT, new Reason.NotInStore(), declared.source(), null,
                new KeyPairState("ssh-rsa", 2048, "aa", "SHA256:x", Map.of(), null, 4L, null, null), declared, null,
                null, null);
        Plan plan = new Plan("ab".repeat(32), new PlanOptions(List.of(), List.of(), null), "memory:x", List.of(change),
                List.of(), List.of(), List.of());
        assertTrue(TextPlan.render(plan).contains("  + deploy  import: not in store  [ssh-rsa 2048 SHA256:x]"
                + "  {projectId 4; protected}"), TextPlan.render(plan).toString());
    }
}
