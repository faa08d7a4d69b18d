package dev.keypairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class is one job (architecture.md): past about 350 lines it is usually several, to be split along its jobs. This
 * holds the line for the engine, the emulator and the cloud store, whose main sources it reads from the checkout.
 */
class ClassSizeTest {

    static final int MOST_LINES = 350;
    static final List<Path> MAIN_SOURCES = List.of(Path.of("src/main/java"), Path.of("../emulator/src/main/java"),
            Path.of("../cloud/src/main/java"));

    @Test
    void noMainClassIsLongerThanOneJobUsuallyTakes() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path sources : MAIN_SOURCES) {
            assertTrue(Files.isDirectory(sources), sources + " is where the module's sources are");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    long lines;
                    try (Stream<String> text = Files.lines(file)) {
                        lines = text.count();
                    }
                    if (lines > MOST_LINES) {
                        tooLong.add(file + ": " + lines + " lines");
                    }
                }
            }
        }
        assertEquals(List.of(), tooLong, "split each along its jobs");
    }
}
