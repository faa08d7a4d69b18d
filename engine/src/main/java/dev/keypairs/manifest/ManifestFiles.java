package dev.keypairs.manifest;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The manifest files of a run: found from the files and directories named, and each read as text within
 * {@link ManifestLimits} before any YAML parser sees it. Problems go to the run's list, and every manifest read
 * is recorded as an input, with its digest.
 */
final class ManifestFiles {

    private final ProjectPaths project;
    private final List<Diagnostic> errors;
    private final List<ManifestInput> inputs;

    /**
     * The manifest files of this project.
     *
     * @param errors where problems are added
     * @param inputs where each manifest read is added
     */
    ManifestFiles(ProjectPaths project, List<Diagnostic> errors, List<ManifestInput> inputs) {
        this.project = project;
        this.errors = errors;
        this.inputs = inputs;
    }

    /**
     * The manifest files named, each once, in the order named.
     *
     * @param manifests files and directories relative to the base; a directory means every {@code *.yaml} and
     *     {@code *.yml} in it, sorted
     */
    List<Path> find(List<String> manifests) {
        Set<Path> files = new LinkedHashSet<>();
        for (String manifest : manifests) {
            Path path = project.base().resolve(manifest.strip()).normalize();
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "the manifest directory " + manifest.strip()
                            + " cannot be listed: " + e.getClass().getSimpleName(), null, null));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "no manifest " + manifest.strip() + " in "
                        + project.base() + ": create it, or name the manifests with keypairs.manifests=FILE,DIR",
                        null, null));
            }
        }
        return List.copyOf(files);
    }

    /**
     * A manifest's text, BOM removed; empty when it is too large, not UTF-8, unreadable or has an overlong line
     * (the problem is added).
     *
     * @param file the manifest's path relative to the base, for messages
     */
    Optional<String> read(Path path, String file) {
        Optional<String> text = readText(path, file);
        if (text.isEmpty()) {
            return text;
        }
        Optional<Diagnostic> longLine = overlongLine(file, text.get());
        if (longLine.isPresent()) {
            errors.add(longLine.get());
            return Optional.empty();
        }
        return text;
    }

    /**
     * A manifest given as text (a seed), held to the limits a file is: its size in UTF-8, BOM removed, no overlong
     * line; recorded as an input under its name. Empty when it is refused (the problem is added).
     *
     * @param file the name the manifest goes by in messages
     */
    Optional<String> accept(String text, String file) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > ManifestLimits.MAX_FILE_BYTES) {
            errors.add(tooLarge(bytes.length, file));
            return Optional.empty();
        }
        inputs.add(ManifestInput.of(file, bytes));
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Optional<Diagnostic> longLine = overlongLine(file, body);
        longLine.ifPresent(errors::add);
        return longLine.isPresent() ? Optional.empty() : Optional.of(body);
    }

    private static Diagnostic tooLarge(long size, String file) {
        return Diagnostic.of(ToolCode.MANIFEST_SYNTAX, "the manifest is " + size + " bytes; at most "
                + ManifestLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB are read", null, Source.of(file));
    }

    private Optional<String> readText(Path path, String file) {
        try {
            long size = Files.size(path);
            if (size > ManifestLimits.MAX_FILE_BYTES) {
                errors.add(tooLarge(size, file));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            // Recorded before decoding: a plan's basis covers the bytes, whatever they turn out to be.
            inputs.add(ManifestInput.of(file, bytes));
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            errors.add(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, "the manifest is not UTF-8 text", null, Source.of(file)));
        } catch (IOException e) {
            errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "the manifest cannot be read: "
                    + e.getClass().getSimpleName(), null, Source.of(file)));
        }
        return Optional.empty();
    }

    private static Optional<Diagnostic> overlongLine(String file, String text) {
        // Line by line with indexOf, which the JVM runs compiled from the start, not a loop over every character.
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            // A CRLF line's carriage return ends it, as the line feed does: it is not one of its characters.
            int length = end > start && text.charAt(end - 1) == '\r' ? end - start - 1 : end - start;
            if (length > ManifestLimits.MAX_LINE_CHARS) {
                return Optional.of(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, "line " + line + " is longer than "
                        + ManifestLimits.MAX_LINE_CHARS + " characters; a public key belongs on one line of at"
                        + " most 64 KiB, or in a file named by publicKeyFile", null, new Source(file, line, 1)));
            }
            start = end + 1;
        }
        return Optional.empty();
    }
}
