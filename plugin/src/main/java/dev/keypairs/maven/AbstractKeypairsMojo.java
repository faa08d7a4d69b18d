package dev.keypairs.maven;

import dev.keypairs.provider.Provider;
import dev.keypairs.workflow.Configuration;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import dev.keypairs.workflow.Setting;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal shares, and the mapping of the engine's failures. A {@code -Dkeypairs.*} property on
 * the command line wins over the same parameter in the pom's {@code <configuration>} ({@link CommandLineSettings});
 * a property given empty is refused, never taken for the default.
 */
abstract class AbstractKeypairsMojo extends AbstractGoalMojo {

    /**
     * The directory of the pom Maven runs; unset when there is none (the goals need no pom), and then the
     * current directory is the base.
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File projectDirectory;

    /**
     * Manifest files and directories, relative to the base directory; a directory means every {@code *.yaml} and
     * {@code *.yml} in it, sorted. In the pom a list ({@code <manifests><manifest>a.yaml</manifest>...}), on the
     * command line comma-separated. Default: {@code keypairs.yaml}.
     */
    @Parameter(property = "keypairs.manifests")
    List<String> manifests;

    /**
     * The execution this goal runs as: {@code prod} of {@code mvn keypairs:plan@prod} (that execution's
     * {@code <configuration>} in the pom), {@code default-cli} for a goal run by its name. Recorded in plan.json; a
     * saved plan of another execution is refused (goals.md, "Several accounts in one pom").
     */
    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
    String executionId;

    /**
     * The ids of the executions that name no account of their own: a goal run by its name ({@code default-cli}) and
     * a pom's execution without an {@code <id>} ({@code default}).
     */
    private static final Set<String> UNNAMED_EXECUTIONS = Set.of("default-cli", "default");

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        applyCommandLine();
        if (skipped()) {
            return;
        }
        prepare();
        try {
            run(reporter());
        } catch (KeypairsException e) {
            throw new MojoFailureException(MavenWording.describe(e, serverIds()), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("keypairs failed unexpectedly: " + e
                    + ". Run with -e for the stack trace and report it; nothing more was changed.", e);
        }
    }

    /** The settings.xml server each provider's cloud key is read from, for a denial's words; none by default. */
    Map<Provider, String> serverIds() {
        return Map.of();
    }

    /** What a goal settles before its engine call, e.g. the store's credentials; nothing by default. */
    void prepare() throws MojoFailureException {
    }

    /** Makes the goal's one engine call on the run of {@link #configuration()}. */
    abstract void run(Reporter reporter) throws KeypairsException;

    /**
     * The goal's parameters as one configuration: the shared ones here, each goal's own added by its override
     * (the store, the output, the plan options).
     */
    Configuration configuration() {
        Map<Provider, Path> catalogues = new EnumMap<>(Provider.class);
        if (alibabaRegions != null) {
            catalogues.put(Provider.ALIBABA, alibabaRegions.toPath());
        }
        if (tencentRegions != null) {
            catalogues.put(Provider.TENCENT, tencentRegions.toPath());
        }
        return Configuration.of(baseDirectory()).withManifests(listed(manifests)).withRegionCatalogues(catalogues)
                .withGivenEmpty(givenEmpty()).withExecution(executionId);
    }

    /**
     * Where the goal's files go: {@code out} when given; else {@code target/keypairs/ID} for a named execution, so
     * that {@code mvn keypairs:plan@prod keypairs:plan@staging} leaves both plans; else null, the engine's
     * {@code target/keypairs}.
     */
    Path outputDirectory(File out) {
        if (out != null) {
            return out.toPath();
        }
        return executionId == null || UNNAMED_EXECUTIONS.contains(executionId) ? null
                : Path.of("target", "keypairs", executionId);
    }

    /** A file parameter as a path; null for unset. */
    static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    /** The settings given on the command line with an empty or blank value. */
    private Set<Setting> givenEmpty() {
        Set<Setting> empty = EnumSet.noneOf(Setting.class);
        for (Setting setting : Setting.values()) {
            if (setting.namesAPlace() && givenEmpty(setting.key())) {
                empty.add(setting);
            }
        }
        return empty;
    }

    /** The settings that name a place: the engine refuses them given empty (Configuration#givenEmpty). */
    @Override
    Set<String> emptyLeftToEngine() {
        Set<String> keys = new java.util.HashSet<>();
        for (Setting setting : Setting.values()) {
            if (setting.namesAPlace()) {
                keys.add(setting.key());
            }
        }
        return keys;
    }

    @Override
    File baseDirectoryOrNull() {
        return baseDirectory().toFile();
    }

    /** The project base: the pom's directory, or the current directory without a pom. */
    private Path baseDirectory() {
        return projectDirectory != null ? projectDirectory.toPath() : Path.of("").toAbsolutePath();
    }

    /** A list parameter as Maven gave it; none for unset. */
    static List<String> listed(List<String> values) {
        return values == null ? List.of() : values;
    }

    private Reporter reporter() {
        Log log = getLog();
        return new Reporter() {
            @Override
            public void info(String line) {
                log.info(line);
            }

            @Override
            public void warn(String line) {
                log.warn(line);
            }

            @Override
            public void debug(String line) {
                log.debug(line);
            }
        };
    }
}
