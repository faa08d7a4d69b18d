/**
 * Apply: carries out a valid plan against the store (apply.md). Per region, deletes that free quota first,
 * then replaces, imports and creates, then updates; regions in parallel; every action idempotent, so an
 * apply that was killed or raced by another build converges when run again. Rate limits are respected by
 * pacing, transient refusals retried with bounded backoff, and a failed action never stops the independent
 * ones. Private keys from CreateKeyPair go only to their file, created owner-only, never overwritten.
 * {@link dev.keypairs.apply.Applier} runs the regions; each is a {@link dev.keypairs.apply.RegionRun} worked through
 * one step class per kind of action. Failures and warnings are typed values ({@link dev.keypairs.apply.FailureCause},
 * {@link dev.keypairs.apply.ApplyWarning}) that {@code render} words.
 * Depends on {@code keys}, {@code provider}, {@code manifest}, {@code store} and {@code plan}.
 */
package dev.keypairs.apply;
