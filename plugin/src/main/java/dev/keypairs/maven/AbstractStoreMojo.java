package dev.keypairs.maven;

import dev.keypairs.provider.Provider;
import dev.keypairs.store.CloudCredentials;
import dev.keypairs.workflow.Configuration;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that use the store. */
abstract class AbstractStoreMojo extends AbstractKeypairsMojo {

    /**
     * The backing store's URI. The embedded default keeps one SQLite file in your home directory;
     * {@code postgresql://HOST[:PORT]/DATABASE[?schema=NAME]} shares one account through PostgreSQL, its user and
     * password from the settings.xml server {@code keypairs-store} ({@code keypairs.store.serverId}); {@code cloud:} is
     * the real Alibaba Cloud and Tencent Cloud accounts through their official SDKs ({@code cloud:http://HOST:PORT}
     * sends every call to one endpoint, such as {@code keypairs:serve}). Options ride on the query, e.g.
     * {@code sqlite:/path/store.db?tencentQuota=100}. Default: <code>sqlite:${user.home}/.keypairs/store.db</code>.
     */
    @Parameter(property = "keypairs.store")
    String store;

    /**
     * The settings.xml server whose username and password are a {@code postgresql://} store's user and password: one
     * per execution where the accounts of a pom are in databases of their own users.
     */
    @Parameter(property = "keypairs.store.serverId", defaultValue = SettingsServers.STORE_SERVER_ID)
    String storeServerId;

    /**
     * The settings.xml server whose username and password are the Alibaba Cloud AccessKeyId and AccessKeySecret of
     * {@code cloud:}. Without it, the environment ({@code ALIBABA_CLOUD_ACCESS_KEY_ID}, ...) and then the SDK's own
     * chain are asked.
     */
    @Parameter(property = "keypairs.alibaba.serverId", defaultValue = "keypairs-alibaba")
    String alibabaServerId;

    /**
     * The settings.xml server whose username and password are the Tencent Cloud SecretId and SecretKey of
     * {@code cloud:}. Without it, the environment ({@code TENCENTCLOUD_SECRET_ID}, ...) and then the SDK's own chain
     * are asked.
     */
    @Parameter(property = "keypairs.tencent.serverId", defaultValue = "keypairs-tencent")
    String tencentServerId;

    /** The clouds' access keys from settings.xml, for {@code cloud:}; none for any other store. */
    private CloudCredentials cloudCredentials = CloudCredentials.NONE;

    /**
     * A {@code postgresql://} store takes the user and password of the settings.xml server keypairs-store (or
     * {@code keypairs.store.serverId}); a {@code cloud:} store the access keys of the servers keypairs-alibaba and
     * keypairs-tencent (or {@code keypairs.alibaba.serverId}, {@code keypairs.tencent.serverId}).
     */
    @Override
    void prepare() throws MojoFailureException {
        SettingsServers servers = new SettingsServers(settings, settingsDecrypter);
        cloudCredentials = servers.cloudCredentials(store, serverIds());
        store = servers.storeUri(store, storeServerId);
    }

    @Override
    Map<Provider, String> serverIds() {
        return Map.of(Provider.ALIBABA, alibabaServerId, Provider.TENCENT, tencentServerId);
    }

    /** The shared parameters, the store, and the clouds' access keys found for it. */
    @Override
    Configuration configuration() {
        return super.configuration().withStore(store).withCloudCredentials(cloudCredentials);
    }
}
