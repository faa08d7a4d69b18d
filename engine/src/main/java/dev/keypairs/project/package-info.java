/**
 * The user's project as every later package sees it: its base directory and what lies inside it
 * ({@link dev.keypairs.project.ProjectPaths}), positions in its files ({@link dev.keypairs.project.Source}), the
 * problems found in it or predicted for it ({@link dev.keypairs.project.Diagnostic}), and keypairs' own codes
 * ({@link dev.keypairs.project.ToolCode}), used by the manifests, the plan, apply and the goals alike. Depends on
 * {@code keys} and {@code provider}.
 */
package dev.keypairs.project;
