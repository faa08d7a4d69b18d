package dev.keypairs.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, loaded from a copy kept under {@code ~/.keypairs/native} instead of extracted anew.
 * Left to itself, sqlite-jdbc writes its 1 MB library to the temporary directory on every run, compares the copy
 * with the jar's byte by byte and runs {@code uname} to tell Android apart: about 50 ms of a goal
 * (performance.md). Its own switch for a fixed copy, {@code org.sqlite.lib.path}, is a system property, read by
 * every sqlite-jdbc in the JVM, another plugin's of another version too; this loads the copy for our class loader
 * alone (the plugin's realm) and tells that loader's sqlite-jdbc it is loaded. Whenever any step cannot be taken
 * (another layout of sqlite-jdbc's classes, the copy already loaded by another class loader, an unwritable home),
 * nothing is changed and sqlite-jdbc loads its library its own way.
 */
final class NativeLibrary {

    private static boolean tried;

    private NativeLibrary() {
    }

    /** Loads the kept copy under {@code cacheRoot}, making it first when there is none; at most once a class loader. */
    static synchronized void load(Path cacheRoot) {
        if (tried) {
            return;
        }
        tried = true;
        try {
            if (NativeLibrary.class.getClassLoader() != SQLiteJDBCLoader.class.getClassLoader()) {
                return; // a library binds to the class loader that loads it: it must be sqlite-jdbc's
            }
            Field extracted = SQLiteJDBCLoader.class.getDeclaredField("extracted");
            if (extracted.getType() != boolean.class || !Modifier.isStatic(extracted.getModifiers())) {
                return;
            }
            extracted.setAccessible(true);
            if (extracted.getBoolean(null)) {
                return;
            }
            Path copy = copy(cacheRoot);
            if (copy != null) {
                System.load(copy.toString());
                extracted.setBoolean(null, true);
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
            // sqlite-jdbc's own way, below in NativeDB.load
        }
    }

    /**
     * The kept copy of this sqlite-jdbc version's library for this system, written once (to a temporary name, then
     * moved into place, so a reader never sees half a file); null when the jar holds none for it.
     */
    private static Path copy(Path cacheRoot) throws IOException {
        Path copy = cacheRoot.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(folderName(System.getProperty("os.name") + "-" + System.getProperty("os.arch")))
                .resolve(System.mapLibraryName("sqlitejdbc"));
        if (Files.isRegularFile(copy)) {
            return copy;
        }
        // Only here does sqlite-jdbc's choice of the library run (and its uname): once a machine.
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(copy.getParent());
            Path temporary = Files.createTempFile(copy.getParent(), "library", ".part");
            try {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temporary, copy, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // another run made it first: the same bytes
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return copy;
    }

    private static String folderName(String system) {
        return system.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
