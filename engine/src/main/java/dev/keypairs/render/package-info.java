/**
 * Plans as people and tools read them (goals.md): the text plan for the log, {@code plan.json} for tools
 * (its field names are a contract), and {@code plan.md} for pull-request comments. Nothing here quotes key
 * material: plans carry fingerprints only. Every sentence a user reads is made here, from the typed values the
 * plan, the apply and the goals decide ({@link dev.keypairs.render.ReasonWords}, {@link dev.keypairs.render.PlanWords},
 * {@link dev.keypairs.render.ApplyWords} and the goals' words).
 */
package dev.keypairs.render;
