/**
 * The providers' documented rules (semantics.md), as code and data: name rules, accepted key types, tags,
 * resource groups, projects, quotas, page and batch sizes, request rates, region catalogues; the requests of
 * ImportKeyPair and CreateKeyPair; and the error model: every documented code with its HTTP status
 * ({@code ErrorCode}), any other code a store answers kept as it came ({@code ApiCode}), each with its kind
 * ({@code ErrorKind}: final, transient or denied).
 *
 * <p>Each rule lives here once. The account model enforces these stateless rules and the planner predicts them by
 * calling the same methods, so a valid plan applies cleanly. Depends only on {@code dev.keypairs.keys}.
 */
package dev.keypairs.provider;
