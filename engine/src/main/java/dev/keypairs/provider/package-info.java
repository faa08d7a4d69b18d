/**
 * The providers' documented rules (semantics.md), as code and data: name rules, accepted key types, tags,
 * resource groups, projects, quotas, page and batch sizes, request rates, region catalogues, and every
 * documented error code with its HTTP status.
 *
 * <p>Each rule lives here once. The embedded store enforces these rules and the planner predicts them by
 * calling the same methods, so a valid plan applies cleanly. Depends only on {@code dev.keypairs.keys}.
 */
package dev.keypairs.provider;
