/**
 * The engine's entry points, one per goal: {@link dev.keypairs.workflow.Keypairs#validate},
 * {@link dev.keypairs.workflow.Keypairs#plan}, {@link dev.keypairs.workflow.Keypairs#apply},
 * {@link dev.keypairs.workflow.Keypairs#destroy} and {@link dev.keypairs.workflow.Keypairs#show}, each taking
 * one {@link dev.keypairs.workflow.Configuration} and reporting through a {@link dev.keypairs.workflow.Reporter}.
 * A user's mistake is a typed {@link dev.keypairs.workflow.KeypairsException} that says what to fix; front ends
 * (the Maven plugin) map each to their own failure. The last package of the engine: it depends on all the others.
 */
package dev.keypairs.workflow;
