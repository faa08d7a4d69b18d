package dev.keypairs.store.postgresql;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.postgresql.Driver;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the machine's PostgreSQL binaries and
 * stopped when the JVM ends. PostgreSQL refuses to run as root, and this machine and CI run as root: the server
 * then runs as the unprivileged {@code postgres} user ({@code runuser}), in a directory of its own, on a free
 * loopback port with a private socket directory, with password authentication (SCRAM) for the user
 * {@value #USER}. {@code .ci/run} installs PostgreSQL where a machine lacks it.
 */
public final class PostgresServer {

    /** The user the tests connect as. */
    public static final String USER = "keypairs";
    /** Its password: the tests check it never shows. */
    public static final String PASSWORD = "pg-secret-4a7f";
    /** The database the tests use. */
    public static final String DATABASE = "keypairs";

    private static PostgresServer shared;

    private final Path directory;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path directory, Path bin, int port, boolean asPostgresUser) {
        this.directory = directory;
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer shared() throws Exception {
        if (shared == null) {
            shared = start();
            PostgresServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "postgres-stop"));
        }
        return shared;
    }

    /** {@code postgresql://USER:PASSWORD@127.0.0.1:PORT/DATABASE}. */
    public String uri() {
        return "postgresql://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    private static PostgresServer start() throws Exception {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory("keypairs-postgres");
        Files.writeString(directory.resolve("password"), PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.createDirectories(directory.resolve("socket"));
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", directory.toString()));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        PostgresServer server = new PostgresServer(directory, bin, port, root);
        server.postgres(List.of(bin.resolve("initdb").toString(), "-D", directory.resolve("data").toString(),
                "-U", USER, "--pwfile=" + directory.resolve("password"), "-A", "scram-sha-256", "-E", "UTF8",
                "--locale=C", "--no-sync"));
        server.postgres(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(),
                "-l", directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + directory.resolve("socket") + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c full_page_writes=off -c max_connections=200", "start"));
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        try (Connection connection = new Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                properties); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        return server;
    }

    /** The newest PostgreSQL's binaries on the machine: {@code pg_config --bindir}, else Debian's place. */
    private static Path binaries() throws IOException {
        List<Path> candidates = new ArrayList<>();
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(version -> version.resolve("bin")).filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                        .sorted(Comparator.comparing((Path dir) -> dir.getParent().getFileName().toString(),
                                Comparator.comparingInt(name -> name.matches("[0-9]+") ? Integer.parseInt(name) : 0))
                                .reversed())
                        .forEach(candidates::add);
            }
        }
        try {
            Process config = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String dir = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (config.waitFor(10, TimeUnit.SECONDS) && config.exitValue() == 0
                    && Files.isExecutable(Path.of(dir, "initdb"))) {
                candidates.add(0, Path.of(dir));
            }
        } catch (IOException | InterruptedException noPgConfig) {
            // Debian's place, found above, or none.
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no PostgreSQL server binaries (initdb, pg_ctl) on this machine: install"
                    + " them (.ci/run does: apt-get install postgresql)");
        }
        return candidates.get(0);
    }

    private void postgres(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(Path.of(System.getProperty("java.io.tmpdir")).toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Stops the server and removes its directory. */
    void stop() {
        try {
            postgres(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-m",
                    "fast", "-w", "stop"));
        } catch (Exception e) {
            // Stopping is best effort at JVM exit: the directory below goes regardless.
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is the system's to clean.
        }
    }
}
