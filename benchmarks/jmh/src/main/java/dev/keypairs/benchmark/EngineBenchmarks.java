package dev.keypairs.benchmark;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.KeyFormatException;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.manifest.ManifestReader;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.Planner;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.workflow.PlanWorkload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The engine's hot paths, warm, under JMH: reading one public key (parse, wire checks, value checks (for ECDSA
 * with Bouncy Castle), fingerprints), reading a 1,000-key-pair manifest (500 distinct key files, each key read
 * once there), and the no-op plan of 1,000 key pairs against the embedded store (two regions of 500, read in pages
 * of 50; the keys come read with the manifest, and the rules hold no state). The
 * whole-process figures, cold JVM and Maven included, come from the scripts in {@code benchmarks/}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmarks {

    private String rsa2048;
    private String ecdsa256;
    private Path project;
    private KeyPairStore store;
    private ManifestSet manifests;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        rsa2048 = Fixtures.text("rsa-2048.pub");
        ecdsa256 = Fixtures.text("ecdsa-256.pub");
        project = Files.createTempDirectory("keypairs-jmh");
        PlanWorkload.main(new String[] {project.toString(), "2", "500", "0", "seed"});
        store = KeyPairStores.open("sqlite:" + project.resolve("store.db"));
        manifests = readManifest();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        store.close();
    }

    @Benchmark
    public PublicKey readRsa2048Key() throws KeyFormatException {
        return PublicKeyReader.read(rsa2048);
    }

    @Benchmark
    public PublicKey readEcdsa256Key() throws KeyFormatException {
        return PublicKeyReader.read(ecdsa256);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ManifestSet readManifestOf1000KeyPairs() throws Exception {
        return readManifest();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Plan noOpPlanOf1000KeyPairs() throws Exception {
        return new Planner(store, new ProjectPaths(project), Rules.builtIn())
                .plan(manifests, new PlanOptions(List.of("keypairs.yaml"), List.of(), null));
    }

    private ManifestSet readManifest() throws Exception {
        return ManifestReader.read(new ProjectPaths(project), List.of("keypairs.yaml"));
    }
}
