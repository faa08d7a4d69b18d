package dev.keypairs.manifest;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        for (Path path : files.find(manifests.isEmpty() ? List.of(DEFAULT_MANIFEST) : manifests)) {
            String file = project.relative(path);
            files.read(path, file).ifPresent(text -> {
                YamlReader.Result result = YamlReader.read(file, text);
                result.problem().ifPresent(errors::add);
                result.root().ifPresent(root -> interpreter.interpret(root, path.getParent()));
            });
        }
        interpreter.checkRenames();
        return new ManifestSet(interpreter.regions(), interpreter.keyPairs(), interpreter.declaredAddresses(),
                errors, inputs, interpreter.policy(), interpreter.renamedFromAddresses());
    }
}
