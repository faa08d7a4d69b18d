package dev.keypairs.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Manifests on the test class path that {@link KeypairsEmulatorExtension} applies into its emulator's store, as
 * {@code keypairs:apply} would ({@code Emulator.seed(String)}: public keys inline; a {@code create} without
 * {@code privateKeyFile}, its private key handed to the test in {@link Seeded}).
 *
 * <p>On a test class, its manifests are applied before the class's tests (for its {@code @BeforeAll} methods) and
 * again before each test, which leaves a key pair already as declared alone; on a {@code @Nested} class's enclosing
 * class, they cover the nested tests too; on a test method, they are applied before that test, after the classes'.
 * With {@link ResetBetweenTests}, each test's seeds are applied after the reset.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface KeypairsSeed {

    /**
     * The manifests, as class path resource names ({@code seed/keypairs.yaml} is
     * {@code src/test/resources/seed/keypairs.yaml} in a Maven project; a leading {@code /} is allowed), applied in
     * this order.
     */
    String[] value();
}
