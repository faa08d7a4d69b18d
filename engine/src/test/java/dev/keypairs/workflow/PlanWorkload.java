package dev.keypairs.workflow;

import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.provider.Tag;
import dev.keypairs.render.Plural;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a benchmark workload, not a test: a Maven project declaring REGIONS × PER_REGION key pairs and, with
 * {@code seed}, an embedded store already holding all of them, so that {@code keypairs:plan} on it is a no-op.
 * Like a team's account: PER_REGION people, each with a distinct RSA-2048 key (a key file of its own), each
 * declared in every region under the same name.
 *
 * <p>Run by the scripts in {@code benchmarks/}: {@code PlanWorkload DIRECTORY REGIONS PER_REGION PLUGIN_VERSION
 * seed|empty [alibaba|tencent]}.
 * With the environment variable {@code KEYPAIRS_JVM_CONFIG} set, its value becomes the project's
 * {@code .mvn/jvm.config}.
 */
public final class PlanWorkload {

    private PlanWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]).toAbsolutePath();
        int regionCount = Integer.parseInt(args[1]);
        int perRegion = Integer.parseInt(args[2]);
        String pluginVersion = args[3];
        boolean seed = args[4].equals("seed");
        Provider provider = args.length > 5 ? Provider.fromId(args[5]).orElseThrow() : Provider.ALIBABA;
        String jvmConfig = System.getenv("KEYPAIRS_JVM_CONFIG");
        if (jvmConfig != null && !jvmConfig.isBlank()) {
            Files.createDirectories(directory.resolve(".mvn"));
            Files.writeString(directory.resolve(".mvn/jvm.config"), jvmConfig.strip() + "\n");
        }
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
        List<String> keys = TestKeys.distinct(1024, perRegion, 2026);
        for (int i = 0; i < perRegion; i++) {
            Files.writeString(directory.resolve(keyFile(i)), keys.get(i) + "\n");
        }
        List<String> regions = RegionCatalogue.builtIn(provider).regions().stream().map(Region::id)
                .limit(regionCount).toList();
        Files.writeString(directory.resolve("keypairs.yaml"), manifest(provider, regions, perRegion),
                StandardCharsets.UTF_8);
        if (seed && provider == Provider.TENCENT) {
            throw new IllegalArgumentException("seeding is for Alibaba workloads");
        }
        if (seed) {
            try (KeyPairStore store = KeyPairStores.open("sqlite:" + directory.resolve("store.db") + "?rateLimit=off")) {
                for (String region : regions) {
                    for (int i = 0; i < perRegion; i++) {
                        store.importKeyPair(AlibabaKeyPairRequest.importing(region, name(i),
                                keys.get(i), List.of(new Tag("owner", "platform")), null));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "workload: %s x %s in %s (%s store)%n", Plural.of(regions.size(), "region"),
                Plural.of(perRegion, "key pair"), directory, seed ? "seeded" : "empty");
    }

    /** The workload's manifest: in each region, key pairs key_0000... each with its own key file. */
    public static String manifest(Provider provider, List<String> regions, int perRegion) {
        StringBuilder yaml = new StringBuilder("defaults:\n  tags: {owner: platform}\n").append(provider.id())
                .append(":\n");
        for (String region : regions) {
            yaml.append("  ").append(region).append(":\n    keyPairs:\n");
            for (int i = 0; i < perRegion; i++) {
                yaml.append("      - {name: ").append(name(i)).append(", publicKeyFile: ")
                        .append(keyFile(i)).append("}\n");
            }
        }
        return yaml.toString();
    }

    private static String keyFile(int index) {
        return "keys/k" + index + ".pub";
    }

    /** A name both providers accept (Tencent allows no hyphen). */
    private static String name(int index) {
        return String.format(Locale.ROOT, "key_%04d", index);
    }
}
