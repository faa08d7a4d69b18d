package dev.keypairs.manifest;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and merges the manifests of a run (manifests.md), strictly: unknown fields (with a "did you mean"),
 * duplicate keys, wrong types, missing and conflicting fields, duplicate addresses, and file references that
 * leave the project or do not exist are all problems with file, line and column. Every problem of every file
 * is collected: every file is read, and only a YAML syntax problem ends the reading of its own file.
 *
 * <p>The work is done by {@link ManifestFiles} (finding and reading manifests within their limits),
 * {@link YamlReader} (YAML into {@link YamlNode}s), {@link ManifestInterpreter} (nodes into declarations) and
 * {@link KeyFiles} (the key files manifests name); they share one list of problems and one of inputs.
 */
public final class ManifestReader {

    /** The manifest read when none is named. */
    public static final String DEFAULT_MANIFEST = "keypairs.yaml";

    private ManifestReader() {
    }

    /**
     * Reads the manifests of a run.
     *
     * @param project the project base directory
     * @param manifests files and directories relative to the base (a directory means every {@code *.yaml} and
     *     {@code *.yml} in it, sorted); empty means {@value #DEFAULT_MANIFEST}
     * @return what they declare and every problem found
     */
    public static ManifestSet read(ProjectPaths project, List<String> manifests) {
        List<Diagnostic> errors = new ArrayList<>();
        List<ManifestInput> inputs = new ArrayList<>();
        ManifestFiles files = new ManifestFiles(project, errors, inputs);
        ManifestInterpreter interpreter = new ManifestInterpreter(errors, new KeyFiles(project, errors, inputs));
        // Plain ifs, not lambdas: each lambda is linked on first use, and a goal runs once on a cold JVM
        // (performance.md).
        for (Path path : files.find(manifests.isEmpty() ? List.of(DEFAULT_MANIFEST) : manifests)) {
            String file = project.relative(path);
            Optional<String> text = files.read(path, file);
            if (text.isPresent()) {
                interpret(interpreter, errors, file, text.get(), path.getParent());
            }
        }
        return declared(interpreter, errors, inputs);
    }

    /**
     * Reads one manifest given as text, as a seed is (emulator.md): the same format and checks as a file's, but with
     * no files beside it: public keys are inline ({@code publicKeyFile} is {@code FileOutsideProject}), and a
     * {@code create} needs no {@code privateKeyFile} (one given is {@code ConflictingFields}): its private key is
     * returned to the caller ({@link KeySource.Create#RETURNED}).
     *
     * @param name what the manifest is called in messages and in a plan's inputs
     * @param text the manifest's YAML
     * @return what it declares and every problem found
     */
    public static ManifestSet readText(String name, String text) {
        List<Diagnostic> errors = new ArrayList<>();
        List<ManifestInput> inputs = new ArrayList<>();
        ManifestFiles files = new ManifestFiles(null, errors, inputs);
        ManifestInterpreter interpreter = new ManifestInterpreter(errors, new KeyFiles(null, errors, inputs));
        Optional<String> accepted = files.accept(text, name);
        if (accepted.isPresent()) {
            interpret(interpreter, errors, name, accepted.get(), null);
        }
        return declared(interpreter, errors, inputs);
    }

    /**
     * Reads one manifest's YAML and hands its document to the interpreter; a syntax problem is added to
     * {@code errors} instead.
     *
     * @param directory the manifest's directory, which key file paths are relative to; null for one given as text
     */
    private static void interpret(ManifestInterpreter interpreter, List<Diagnostic> errors, String file, String text,
            Path directory) {
        YamlReader.Result result = YamlReader.read(file, text);
        if (result.problem().isPresent()) {
            errors.add(result.problem().get());
        }
        if (result.root().isPresent()) {
            interpreter.interpret(result.root().get(), directory);
        }
    }

    private static ManifestSet declared(ManifestInterpreter interpreter, List<Diagnostic> errors,
            List<ManifestInput> inputs) {
        interpreter.checkRenames();
        return new ManifestSet(interpreter.regions(), interpreter.keyPairs(), interpreter.declaredAddresses(),
                errors, inputs, interpreter.policy(), interpreter.renamedFromAddresses());
    }
}
