/**
 * Plans as people and tools read them (goals.md): the text plan for the log, {@code plan.json} for tools
 * (its field names are a contract), and {@code plan.md} for pull-request comments. Nothing here quotes key
 * material: plans carry fingerprints only.
 */
package dev.keypairs.render;
