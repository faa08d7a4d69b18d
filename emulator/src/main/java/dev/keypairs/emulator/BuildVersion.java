package dev.keypairs.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The release of keypairs this emulator is, as health reports it. Read from {@code version.properties}, which the
 * build fills in with the project's version: unlike a jar manifest's {@code Implementation-Version} it is there in
 * the classes directory of a test run, the standalone jar and the plugin's shaded jar alike.
 */
final class BuildVersion {

    /** What health says when the file is missing: classes compiled without the build (an IDE's own compiler). */
    static final String UNKNOWN = "unknown";

    private static final String CURRENT = read();

    private BuildVersion() {
    }

    /** The version, e.g. {@code 0.1.0}. */
    static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            // Unfiltered, the file still says ${project.version}.
            return version.isEmpty() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
