/**
 * The journal of the calls an emulator served ({@link dev.keypairs.emulator.journal.Journal}): for each, its
 * provider, action, region, access key, account, code, HTTP status and duration, never a secret or a private key,
 * the newest {@value dev.keypairs.emulator.journal.Journal#CAPACITY} kept. The HTTP layer writes it; a test reads it
 * through {@link dev.keypairs.emulator.Emulator#journal()} (emulator.md, the journal).
 */
package dev.keypairs.emulator.journal;
