package dev.keypairs.emulator.junit;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorException;
import dev.keypairs.emulator.EmulatorSettings;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts an emulator for the tests that use it, and stops it after them.
 *
 * <p>With {@code @ExtendWith(KeypairsEmulatorExtension.class)} (or a {@code static} {@code @RegisterExtension}
 * field) one emulator serves the whole test class; as a non-static {@code @RegisterExtension} field, each test
 * gets its own. Either way it listens on 127.0.0.1 on a free port, over a fresh in-memory account
 * ({@code memory:NAME}) that behaves as the clouds do, Tencent's rate limit included, and accepts the test key
 * ({@code keypairs-test} / {@code keypairs-test-secret}). Test methods, constructors and lifecycle methods take
 * an {@link Emulator} parameter for its endpoint and store.
 *
 * <p>Several may serve one test: a class's and, in a {@code @Nested} class, the nested class's own or a per-test
 * one. A parameter is then the emulator of the extension registered closest to the test: a nested class's over
 * its enclosing class's, a per-test one (an instance field) over a class's; a nested class without one of its own
 * gets its enclosing class's.
 *
 * <pre>{@code
 * @RegisterExtension
 * static KeypairsEmulatorExtension emulator = KeypairsEmulatorExtension.withSettings(
 *         settings -> settings.withStore("memory:my-tests?rateLimit=off"));
 * }</pre>
 */
public final class KeypairsEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final String KEY = "emulator";

    /** Where each context records the extension closest to it, shared by every instance. */
    private static final ExtensionContext.Namespace CLOSEST = ExtensionContext.Namespace.create(
            KeypairsEmulatorExtension.class, "closest");

    private final UnaryOperator<EmulatorSettings> settings;

    /**
     * How deep in the tree of contexts this extension was first called: its class's context for a class's, its
     * test's for a per-test one. The deeper, the closer to the tests it serves.
     */
    private final AtomicInteger depth = new AtomicInteger(-1);

    /** The defaults: loopback, a free port, a fresh in-memory account, the test key. */
    public KeypairsEmulatorExtension() {
        this(UnaryOperator.identity());
    }

    private KeypairsEmulatorExtension(UnaryOperator<EmulatorSettings> settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** An extension whose emulator starts with the defaults changed, e.g. another store or credentials file. */
    public static KeypairsEmulatorExtension withSettings(UnaryOperator<EmulatorSettings> settings) {
        return new KeypairsEmulatorExtension(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        claim(context);
        running(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        claim(context);
        running(context);
    }

    /** Only the closest extension answers, so that a nested or per-test one never competes with a class's. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() != Emulator.class) {
            return false;
        }
        KeypairsEmulatorExtension closest = context.getStore(CLOSEST).get(KEY, KeypairsEmulatorExtension.class);
        return closest == null || closest == this;
    }

    @Override
    public Emulator resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    /**
     * Records this extension as the context's closest unless one first called deeper (a nested class's, a
     * per-test one) already is: the context's store answers for its descendants too.
     */
    private void claim(ExtensionContext context) {
        depth.compareAndSet(-1, depthOf(context));
        ExtensionContext.Store store = context.getStore(CLOSEST);
        KeypairsEmulatorExtension closest = store.get(KEY, KeypairsEmulatorExtension.class);
        if (closest == null || closest.depth.get() <= depth.get()) {
            store.put(KEY, this);
        }
    }

    private static int depthOf(ExtensionContext context) {
        int depth = 0;
        for (Optional<ExtensionContext> parent = context.getParent(); parent.isPresent();
                parent = parent.get().getParent()) {
            depth++;
        }
        return depth;
    }

    /** The emulator of this context or of an enclosing one, started when there is none yet. */
    private Emulator running(ExtensionContext context) {
        // A namespace of this instance's: two extensions (a class's and a test's) never share an emulator.
        ExtensionContext.Store store = context.getStore(ExtensionContext.Namespace.create(
                KeypairsEmulatorExtension.class, this));
        return store.getOrComputeIfAbsent(KEY, key -> start(), Running.class).emulator();
    }

    private Running start() {
        EmulatorSettings defaults = EmulatorSettings.defaults().withPort(0)
                .withStore("memory:junit-" + UUID.randomUUID());
        try {
            return new Running(Emulator.start(settings.apply(defaults)));
        } catch (EmulatorException e) {
            throw new ExtensionConfigurationException("the keypairs emulator did not start: " + e.codedMessage(),
                    e);
        }
    }

    /** The emulator as the context's store holds it: closed with the context. */
    private record Running(Emulator emulator) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            emulator.close();
        }
    }
}
