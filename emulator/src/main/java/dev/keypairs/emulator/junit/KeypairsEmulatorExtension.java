package dev.keypairs.emulator.junit;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorException;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.emulator.fault.FaultRules;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts an emulator for the tests that use it, and stops it after them.
 *
 * <p>With {@code @ExtendWith(KeypairsEmulatorExtension.class)} (or a {@code static} {@code @RegisterExtension}
 * field) one emulator serves the whole test class; as a non-static {@code @RegisterExtension} field, each test
 * gets its own. Either way it listens on 127.0.0.1 on a free port, over a fresh in-memory account
 * ({@code memory:NAME}) that behaves as the clouds do, Tencent's rate limit included, and accepts the test key
 * ({@code keypairs-test} / {@code keypairs-test-secret}). Test methods, constructors and lifecycle methods take
 * an {@link Emulator} parameter for its endpoint, store, journal and fault rules, and a {@link Seeded} one for what
 * its seeds did.
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
 *
 * <p>Before each test, every extension serving it prepares its emulator the same way: {@link ResetBetweenTests} on the
 * test's class or an enclosing one resets it, then the {@link KeypairsSeed} manifests of the enclosing classes (the
 * outermost first), of the class and of the test are applied ({@link Seeded}, a parameter, says what they did). After
 * each test, the fault rules in force before it are put back, whoever replaced them
 * ({@code emulator.replaceFaultRules(Fault.rules(...))}), so that no rule a test set reaches the next.
 */
public final class KeypairsEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback, ParameterResolver {

    private static final String KEY = "emulator";
    private static final String SEEDED = "seeded";
    private static final String FAULTS = "faults";

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

    /**
     * Starts the emulator, applies the classes' seeds for the {@code @BeforeAll} methods, and notes the fault rules in
     * force.
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        claim(context);
        ServedEmulator served = running(context);
        ExtensionContext.Store own = own(context);
        own.put(SEEDED, served.seed(seeds(context), loader(context)));
        own.put(FAULTS, served.emulator().faultRules());
    }

    /** Resets the emulator when the class asks, applies the test's seeds, and notes the fault rules in force. */
    @Override
    public void beforeEach(ExtensionContext context) {
        claim(context);
        ServedEmulator served = running(context);
        if (classes(context).stream().anyMatch(type -> AnnotationSupport.isAnnotated(type, ResetBetweenTests.class))) {
            served.reset();
        }
        ExtensionContext.Store own = own(context);
        own.put(SEEDED, served.seed(seeds(context), loader(context)));
        own.put(FAULTS, served.emulator().faultRules());
    }

    /** Puts back the fault rules in force before the test (after its {@code @AfterEach} methods). */
    @Override
    public void afterEach(ExtensionContext context) {
        FaultRules before = own(context).get(FAULTS, FaultRules.class);
        if (before != null) {
            running(context).restore(before);
        }
    }

    /**
     * Puts back the fault rules in force before the class (after its {@code @AfterAll} methods): rules a
     * {@code @Nested} class set in its {@code @BeforeAll} never reach the classes after it.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        FaultRules before = own(context).get(FAULTS, FaultRules.class);
        if (before != null) {
            running(context).restore(before);
        }
    }

    /** Only the closest extension answers, so that a nested or per-test one never competes with a class's. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type != Emulator.class && type != Seeded.class) {
            return false;
        }
        KeypairsEmulatorExtension closest = context.getStore(CLOSEST).get(KEY, KeypairsEmulatorExtension.class);
        return closest == null || closest == this;
    }

    /** The emulator, or what the seeds covering the context did ({@link Seeded#NONE} when none do). */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == Seeded.class) {
            Seeded seeded = own(context).get(SEEDED, Seeded.class);
            return seeded == null ? Seeded.NONE : seeded;
        }
        return running(context).emulator();
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

    /**
     * The test classes of a context, from the outermost enclosing one (of a {@code @Nested} class) to its own.
     */
    private static List<Class<?>> classes(ExtensionContext context) {
        Deque<Class<?>> classes = new ArrayDeque<>();
        for (Optional<ExtensionContext> at = Optional.of(context); at.isPresent(); at = at.get().getParent()) {
            at.get().getElement().filter(Class.class::isInstance).map(element -> (Class<?>) element)
                    .ifPresent(classes::addFirst);
        }
        return List.copyOf(classes);
    }

    /** The seeds covering a context, each once: its classes' (the outermost first), then its test's. */
    private static List<String> seeds(ExtensionContext context) {
        Set<String> seeds = new LinkedHashSet<>();
        List<AnnotatedElement> annotated = new ArrayList<>(classes(context));
        context.getTestMethod().ifPresent(annotated::add);
        for (AnnotatedElement element : annotated) {
            AnnotationSupport.findAnnotation(element, KeypairsSeed.class)
                    .ifPresent(seed -> seeds.addAll(Arrays.asList(seed.value())));
        }
        return List.copyOf(seeds);
    }

    private static ClassLoader loader(ExtensionContext context) {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    /**
     * The store of this instance's: two extensions (a class's and a test's) never share an emulator, a seed's report
     * or the fault rules noted.
     */
    private ExtensionContext.Store own(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(KeypairsEmulatorExtension.class, this));
    }

    /** The emulator of this context or of an enclosing one, started when there is none yet. */
    private ServedEmulator running(ExtensionContext context) {
        return own(context).getOrComputeIfAbsent(KEY, key -> start(), ServedEmulator.class);
    }

    private ServedEmulator start() {
        EmulatorSettings defaults = EmulatorSettings.defaults().withPort(0)
                .withStore("memory:junit-" + UUID.randomUUID());
        try {
            return new ServedEmulator(Emulator.start(settings.apply(defaults)));
        } catch (EmulatorException e) {
            throw new ExtensionConfigurationException("the keypairs emulator did not start: " + e.codedMessage(),
                    e);
        }
    }
}
