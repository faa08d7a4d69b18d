package dev.keypairs.cloud.alibaba;

import com.aliyun.ecs20140526.Client;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import dev.keypairs.cloud.client.Answers;
import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One call through Alibaba Cloud's ECS SDK: the SDK client of each region (at the endpoint the SDK resolves for it, or
 * the one endpoint given), the runtime options every call takes (the SDK's retries off: keypairs alone retries), and
 * how what the SDK throws becomes what the store throws (a refusal with its code and status as they came, a call
 * that got no answer transient).
 */
final class AlibabaCalls {

    private static final int IDLE_CONNECTIONS = 32;

    private final ClientSettings settings;
    private final Credentials credentials;
    private final RuntimeOptions runtime;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();

    /**
     * Where the client's credentials came from: a key given, or the SDK's default chain; and the key's id with its
     * source, which a refusal carries.
     */
    record Credentials(AccessKey key, com.aliyun.credentials.Client chain, AccessKeyInUse inUse) {
    }

    AlibabaCalls(ClientSettings settings, Credentials credentials) {
        this.settings = settings;
        this.credentials = credentials;
        // Idle connections kept for reuse: the SDK's default of 5 would make most of 16 regions' calls open a new one.
        this.runtime = new RuntimeOptions().setAutoretry(false).setMaxAttempts(0).setMaxIdleConns(IDLE_CONNECTIONS)
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setReadTimeout((int) settings.readTimeout().toMillis());
    }

    /** The runtime options of every call: the SDK's retries off, the timeouts of the settings. */
    RuntimeOptions runtime() {
        return runtime;
    }

    /** A call of one region's SDK client, made once. */
    @FunctionalInterface
    interface SdkCall<T> {
        T call(Client client) throws Exception;
    }

    /**
     * Makes the call once.
     *
     * @param action the action called, for a failure's words
     */
    <T> T call(String action, String regionId, SdkCall<T> call) throws StoreException {
        Client client = client(regionId);
        try {
            return call.call(client);
        } catch (TeaException refusal) {
            if (refusal.getCode() == null || refusal.getStatusCode() == null) {
                // A TeaRetryableException: the SDK's wrapper of a connection that failed, code and status null.
                throw Answers.unanswered(Provider.ALIBABA, action, where(regionId), refusal);
            }
            Map<String, Object> data = refusal.getData() == null ? Map.of() : refusal.getData();
            Object message = data.get("Message");
            Object requestId = data.get("RequestId");
            throw Answers.refusal(Provider.ALIBABA, refusal.getCode(),
                    message == null ? refusal.getMessage() : message.toString(), OptionalInt.of(refusal.getStatusCode()),
                    requestId == null ? null : requestId.toString(), credentials.inUse());
        } catch (StoreUnavailableException answeredBadly) {
            throw answeredBadly;
        } catch (Exception failure) {
            // TeaUnretryableException (connection refused, timed out, unknown host) or an answer that is not JSON.
            throw Answers.unanswered(Provider.ALIBABA, action, where(regionId), failure);
        }
    }

    private Client client(String regionId) throws StoreUnavailableException {
        Client client = clients.get(regionId);
        if (client != null) {
            return client;
        }
        Config config = new Config().setRegionId(regionId)
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setReadTimeout((int) settings.readTimeout().toMillis());
        if (credentials.key() != null) {
            config.setAccessKeyId(credentials.key().id()).setAccessKeySecret(credentials.key().secret())
                    .setSecurityToken(credentials.key().securityToken());
        } else {
            config.setCredential(credentials.chain());
        }
        settings.endpoint().ifPresent(endpoint -> config.setEndpoint(settings.hostAndPort().orElseThrow())
                .setProtocol(endpoint.getScheme()));
        try {
            client = new Client(config);
        } catch (Exception e) {
            throw new StoreUnavailableException("the Alibaba Cloud SDK cannot make a client for " + regionId + ": "
                    + e.getMessage(), e);
        }
        Client raced = clients.putIfAbsent(regionId, client);
        return raced == null ? client : raced;
    }

    /** Where a region's calls go: the endpoint given, else the one the SDK resolves for the region. */
    String where(String regionId) {
        return settings.hostAndPort().orElseGet(() -> {
            try {
                return client(regionId)._endpoint;
            } catch (StoreUnavailableException e) {
                return "the endpoint of " + regionId;
            }
        });
    }
}
