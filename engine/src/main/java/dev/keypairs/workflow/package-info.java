/**
 * The engine's entry points: a {@link dev.keypairs.workflow.Keypairs} run made from one
 * {@link dev.keypairs.workflow.Configuration} and a {@link dev.keypairs.workflow.Reporter}, one call per goal:
 * {@code validate()}, {@code plan()}, {@code apply()}, {@code destroy(Approval)}, {@code show()} and
 * {@code export(ExportOptions)}. A user's mistake is a typed {@link dev.keypairs.workflow.KeypairsException} carrying
 * its code and particulars, its words made by {@code dev.keypairs.render}; front ends (the Maven plugin) map each to
 * their own failure. No sentence a user reads is made here. The last package of the engine: it depends on all the
 * others.
 */
package dev.keypairs.workflow;
