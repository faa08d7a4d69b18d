package dev.keypairs.workflow;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.provider.Tag;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a benchmark workload, not a test: a Maven project declaring REGIONS × PER_REGION Alibaba key pairs
 * (keys from the ssh-keygen fixtures, shared by many names as Alibaba allows) and, with {@code seed}, an
 * embedded store already holding all of them, so that {@code keypairs:plan} on it is a no-op.
 *
 * <p>Run by {@code benchmarks/plan-noop.sh}: {@code PlanWorkload DIRECTORY REGIONS PER_REGION PLUGIN_VERSION seed|empty}.
 */
public final class PlanWorkload {

    private static final List<String> KEYS = List.of("rsa-1024.pub", "rsa-2048.pub", "rsa-3072.pub", "rsa-4096.pub",
            "dsa-1024.pub", "ecdsa-256.pub", "ecdsa-384.pub", "ecdsa-521.pub");

    private PlanWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]).toAbsolutePath();
        int regionCount = Integer.parseInt(args[1]);
        int perRegion = Integer.parseInt(args[2]);
        String pluginVersion = args[3];
        boolean seed = args[4].equals("seed");
        Files.createDirectories(directory.resolve("keys"));
        Files.writeString(directory.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.keypairs.benchmark</groupId>
                  <artifactId>workload</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.keypairs</groupId>
                        <artifactId>keypairs-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(pluginVersion));
        for (int i = 0; i < KEYS.size(); i++) {
            Files.writeString(directory.resolve("keys/k" + i + ".pub"), Fixtures.text(KEYS.get(i)));
        }
        List<String> regions = RegionCatalogue.builtIn(Provider.ALIBABA).regions().stream().map(Region::id)
                .limit(regionCount).toList();
        StringBuilder yaml = new StringBuilder("defaults:\n  tags: {owner: platform}\nalibaba:\n");
        for (String region : regions) {
            yaml.append("  ").append(region).append(":\n    keyPairs:\n");
            for (int i = 0; i < perRegion; i++) {
                yaml.append("      - {name: ").append(name(i)).append(", publicKeyFile: keys/k").append(i % KEYS.size())
                        .append(".pub}\n");
            }
        }
        Files.writeString(directory.resolve("keypairs.yaml"), yaml, StandardCharsets.UTF_8);
        if (seed) {
            try (KeyPairStore store = KeyPairStores.open("sqlite:" + directory.resolve("store.db") + "?rateLimit=off")) {
                for (String region : regions) {
                    for (int i = 0; i < perRegion; i++) {
                        store.importKeyPair(AlibabaKeyPairRequest.importing(region, name(i),
                                Fixtures.text(KEYS.get(i % KEYS.size())), List.of(new Tag("owner", "platform")), null));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "workload: %d regions x %d key pairs in %s (%s store)%n", regions.size(), perRegion,
                directory, seed ? "seeded" : "empty");
    }

    private static String name(int index) {
        return String.format(Locale.ROOT, "key-%04d", index);
    }
}
