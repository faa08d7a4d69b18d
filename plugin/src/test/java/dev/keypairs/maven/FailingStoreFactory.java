package dev.keypairs.maven;

import dev.keypairs.provider.ApiCode;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreFactory;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import dev.keypairs.store.memory.MemoryKeyPairStoreFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * For {@link MavenWordingTest}: {@code failing:NAME?refuse=CALL&provider=PROVIDER&code=CODE} is the in-memory store
 * {@code memory:NAME} with one call refused as the provider's API refuses it, so that the engine's real goals fail
 * as they do against a cloud (a denied access key, a refused import). {@code refuse=open} refuses the opening itself.
 * {@code &keyId=ID&source=SOURCE} says the refused call was signed with that key, found there, as {@code cloud:} says.
 * Registered for the tests alone (src/test/resources/META-INF/services).
 */
public final class FailingStoreFactory implements KeyPairStoreFactory {

    /** The scheme of the failing stores. */
    public static final String SCHEME = "failing";

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public KeyPairStore open(StoreUri uri, Rules rules) throws StoreException {
        String refused = uri.options().get("refuse");
        Provider provider = Provider.valueOf(uri.options().get("provider").toUpperCase(Locale.ROOT));
        String code = uri.options().get("code");
        AccessKeyInUse key = uri.options().containsKey("keyId") ? new AccessKeyInUse(uri.options().get("keyId"),
                AccessKeyInUse.Source.valueOf(uri.options().get("source"))) : null;
        if ("open".equals(refused)) {
            throw refusal(provider, code, key);
        }
        KeyPairStore memory = new MemoryKeyPairStoreFactory().open(StoreUri.parse("memory:" + uri.location()), rules);
        return (KeyPairStore) Proxy.newProxyInstance(KeyPairStore.class.getClassLoader(),
                new Class<?>[] {KeyPairStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals(refused)) {
                        throw refusal(provider, code, key);
                    }
                    try {
                        return method.invoke(memory, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static ApiErrorException refusal(Provider provider, String code, AccessKeyInUse key) {
        ApiCode answered = ApiCode.of(provider, code, OptionalInt.empty());
        return new ApiErrorException(new ApiError(provider, answered, "refused by the test store",
                OptionalInt.empty()), "test-request-id", key);
    }
}
