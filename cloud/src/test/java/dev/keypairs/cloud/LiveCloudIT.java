package dev.keypairs.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.plan.Action;
import dev.keypairs.store.TestKeys;
import dev.keypairs.workflow.ApplyReport;
import dev.keypairs.workflow.Approval;
import dev.keypairs.workflow.Configuration;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.PlanReport;
import dev.keypairs.workflow.Reporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live check of clouds.md, run only by {@code ./mvnw -pl cloud -am -Plive verify}: in a real account whose
 * credentials are in the environment, import one key pair per provider, see the plan say nothing changes, and destroy
 * it. A provider without credentials in the environment is left out; with none at all the check fails, since it was
 * asked for. Regions: {@code KEYPAIRS_LIVE_ALIBABA_REGION} (cn-hangzhou), {@code KEYPAIRS_LIVE_TENCENT_REGION}
 * (ap-guangzhou).
 */
class LiveCloudIT {

    @TempDir
    Path project;

    @Test
    void importPlanAndDestroyInARealAccount() throws Exception {
        Map<String, String> environment = System.getenv();
        boolean alibaba = environment.containsKey("ALIBABA_CLOUD_ACCESS_KEY_ID");
        boolean tencent = environment.containsKey("TENCENTCLOUD_SECRET_ID");
        assertTrue(alibaba || tencent, "-Plive needs ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET or"
                + " TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY in the environment (clouds.md)");
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        Files.writeString(project.resolve("live.pub"), TestKeys.rsa(0) + "\n");
        StringBuilder manifest = new StringBuilder();
        int declared = 0;
        if (alibaba) {
            manifest.append("alibaba:\n  ").append(environment.getOrDefault("KEYPAIRS_LIVE_ALIBABA_REGION", "cn-hangzhou"))
                    .append(":\n    keyPairs:\n      - name: keypairs-live-").append(suffix)
                    .append("\n        publicKeyFile: live.pub\n        tags:\n          keypairs-live: \"true\"\n");
            declared++;
        }
        if (tencent) {
            manifest.append("tencent:\n  ").append(environment.getOrDefault("KEYPAIRS_LIVE_TENCENT_REGION", "ap-guangzhou"))
                    .append(":\n    keyPairs:\n      - name: keypairs_live_").append(suffix)
                    .append("\n        publicKeyFile: live.pub\n");
            declared++;
        }
        Files.writeString(project.resolve("keypairs.yaml"), manifest.toString());
        List<String> log = new ArrayList<>();
        Reporter reporter = new Reporter() {
            @Override
            public void info(String line) {
                log.add(line);
                System.out.println(line);
            }

            @Override
            public void warn(String line) {
                info("WARN " + line);
            }
        };
        Configuration configuration = Configuration.of(project).withStore("cloud:");

        ApplyReport applied = new Keypairs(configuration, reporter).apply();
        try {
            assertTrue(applied.result().succeeded(), log.toString());
            assertEquals(declared, applied.result().done(Action.IMPORT));
            PlanReport plan = new Keypairs(configuration, reporter).plan();
            assertEquals(declared, plan.plan().summary().noops(), log.toString());
            assertFalse(plan.plan().summary().hasChanges());
        } finally {
            ApplyReport destroyed = new Keypairs(configuration, reporter).destroy(Approval.GIVEN);
            assertTrue(destroyed.result().succeeded(), log.toString());
        }
        assertEquals(0, new Keypairs(configuration, reporter).plan().plan().summary().noops(), "destroyed");
    }
}
