package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dkeypairs.*} on the command line wins over the pom's {@code <configuration>} (goals.md), read through the
 * plugin's own descriptor: the plugin.xml this build generated, as Maven hands it to the Mojos.
 */
class CommandLineSettingsTest {

    private static PluginDescriptor plugin;

    @TempDir
    Path base;

    @BeforeAll
    static void readThePluginDescriptor() throws Exception {
        plugin = pluginDescriptor();
        assertEquals("keypairs", plugin.getGoalPrefix());
    }

    /** The plugin.xml this build generated (process-classes), read as Maven reads it. */
    static PluginDescriptor pluginDescriptor() throws Exception {
        try (InputStream in = CommandLineSettingsTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin.xml the build generated (process-classes)");
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PluginDescriptorBuilder().build(reader);
            }
        }
    }

    private static Properties commandLine(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    /** A plan goal as Maven configured it from a pom. */
    private static PlanMojo planFromPom() {
        PlanMojo mojo = new PlanMojo();
        mojo.store = "sqlite:pom-store.db";
        mojo.manifests = List.of("team-a.yaml", "team-b.yaml");
        mojo.target = List.of("alibaba/**");
        mojo.failOnChanges = false;
        mojo.prune = null;
        return mojo;
    }

    private void apply(AbstractKeypairsMojo mojo, Properties commandLine) throws MojoFailureException {
        CommandLineSettings.apply(mojo, plugin, commandLine, base.toFile(), mojo.emptyLeftToEngine());
    }

    @Test
    void theCommandLineWinsOverThePomAndLeavesWhatItDoesNotGive() throws Exception {
        PlanMojo mojo = planFromPom();

        apply(mojo, commandLine("keypairs.store", "sqlite:store.db?rateLimit=off", "keypairs.failOnChanges", "true"));

        assertEquals("sqlite:store.db?rateLimit=off", mojo.store);
        assertTrue(mojo.failOnChanges);
        assertEquals(List.of("team-a.yaml", "team-b.yaml"), mojo.manifests, "not given: the pom's list");
        assertEquals(List.of("alibaba/**"), mojo.target);
        assertNull(mojo.prune);
        assertNull(mojo.out);
    }

    @Test
    void aListIsCommaSeparatedAndReplacesThePomsListWhole() throws Exception {
        PlanMojo mojo = planFromPom();

        apply(mojo, commandLine("keypairs.manifests", "team-a.yaml", "keypairs.target", "alibaba/*,,tencent/ap-*/k"));

        assertEquals(List.of("team-a.yaml"), mojo.manifests);
        // Parts as given, an empty one kept: the engine drops it, never the command line.
        assertEquals(List.of("alibaba/*", "", "tencent/ap-*/k"), mojo.target);
    }

    @Test
    void aRelativeFileIsResolvedAgainstTheBaseDirectoryAnAbsoluteOneKept() throws Exception {
        ApplyMojo mojo = new ApplyMojo();
        File absolute = base.resolve("elsewhere").resolve("plan.json").toAbsolutePath().toFile();

        apply(mojo, commandLine("keypairs.out", "target/reviewed", "keypairs.plan", absolute.getPath(),
                "keypairs.regions.alibaba", "regions/alibaba.tsv"));

        assertEquals(new File(base.toFile(), "target/reviewed"), mojo.out);
        assertEquals(absolute, mojo.plan);
        assertEquals(new File(base.toFile(), "regions/alibaba.tsv"), mojo.alibabaRegions);

        ServeMojo serve = new ServeMojo();
        CommandLineSettings.apply(serve, plugin, commandLine("keypairs.serve.credentials", "keys.txt"), null, Set.of());
        assertEquals(new File("keys.txt"), serve.credentials, "no base directory: as given");
    }

    @Test
    void aFlagTakesTrueOrFalseInAnyCaseAndNothingElse() throws Exception {
        PlanMojo mojo = planFromPom();
        apply(mojo, commandLine("keypairs.failOnChanges", "TRUE", "keypairs.destroy", " true ", "keypairs.prune",
                "False"));
        assertTrue(mojo.failOnChanges);
        assertTrue(mojo.destroy);
        assertEquals(Boolean.FALSE, mojo.prune);

        PlanMojo pom = planFromPom();
        MojoFailureException maybe = assertThrows(MojoFailureException.class,
                () -> apply(pom, commandLine("keypairs.failOnChanges", "maybe")));
        assertEquals("InvalidSetting: -Dkeypairs.failOnChanges=maybe is neither true nor false; nothing was read or"
                + " changed.", maybe.getMessage());
        assertFalse(pom.failOnChanges, "left as the pom gave it");

        MojoFailureException yes = assertThrows(MojoFailureException.class,
                () -> apply(planFromPom(), commandLine("keypairs.skip", "yes")));
        assertEquals("InvalidSetting: -Dkeypairs.skip=yes is neither true nor false; nothing was read or changed.",
                yes.getMessage());
    }

    @Test
    void skipIsTakenFromTheCommandLineFirst() throws Exception {
        ValidateMojo mojo = new ValidateMojo();
        apply(mojo, commandLine("keypairs.skip", "true"));
        assertTrue(mojo.skip);
    }

    @Test
    void aPropertyGivenEmptyIsRefusedNamingItNeverTakenForTheDefault() {
        for (String empty : List.of("", "  ")) {
            PlanMojo mojo = planFromPom();
            MojoFailureException refused = assertThrows(MojoFailureException.class,
                    () -> apply(mojo, commandLine("keypairs.failOnChanges", empty)));
            assertEquals("EmptySetting: keypairs.failOnChanges is given but empty: give it a value"
                    + " (-Dkeypairs.failOnChanges=...), or leave it out for its default. Nothing was read or changed.",
                    refused.getMessage());
        }
        // A list of nothing but unset variables: never "every address".
        for (String blanks : List.of(",", " , ,")) {
            PlanMojo mojo = planFromPom();
            MojoFailureException refused = assertThrows(MojoFailureException.class,
                    () -> apply(mojo, commandLine("keypairs.target", blanks)));
            assertEquals("EmptySetting: keypairs.target is given but empty: give it a value (-Dkeypairs.target=...),"
                    + " or leave it out for its default. Nothing was read or changed.", refused.getMessage());
            assertEquals(List.of("alibaba/**"), mojo.target, "left as the pom gave it");
        }
    }

    @Test
    void anEmptyPlaceIsLeftToTheEngineToRefuseInItsOwnWords() throws Exception {
        PlanMojo mojo = planFromPom();
        assertTrue(mojo.emptyLeftToEngine().containsAll(Set.of("keypairs.store", "keypairs.manifests")));

        apply(mojo, commandLine("keypairs.store", "", "keypairs.manifests", ","));

        assertEquals("", mojo.store);
        assertEquals(List.of("", ""), mojo.manifests);

        // keypairs:serve has no engine goal behind it: an empty store is refused here.
        ServeMojo serve = new ServeMojo();
        MojoFailureException refused = assertThrows(MojoFailureException.class, () -> CommandLineSettings.apply(serve,
                plugin, commandLine("keypairs.store", ""), null, serve.emptyLeftToEngine()));
        assertEquals("EmptySetting: keypairs.store is given but empty: give it a value (-Dkeypairs.store=...), or"
                + " leave it out for its default. Nothing was read or changed.", refused.getMessage());
    }

    @Test
    void onlyTheParametersKeypairsPropertiesAreRead() throws Exception {
        PlanMojo mojo = planFromPom();
        File pomDirectory = base.toFile();
        mojo.projectDirectory = pomDirectory;

        apply(mojo, commandLine("store", "sqlite:other.db", "project.basedir", "/elsewhere", "keypairsstore", "x",
                "keypairs", "sqlite:other.db"));

        assertEquals("sqlite:pom-store.db", mojo.store);
        assertSame(pomDirectory, mojo.projectDirectory);
    }

    @Test
    void aMisspeltPropertyIsRefusedNamingTheClosestKnownOneBeforeAnythingIsSet() {
        PlanMojo mojo = planFromPom();
        MojoFailureException refused = assertThrows(MojoFailureException.class,
                () -> apply(mojo, commandLine("keypairs.stor", "cloud:", "keypairs.failOnChanges", "true")));
        assertEquals("UnknownSetting: -Dkeypairs.stor is not a property of keypairs (did you mean -Dkeypairs.store?)."
                + " Spell it as goals.md does (mvn keypairs:help -Ddetail lists each goal's), or leave it out. Nothing"
                + " was read or changed.", refused.getMessage());
        assertEquals("sqlite:pom-store.db", mojo.store, "left as the pom gave it");
        assertFalse(mojo.failOnChanges, "nothing is set once one property is refused");

        MojoFailureException several = assertThrows(MojoFailureException.class, () -> apply(planFromPom(),
                commandLine("keypairs.serve.prot", "0", "keypairs.failonchanges", "true", "keypairs.colour", "red",
                        "keypairs.alibaba.serverid", "mine")));
        assertEquals("UnknownSetting: -Dkeypairs.alibaba.serverid is not a property of keypairs (did you mean"
                + " -Dkeypairs.alibaba.serverId?); -Dkeypairs.colour is not a property of keypairs; -Dkeypairs.failonchanges"
                + " is not a property of keypairs (did you mean -Dkeypairs.failOnChanges?); -Dkeypairs.serve.prot is not"
                + " a property of keypairs (did you mean -Dkeypairs.serve.port?). Spell it as goals.md does (mvn"
                + " keypairs:help -Ddetail lists each goal's), or leave it out. Nothing was read or changed.",
                several.getMessage());

        // keypairs:serve and a goal with no store refuse it alike: the namespace is the plugin's.
        assertThrows(MojoFailureException.class, () -> CommandLineSettings.apply(new ServeMojo(), plugin,
                commandLine("keypairs.stor", "memory:dev"), null, Set.of()));
        assertThrows(MojoFailureException.class, () -> apply(new ValidateMojo(), commandLine("keypairs.manifest",
                "keypairs.yaml")));
    }

    @Test
    void anotherGoalsPropertyIsThePluginsAndPasses() throws Exception {
        PlanMojo mojo = planFromPom();
        apply(mojo, commandLine("keypairs.export.to", "elsewhere.yaml", "keypairs.serve.port", "0",
                "keypairs.regions.tencent", "regions.tsv", "keypairs.alibaba.serverId", "mine",
                "keypairs.tencent.serverId", "theirs", "keypairs.autoApprove", "true", "keypairs.plan", "plan.json"));
        assertEquals("sqlite:pom-store.db", mojo.store);

        // Every keypairs.* property of every goal in the descriptor is known, whichever goal runs.
        Properties every = new Properties();
        for (String property : CommandLineSettings.known(plugin)) {
            every.setProperty(property, "true");
        }
        assertTrue(every.size() >= 22, every.toString());
        assertTrue(every.keySet().containsAll(Set.of("keypairs.serve.host", "keypairs.serve.throttle",
                "keypairs.regions.alibaba", "keypairs.export.overwrite", "keypairs.skip")), every.toString());
        CommandLineSettings.refuseUnknown(plugin, every);

        // Where an emulator of the build listens, for its later steps: known, though no goal takes it.
        CommandLineSettings.refuseUnknown(plugin, commandLine("keypairs.emulator.port", "8089",
                "keypairs.emulator.endpoint", "http://127.0.0.1:8089"));
    }

    @Test
    void nothingIsChangedWithoutADescriptorPropertiesOrAGoalOfThePlugin() throws Exception {
        PlanMojo mojo = planFromPom();
        CommandLineSettings.apply(mojo, null, commandLine("keypairs.store", "sqlite:x.db"), null, Set.of());
        CommandLineSettings.apply(mojo, plugin, null, null, Set.of());
        assertEquals("sqlite:pom-store.db", mojo.store);

        Object notAGoal = new Object();
        CommandLineSettings.apply(notAGoal, plugin, commandLine("keypairs.store", ""), null, Set.of());
    }

    @Test
    void thePropertyOfAnExpression() {
        assertEquals("keypairs.store", CommandLineSettings.property("${keypairs.store}"));
        assertEquals("keypairs.regions.alibaba", CommandLineSettings.property("${keypairs.regions.alibaba}"));
        assertNull(CommandLineSettings.property("${project.basedir}"));
        assertNull(CommandLineSettings.property("${session.userProperties}"));
        assertNull(CommandLineSettings.property("keypairs.store"));
        assertNull(CommandLineSettings.property("${keypairs.store"));
        assertNull(CommandLineSettings.property(null));
    }

    @Test
    void everyKeypairsParameterOfEveryGoalCanBeSetFromTheCommandLine() throws Exception {
        List<String> goals = new ArrayList<>();
        for (MojoDescriptor goal : plugin.getMojos()) {
            Class<?> type = Class.forName(goal.getImplementation());
            List<String> properties = new ArrayList<>();
            for (Parameter parameter : goal.getParameters()) {
                String property = CommandLineSettings.property(parameter.getExpression());
                if (property == null) {
                    continue;
                }
                properties.add(property);
                Object mojo = type.getDeclaredConstructor().newInstance();
                // "true" is a string, a relative file, a list of one and a flag: every type the command line sets.
                CommandLineSettings.apply(mojo, plugin, commandLine(property, "true"), base.toFile(), Set.of());
                Field field = field(type, parameter.getName());
                field.setAccessible(true);
                Object value = field.get(mojo);
                assertTrue(value != null && !value.equals(Boolean.FALSE),
                        goal.getGoal() + ": -D" + property + "=true set " + parameter.getName() + ": " + value);
            }
            if (!goal.getGoal().equals("help")) {
                goals.add(goal.getGoal());
                assertTrue(properties.contains("keypairs.skip"), goal.getGoal() + ": " + properties);
            }
        }
        assertEquals(List.of("apply", "destroy", "export", "plan", "serve", "show", "start", "stop", "validate"),
                goals.stream().sorted().toList());
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            try {
                return declaring.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** A goal whose descriptor does not match its fields: a mistake of the plugin's, never the user's. */
    static final class MismatchedGoal {
        int count;
    }

    @Test
    void aDescriptorTheGoalDoesNotMatchIsThePluginsMistake() throws Exception {
        PluginDescriptor mismatched = new PluginDescriptor();
        mismatched.setGroupId("dev.keypairs");
        mismatched.setArtifactId("mismatched");
        mismatched.setVersion("1");
        MojoDescriptor goal = new MojoDescriptor();
        goal.setPluginDescriptor(mismatched);
        goal.setGoal("mismatched");
        goal.setImplementation(MismatchedGoal.class.getName());
        goal.addParameter(parameter("count", "${keypairs.count}"));
        goal.addParameter(parameter("absent", "${keypairs.absent}"));
        mismatched.addMojo(goal);

        IllegalStateException count = assertThrows(IllegalStateException.class, () -> CommandLineSettings.apply(
                new MismatchedGoal(), mismatched, commandLine("keypairs.count", "3"), null, Set.of()));
        assertEquals("the plugin's parameter count is of a type the command line cannot set: int", count.getMessage());
        IllegalStateException absent = assertThrows(IllegalStateException.class, () -> CommandLineSettings.apply(
                new MismatchedGoal(), mismatched, commandLine("keypairs.absent", "x"), null, Set.of()));
        assertEquals("the plugin's descriptor names a parameter absent it does not have", absent.getMessage());
    }

    private static Parameter parameter(String name, String expression) {
        Parameter parameter = new Parameter();
        parameter.setName(name);
        parameter.setExpression(expression);
        return parameter;
    }
}
