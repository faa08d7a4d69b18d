/**
 * A JUnit 5 extension that gives a test class (or each test) a running emulator: add
 * {@code dev.keypairs:keypairs-emulator} in test scope and
 * {@code @ExtendWith(KeypairsEmulatorExtension.class)}, then take an {@link dev.keypairs.emulator.Emulator}
 * parameter and point the SDK under test at its endpoint (emulator.md). With several registered (a class's, a
 * {@code @Nested} class's, a per-test one) the one closest to the test answers. {@link
 * dev.keypairs.emulator.junit.ResetBetweenTests} empties the emulator before each test of a class,
 * {@link dev.keypairs.emulator.junit.KeypairsSeed} seeds it from manifests on the class path, and the fault rules a test
 * sets are put back after it.
 */
package dev.keypairs.emulator.junit;
