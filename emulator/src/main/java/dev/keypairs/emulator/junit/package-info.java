/**
 * A JUnit 5 extension that gives a test class (or each test) a running emulator: add
 * {@code dev.keypairs:keypairs-emulator} in test scope and
 * {@code @ExtendWith(KeypairsEmulatorExtension.class)}, then take an {@link dev.keypairs.emulator.Emulator}
 * parameter and point the SDK under test at its endpoint (emulator.md).
 */
package dev.keypairs.emulator.junit;
