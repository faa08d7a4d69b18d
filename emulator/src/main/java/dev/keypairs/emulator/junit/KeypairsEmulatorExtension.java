package dev.keypairs.emulator.junit;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorException;
import dev.keypairs.emulator.EmulatorSettings;
import java.util.Objects;
import java.util.UUID;
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
 * <pre>{@code
 * @RegisterExtension
 * static KeypairsEmulatorExtension emulator = KeypairsEmulatorExtension.withSettings(
 *         settings -> settings.withStore("memory:my-tests?rateLimit=off"));
 * }</pre>
 */
public final class KeypairsEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final String KEY = "emulator";

    private final UnaryOperator<EmulatorSettings> settings;

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
        running(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Emulator.class;
    }

    @Override
    public Emulator resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
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
