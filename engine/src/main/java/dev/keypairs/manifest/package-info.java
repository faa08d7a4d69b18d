/**
 * Manifests: YAML files in Git that declare the key pairs wanted per provider and region (manifests.md).
 *
 * <p>{@link dev.keypairs.manifest.ManifestReader} reads and merges them strictly into
 * {@link dev.keypairs.manifest.DeclaredKeyPair}s and {@link dev.keypairs.manifest.DeclaredRegion}s, collecting
 * every problem of every file as a {@link dev.keypairs.project.Diagnostic} with its file, line and column. It is a
 * short façade over one class per job: {@code ManifestFiles} finds the manifests named and reads them within
 * {@link dev.keypairs.manifest.ManifestLimits}; {@code YamlReader} turns a file into {@code YamlNode}s with
 * positions, whose typed accessors report a value of the wrong type (through SnakeYAML, or for the plain style
 * most manifests use through {@code SubsetYamlReader}, which gives the same nodes); {@code ManifestInterpreter}
 * turns the nodes into declarations, with each file's {@code ManifestDefaults} and the fields {@code ManifestFields}
 * allows; and
 * {@code KeyFiles} reads the key files manifests name. Manifests arrive from pull requests, so hostile input is
 * normal input: sizes, nesting, aliases and file references are bounded, and no message quotes a file's content.
 * Depends on {@code keys}, {@code provider} and {@code project}.
 */
package dev.keypairs.manifest;

import dev.keypairs.project.Diagnostic;
