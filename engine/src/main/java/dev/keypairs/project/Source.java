package dev.keypairs.project;

import java.util.Objects;

/**
 * Where something stands in a manifest.
 *
 * @param file the manifest's path relative to the project base directory, with {@code /} separators
 * @param line from 1
 * @param column from 1
 */
public record Source(String file, int line, int column) {

    public Source {
        Objects.requireNonNull(file, "file");
    }

    /** The start of a file, for problems of the file as a whole. */
    public static Source of(String file) {
        return new Source(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
