/**
 * The plan: what applying the manifests would change in the store (plan-rules.md). The
 * {@link dev.keypairs.plan.Planner} reads each declared region through the store interface in pages, compares
 * declared and stored key pairs by key blob, and predicts every error the store would return, quota
 * included, so that a valid plan applies cleanly. Depends on {@code keys}, {@code provider},
 * {@code manifest}, {@code store} (the interface) and the stateful rules of {@code store.account}.
 */
package dev.keypairs.plan;
