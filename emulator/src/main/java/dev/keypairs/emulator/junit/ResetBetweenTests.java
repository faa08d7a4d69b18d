package dev.keypairs.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link KeypairsEmulatorExtension} to reset its emulator before each test of the class, and of its
 * {@code @Nested} classes: every account emptied (as {@code POST /_keypairs/reset} does) and the journal cleared, so
 * that the tests sharing the class's emulator never see each other's key pairs or calls. The class's and the test's
 * {@link KeypairsSeed} manifests are applied after the reset. Off unless asked: a class without it (or an enclosing
 * class with it) keeps what its tests leave in the emulator.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ResetBetweenTests {
}
