/**
 * Fault rules (SPEC §13, emulator.md): per provider, action, region and access key, latency and refusals with a code
 * the provider answers, on a probability from a seeded generator or the first N of every M calls. Read from JSON
 * ({@link dev.keypairs.emulator.fault.FaultRulesJson}) into typed values ({@link dev.keypairs.emulator.fault.FaultRules}),
 * put on each verified call by {@link dev.keypairs.emulator.fault.FaultInjector}, replaceable while serving.
 */
package dev.keypairs.emulator.fault;
