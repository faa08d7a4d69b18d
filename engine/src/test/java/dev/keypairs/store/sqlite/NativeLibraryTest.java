package dev.keypairs.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Each case runs in class loaders of its own, as the plugin runs in its realm: this test JVM's loader has loaded
 * sqlite-jdbc's library already.
 */
class NativeLibraryTest {

    @TempDir
    Path cache;

    @Test
    void keepsOneCopyOfTheLibraryAndLoadsItWithoutSqliteJdbcExtractingIt() throws Exception {
        try (URLClassLoader first = realm()) {
            assertEquals("ok", loadThenQuery(first));
            assertTrue(extracted(first), "sqlite-jdbc told its library is loaded");
        }
        try (Stream<Path> files = Files.walk(cache)) {
            List<Path> kept = files.filter(Files::isRegularFile).toList();
            assertEquals(1, kept.size(), kept::toString);
            assertEquals(System.mapLibraryName("sqlitejdbc"), kept.get(0).getFileName().toString());
            assertTrue(kept.get(0).toString().contains("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()), kept::toString);
        }
    }

    @Test
    void aCopyAnotherClassLoaderHoldsIsLeftToSqliteJdbcsOwnWay() throws Exception {
        try (URLClassLoader first = realm(); URLClassLoader second = realm()) {
            assertEquals("ok", loadThenQuery(first));
            // The JVM refuses one file to two class loaders: the second realm's sqlite-jdbc extracts its own.
            assertEquals("ok", loadThenQuery(second));
        }
    }

    /** A class loader over the engine's classes and sqlite-jdbc alone, as the plugin's realm. */
    private static URLClassLoader realm() throws Exception {
        URL engine = NativeLibrary.class.getProtectionDomain().getCodeSource().getLocation();
        URL sqlite = SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {engine, sqlite}, ClassLoader.getPlatformClassLoader());
    }

    private String loadThenQuery(ClassLoader realm) throws Exception {
        Method load = realm.loadClass(NativeLibrary.class.getName()).getDeclaredMethod("load", Path.class);
        load.setAccessible(true);
        load.invoke(null, cache);
        java.sql.Driver driver = (java.sql.Driver) realm.loadClass("org.sqlite.JDBC").getConstructor().newInstance();
        try (Connection connection = driver.connect("jdbc:sqlite::memory:", new java.util.Properties());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 'ok'")) {
            result.next();
            return result.getString(1);
        }
    }

    private static boolean extracted(ClassLoader realm) throws Exception {
        var field = realm.loadClass(SQLiteJDBCLoader.class.getName()).getDeclaredField("extracted");
        field.setAccessible(true);
        return field.getBoolean(null);
    }
}
