/**
 * The plan: what applying the manifests would change in the store (plan-rules.md). The
 * {@link dev.keypairs.plan.Planner} reads each declared region through the store interface in pages; a
 * {@link dev.keypairs.plan.RegionDiff} plans each region, a {@link dev.keypairs.plan.KeyPairDiff} decides each
 * declared key pair (keys compared by {@link dev.keypairs.keys.KeyMatch}), and
 * {@link dev.keypairs.plan.AccountPrediction} returns every refusal the account would answer, quota included, so
 * that a valid plan applies cleanly. Decisions are data: each change's {@link dev.keypairs.plan.Reason}, each
 * {@link dev.keypairs.plan.PlanError} and {@link dev.keypairs.plan.PlanWarning} is a typed value that only
 * {@code render} puts into words. Depends on {@code keys}, {@code provider},
 * {@code manifest}, {@code store} (the interface) and the stateful rules of {@code store.account}.
 */
package dev.keypairs.plan;
