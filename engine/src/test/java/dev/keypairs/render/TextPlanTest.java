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
    void aRenameInPlaceReadsOldToNewAndARenameByReplaceSaysWhy() {
        List<String> lines = TextPlan.render(PlanSamples.renames());

        assertTrue(lines.contains("  ~ rename ops_old → ops_2026  in place, keeping its KeyId; then tags +team=web"
                + "  [ssh-rsa 2048 " + PlanSamples.RSA.fingerprints().sha256() + "]"), lines.toString());
        assertTrue(lines.contains("  -/+ new-name  replace: renamed from old-name as a replace: alibaba has no rename"
                + " call; the new name lands first, then old-name is deleted  [ssh-rsa 2048 "
                + PlanSamples.RSA.fingerprints().sha256() + "]"), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("  ~ tagged  update: tags env: dev → prod")),
                lines.toString());
        assertEquals("Plan: 0 to import, 0 to create, 1 to replace, 1 to rename, 1 to update, 0 to delete;"
                + " 0 unchanged.", lines.get(lines.size() - 1));
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

    @Test
    void findingsHaveASectionOfTheirOwnEachWithItsCode() {
        List<String> lines = TextPlan.render(PlanSamples.withFindings());

        int section = lines.indexOf("Key policy findings (7):");
        assertTrue(section > 0, lines.toString());
        assertEquals("  x error alibaba/cn-hangzhou/dsa: WeakKeyType: a DSA key (ssh-dss, 1024 bits): OpenSSH disabled"
                + " DSA by default in 9.8 and has removed it since, so no current client can use it; replace it with an"
                + " ed25519 key (ssh-keygen -t ed25519)", lines.get(section + 1));
        assertEquals("  ! warning alibaba/cn-hangzhou/short: ShortRsaKey: an RSA key of 1024 bits (ssh-rsa), below the"
                + " policy's minRsaBits of 2048: replace it with an ed25519 key, or an RSA key of at least 2048 bits",
                lines.get(section + 2));
        assertEquals("  ! warning alibaba/cn-hangzhou/cert: CertificateExpiring: the certificate"
                + " (ssh-ed25519-cert-v01@openssh.com) expires on 2026-07-01, in 12 days: sign the key again"
                + " (ssh-keygen -s) before then and declare the new certificate", lines.get(section + 3));
        assertTrue(lines.get(section + 4).contains("CertificateExpired: the certificate"
                + " (ssh-rsa-cert-v01@openssh.com) expired on 2025-01-01"), lines.get(section + 4));
        assertTrue(lines.get(section + 5).contains("LegacyCertificate: a v00 certificate"), lines.get(section + 5));
        assertEquals("  ! error alibaba/cn-hangzhou/manual: KeyPairTooOld: created in the store on 2020-01-01, 2343"
                + " days ago, more than the policy's maxAgeDays of 365: rotate it (or delete it) (not declared: an audit"
                + " finding, it never blocks)", lines.get(section + 6));
        assertEquals("  ! warning alibaba/cn-hangzhou/ci: KeyPairTooOld: created in the store on 2024-01-01, 882 days"
                + " ago, more than the policy's maxAgeDays of 365: rotate it: a new key under the same name is a replace;"
                + " under a new name, renamedFrom or a prune", lines.get(section + 7));
    }
}
