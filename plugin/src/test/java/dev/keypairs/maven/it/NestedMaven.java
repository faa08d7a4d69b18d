package dev.keypairs.maven.it;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * For the integration tests' scripts (src/it/CASE/verify.groovy): runs Maven as the invoker does, with the plugin
 * under test from the tests' own repository and the rest from the build's, for what the invoker's own goals cannot
 * express (a command line of their own, an answer on standard input, a kill).
 */
public final class NestedMaven {

    /**
     * The JVM options of every run (after any the build was given): the cases' runs are short, and the quick
     * compiler alone with the serial collector starts Maven sooner, leaving the other core to the build. The
     * invoker's own runs get the same from the plugin pom's {@code it.mavenOpts}.
     */
    static final String QUICK_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final File basedir;
    private final File settings;
    private final File localRepository;
    private final String plugin;

    /**
     * Maven for one case.
     *
     * @param basedir the case's directory
     * @param outerLocalRepository the build's local repository, where the plugin's dependencies are
     * @param localRepository the tests' own local repository, where the plugin under test is
     * @param pluginVersion the plugin's version
     */
    public NestedMaven(File basedir, String outerLocalRepository, File localRepository, String pluginVersion)
            throws IOException {
        this.basedir = basedir;
        this.localRepository = localRepository;
        this.plugin = "dev.keypairs:keypairs-maven-plugin:" + pluginVersion;
        String outer = new File(outerLocalRepository).toURI().toString();
        this.settings = new File(basedir, "nested-settings.xml");
        this.outer = outer;
        writeSettings("");
    }

    private final String outer;

    private void writeSettings(String servers) throws IOException {
        Files.writeString(settings.toPath(), "<settings>" + servers + "<profiles><profile><id>it</id><activation>"
                + "<activeByDefault>true</activeByDefault></activation><repositories><repository><id>outer</id><url>"
                + outer + "</url></repository></repositories><pluginRepositories><pluginRepository><id>outer</id><url>"
                + outer + "</url></pluginRepository></pluginRepositories></profile></profiles></settings>",
                StandardCharsets.UTF_8);
    }

    /**
     * Adds a settings.xml server, or replaces the one of that id (the password as given: plain, or encrypted by
     * {@code mvn --encrypt-password}).
     */
    public void server(String id, String username, String password) throws IOException {
        servers.put(id, "<server><id>" + id + "</id><username>" + username + "</username><password>" + password
                + "</password></server>");
        writeSettings("<servers>" + String.join("", servers.values()) + "</servers>");
    }

    /** Removes every settings.xml server. */
    public void noServers() throws IOException {
        servers.clear();
        writeSettings("");
    }

    private final Map<String, String> servers = new LinkedHashMap<>();

    /** The plugin's goal by its full coordinates, e.g. {@code plan}: no pom needs to name it. */
    public String goal(String goal) {
        return plugin + ":" + goal;
    }

    /** The command line that runs Maven with these arguments, in batch mode unless {@code interactive}. */
    public List<String> command(boolean interactive, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(new File(System.getProperty("maven.home"), "bin/mvn")
                .getAbsolutePath()));
        if (!interactive) {
            command.add("-B");
        }
        command.addAll(List.of("-s", settings.getAbsolutePath(), "-Dmaven.repo.local=" + localRepository.getAbsolutePath()));
        command.addAll(arguments);
        return command;
    }

    /** What one run ended with. */
    public record Run(int exitValue, String output) {
    }

    /** Runs Maven in batch mode in {@code directory} and waits (at most two minutes) for it. */
    public Run run(File directory, List<String> arguments) throws IOException, InterruptedException {
        return run(directory, false, null, arguments);
    }

    /** Runs Maven in {@code directory}, writing {@code input} (if any) to its standard input, and waits for it. */
    public Run run(File directory, boolean interactive, String input, List<String> arguments)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(interactive, arguments)).directory(directory)
                .redirectErrorStream(true);
        // The cases give cloud credentials themselves: a developer's own keys in the environment never reach them.
        builder.environment().keySet().removeIf(name -> name.startsWith("ALIBABA_CLOUD_")
                || name.startsWith("TENCENTCLOUD_"));
        builder.environment().merge("MAVEN_OPTS", QUICK_START, (outer, quick) -> outer + " " + quick);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Maven did not finish in two minutes: " + output);
        }
        return new Run(process.exitValue(), output);
    }

    /** Sets an environment variable for the runs that follow. */
    public void environment(String name, String value) {
        environment.put(name, value);
    }

    private final Map<String, String> environment = new LinkedHashMap<>();

    /** The case's directory. */
    public File basedir() {
        return basedir;
    }
}
