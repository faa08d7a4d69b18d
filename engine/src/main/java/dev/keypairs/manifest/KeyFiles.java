package dev.keypairs.manifest;

import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import dev.keypairs.project.UserHome;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key files manifests name (manifests.md): a {@code publicKeyFile} is read only from inside the project
 * (symlinks followed, see {@link ProjectPaths#contains}) and only as far as a key can be long; a
 * {@code privateKeyFile} is only placed, never read here. Problems go to the run's list, and every key file read is
 * recorded as an input, with its digest.
 */
final class KeyFiles {

    private final ProjectPaths project;
    private final List<Diagnostic> errors;
    private final List<ManifestInput> inputs;
    /** Key files already read in this run: many key pairs may share one, and each is read and hashed once. */
    private final Map<Path, KeySource.File> alreadyRead = new HashMap<>();

    /**
     * The key files of this project.
     *
     * @param project the project; null for a manifest given as text, which has no files beside it
     * @param errors where problems are added
     * @param inputs where each key file read is added
     */
    KeyFiles(ProjectPaths project, List<Diagnostic> errors, List<ManifestInput> inputs) {
        this.project = project;
        this.errors = errors;
        this.inputs = inputs;
    }

    /**
     * Whether the manifest has no files beside it (a seed given as text): its public keys are inline, no file is read
     * where it is applied (an emulator's host), and a created key pair's private key is returned to the caller.
     */
    boolean none() {
        return project == null;
    }

    /**
     * Where a created key pair's private key goes: {@code ~} is the home directory ({@link UserHome}), any other
     * relative path is relative to the manifest's directory.
     */
    static Path privateKeyPath(Path manifestDirectory, String declaredPath) {
        return manifestDirectory.resolve(UserHome.expand(declaredPath)).toAbsolutePath().normalize();
    }

    /**
     * A {@code publicKeyFile}: containment first, then existence (manifests.md); a message never quotes the file's
     * content.
     *
     * @param provider whose malformed-key code a file that is not UTF-8 gets
     * @param manifestDirectory what the path is relative to
     * @param declaredPath the path as the manifest writes it
     * @param where the key pair's address, for problems
     * @param source the path's position in the manifest, for problems
     * @return the key file, or empty when there is a problem (it is added)
     */
    Optional<KeySource> publicKey(Provider provider, Path manifestDirectory, String declaredPath, String where,
            Source source) {
        if (none()) {
            errors.add(Diagnostic.of(ToolCode.FILE_OUTSIDE_PROJECT, "publicKeyFile " + declaredPath + " names a file,"
                    + " and a manifest given as text has none beside it; write the key inline with publicKey", where,
                    source));
            return Optional.empty();
        }
        Path path = manifestDirectory.resolve(declaredPath).toAbsolutePath().normalize();
        KeySource.File known = alreadyRead.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        if (!project.contains(path)) {
            errors.add(Diagnostic.of(ToolCode.FILE_OUTSIDE_PROJECT, "publicKeyFile " + declaredPath
                    + " points outside the project " + project.base() + "; keep key files inside it",
                    where, source));
            return Optional.empty();
        }
        String relative = project.relative(path);
        // One stat for both questions, as Files.isRegularFile and Files.size would each make one.
        BasicFileAttributes attributes = attributes(path);
        if (attributes == null || !attributes.isRegularFile()) {
            errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "publicKeyFile " + relative
                    + (attributes != null && attributes.isDirectory() ? " is a directory" : " does not exist")
                    + " (paths are relative to the manifest's directory)", where, source));
            return Optional.empty();
        }
        try {
            String text = readKeyText(path, attributes.size());
            inputs.add(ManifestInput.of(relative, text.getBytes(StandardCharsets.UTF_8)));
            KeySource.File file = new KeySource.File(relative, text);
            alreadyRead.put(path, file);
            return Optional.of(file);
        } catch (CharacterCodingException e) {
            // It exists and was read: its content is what the provider would refuse, as for a manifest.
            errors.add(Diagnostic.of(ProviderRules.malformedKeyCode(provider), "publicKeyFile " + relative
                    + " is not UTF-8 text" + (startsWithUtf16Mark(path) ? " (it is UTF-16: save it as UTF-8)" : "")
                    + "; a public key file is one line of ASCII", where, source));
            return Optional.empty();
        } catch (IOException e) {
            errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "publicKeyFile " + relative + " cannot be read ("
                    + e.getClass().getSimpleName() + ")", where, source));
            return Optional.empty();
        }
    }

    /**
     * A key file's text: a key larger than the reader's limit is refused anyway, so no more than that and one
     * character more is read.
     */
    private static String readKeyText(Path path, long size) throws IOException {
        if (size <= PublicKeyReader.MAX_TEXT_LENGTH) {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            char[] buffer = new char[PublicKeyReader.MAX_TEXT_LENGTH + 1];
            int length = 0;
            for (int read; length < buffer.length && (read = reader.read(buffer, length, buffer.length - length)) > 0;) {
                length += read;
            }
            return new String(buffer, 0, length);
        }
    }

    /** The file's attributes, its links followed; null when there is nothing there to read them from. */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean startsWithUtf16Mark(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] mark = in.readNBytes(2);
            return mark.length == 2 && ((mark[0] == (byte) 0xFF && mark[1] == (byte) 0xFE)
                    || (mark[0] == (byte) 0xFE && mark[1] == (byte) 0xFF));
        } catch (IOException e) {
            return false;
        }
    }
}
