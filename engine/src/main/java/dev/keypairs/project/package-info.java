/**
 * The vocabulary every later package speaks, and the user's project as they see it: a key pair's or region's
 * {@link dev.keypairs.project.Address}, its base directory and what lies inside it
 * ({@link dev.keypairs.project.ProjectPaths}), positions in its files ({@link dev.keypairs.project.Source}), the
 * problems found in it or predicted for it ({@link dev.keypairs.project.Diagnostic}), keypairs' own codes
 * ({@link dev.keypairs.project.ToolCode}) and what {@code ~} means in a path ({@link dev.keypairs.project.UserHome}),
 * used by the manifests, the stores, the plan, apply and the goals alike. Depends on {@code keys} and
 * {@code provider}.
 */
package dev.keypairs.project;
