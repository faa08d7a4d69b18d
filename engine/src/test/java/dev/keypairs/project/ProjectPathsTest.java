package dev.keypairs.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths inside the project are shown relative to its base, as {@link Path#relativize} gives them. */
class ProjectPathsTest {

    @Test
    void aPathInsideTheBaseIsWhatRelativizeGives(@TempDir Path base) throws Exception {
        Files.createDirectories(base.resolve("keys/team"));
        for (Path root : List.of(base, Path.of("/"))) {
            ProjectPaths project = new ProjectPaths(root);
            for (String inside : List.of("", "a.pub", "keys/team/alice.pub", "keys/./team/../b c.pub", "keys/team/")) {
                Path path = root.resolve(inside);
                String expected = project.base().relativize(path.toAbsolutePath().normalize()).toString()
                        .replace('\\', '/');
                assertEquals(expected, project.relative(path), root + " and " + inside);
            }
        }
        assertEquals("keys/team/alice.pub", new ProjectPaths(base).relative(base.resolve("keys/team/alice.pub")));
    }

    @Test
    void aPathOutsideTheBaseClimbsOutOfIt(@TempDir Path parent) throws Exception {
        Path base = Files.createDirectories(parent.resolve("project"));
        assertEquals("../other/key.pub", new ProjectPaths(base).relative(parent.resolve("other/key.pub")));
        assertEquals("../project-old/key.pub", new ProjectPaths(base).relative(parent.resolve("project-old/key.pub")),
                "a sibling whose name starts with the base's is not below it");
    }
}
