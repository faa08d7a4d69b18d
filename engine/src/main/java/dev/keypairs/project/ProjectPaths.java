package dev.keypairs.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The project base directory, and the containment check for files that manifests reference (manifests.md): a
 * reference that leaves the base, lexically or through a symlink (even a dangling one), is outside the
 * project. Both sides are compared as real paths, so a symlinked workspace works.
 */
public final class ProjectPaths {

    /** More symlinks than this on one path is a loop. */
    private static final int MAX_LINKS = 40;

    private final Path base;
    private final Path realBase;

    /**
     * The project rooted at this directory.
     *
     * @throws IOException when the base directory does not exist
     */
    public ProjectPaths(Path base) throws IOException {
        this.base = base.toAbsolutePath().normalize();
        this.realBase = this.base.toRealPath();
    }

    /** The base directory as given (absolute, normalised). */
    public Path base() {
        return base;
    }

    /** A path relative to the base with {@code /} separators, as plans and messages show paths. */
    public String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(base)) {
            return below(base, absolute);
        }
        Path relative = absolute.startsWith(realBase) ? realBase.relativize(absolute) : base.relativize(absolute);
        return relative.toString().replace('\\', '/');
    }

    /**
     * What {@code directory.relativize(descendant)} writes, taken from the texts: the descendant's text after the
     * directory's and its separator. A plan asks this of every key file, and relativize's general case (a path that
     * climbs out with {@code ..}) costs a cold JVM more than the whole answer.
     */
    private static String below(Path directory, Path descendant) {
        String text = descendant.toString();
        String start = directory.toString();
        if (text.length() == start.length()) {
            return "";
        }
        String separator = directory.getFileSystem().getSeparator();
        return text.substring(start.endsWith(separator) ? start.length() : start.length() + separator.length())
                .replace('\\', '/');
    }

    /** Whether a path lies inside the project, once its symlinks are followed as far as they exist. */
    public boolean contains(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(base) && !absolute.startsWith(realBase)) {
            return false;
        }
        try {
            // An existing file's real path settles it in one call; a path to nothing (perhaps a dangling link out of
            // the project) or through a non-directory is followed link by link, as far as the links exist.
            return absolute.toRealPath().startsWith(realBase);
        } catch (IOException e) {
            return resolvesInside(absolute);
        }
    }

    private boolean resolvesInside(Path absolute) {
        try {
            return resolveLinks(absolute, new int[] {0}).startsWith(realBase);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Follows every symlink on the path, component by component, including a last one whose target does not
     * exist: where the path really points, so that a dangling link out of the project is caught.
     */
    private static Path resolveLinks(Path absolute, int[] links) throws IOException {
        Path resolved = absolute.getRoot();
        for (Path name : absolute) {
            Path candidate = resolved.resolve(name);
            if (name.toString().equals("..")) {
                candidate = resolved.getParent() == null ? resolved : resolved.getParent();
            } else if (Files.isSymbolicLink(candidate)) {
                if (++links[0] > MAX_LINKS) {
                    throw new IOException("too many levels of symbolic links");
                }
                Path target = Files.readSymbolicLink(candidate);
                candidate = resolveLinks(resolved.resolve(target).toAbsolutePath(), links);
            } else if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                candidate = candidate.toRealPath(LinkOption.NOFOLLOW_LINKS);
            }
            resolved = candidate;
        }
        return resolved;
    }
}
