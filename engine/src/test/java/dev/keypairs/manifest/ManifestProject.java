package dev.keypairs.manifest;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.ProjectPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A project directory for manifest tests: files written into it, then read as a run would. */
public final class ManifestProject {

    private final Path base;

    public ManifestProject(Path base) {
        this.base = base;
    }

    public Path base() {
        return base;
    }

    /** Writes a file (parents made) and returns its path. */
    public Path write(String relative, String text) {
        try {
            Path path = base.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a key fixture made by ssh-keygen into the project. */
    public Path key(String relative, String fixture) {
        return write(relative, Fixtures.text(fixture));
    }

    /** Reads the named manifests (none: keypairs.yaml). */
    public ManifestSet read(String... manifests) {
        try {
            return ManifestReader.read(new ProjectPaths(base), List.of(manifests));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
