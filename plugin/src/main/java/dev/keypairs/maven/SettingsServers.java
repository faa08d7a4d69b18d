package dev.keypairs.maven;

import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.CloudCredentials;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Credentials as Maven users keep them: settings.xml servers, their passwords decrypted by Maven
 * (settings-security.xml). The server {@value #STORE_SERVER_ID} (id changed by {@code keypairs.store.serverId}) holds a
 * {@code postgresql://} store's user and password, put into the URI the engine opens; {@code keypairs-alibaba} and
 * {@code keypairs-tencent} (ids changed by {@code keypairs.alibaba.serverId} and {@code keypairs.tencent.serverId})
 * hold the clouds' access keys for {@code cloud:}, username the AccessKeyId / SecretId and password the secret. None is
 * a Mojo parameter and none is ever printed, so Maven's {@code -X} shows none of them either.
 */
final class SettingsServers {

    /** The settings.xml server that holds the store's credentials. */
    static final String STORE_SERVER_ID = "keypairs-store";

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    SettingsServers(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    /**
     * The store URI with the server's credentials in it when the store takes them ({@code postgresql://}) and the
     * server is there; they replace any the URI names. Any other URI as it is.
     *
     * @param serverId the settings.xml server that holds them: {@value #STORE_SERVER_ID} unless
     *     {@code keypairs.store.serverId} names another
     * @throws MojoFailureException when Maven cannot decrypt the server's password
     */
    String storeUri(String storeUri, String serverId) throws MojoFailureException {
        if (storeUri == null || settings == null || !storeUri.toLowerCase(Locale.ROOT).startsWith("postgresql://")) {
            return storeUri;
        }
        Server server = settings.getServer(serverId == null ? STORE_SERVER_ID : serverId);
        if (server == null || server.getUsername() == null) {
            return storeUri;
        }
        Server clear = decrypted(server, ToolCode.STORE_UNAVAILABLE);
        try {
            return StoreUri.parse(storeUri).withUserInfo(clear.getUsername(), clear.getPassword());
        } catch (StoreUnavailableException malformed) {
            // The engine refuses the URI itself, in its own words, and never sees the password.
            return storeUri;
        }
    }

    /**
     * The clouds' access keys of the servers with these ids, for a {@code cloud:} store; none for any other store,
     * whose runs never read or decrypt them.
     *
     * @param serverIds the server id of each provider
     * @throws MojoFailureException when Maven cannot decrypt a server's password, or a server lacks its username or
     *     password
     */
    CloudCredentials cloudCredentials(String storeUri, Map<Provider, String> serverIds) throws MojoFailureException {
        if (storeUri == null || !storeUri.strip().toLowerCase(Locale.ROOT).startsWith("cloud:")) {
            return CloudCredentials.NONE;
        }
        Map<Provider, AccessKey> keys = new EnumMap<>(Provider.class);
        Map<Provider, String> lookedIn = new EnumMap<>(Provider.class);
        for (Map.Entry<Provider, String> entry : serverIds.entrySet()) {
            Provider provider = entry.getKey();
            String id = entry.getValue();
            lookedIn.put(provider, "the settings.xml server " + id + " (username the "
                    + (provider == Provider.ALIBABA ? "AccessKeyId, password the AccessKeySecret" : "SecretId, password"
                            + " the SecretKey") + "; another server with -Dkeypairs." + provider.id() + ".serverId=ID)");
            Server server = settings == null ? null : settings.getServer(id);
            if (server == null) {
                continue;
            }
            Server clear = decrypted(server, ToolCode.MISSING_CREDENTIALS);
            if (blank(clear.getUsername()) || blank(clear.getPassword())) {
                throw new MojoFailureException(ToolCode.MISSING_CREDENTIALS.code() + ": the settings.xml server " + id
                        + " has no " + (blank(clear.getUsername()) ? "username" : "password") + ": give the " + provider.id()
                        + (provider == Provider.ALIBABA ? " AccessKeyId as <username> and the AccessKeySecret"
                                : " SecretId as <username> and the SecretKey")
                        + " as <password> (encrypted with mvn --encrypt-password). Nothing was read or changed.");
            }
            keys.put(provider, new AccessKey(clear.getUsername(), clear.getPassword(), null));
        }
        return new CloudCredentials(keys, lookedIn);
    }

    private Server decrypted(Server server, ToolCode code) throws MojoFailureException {
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException(code.code() + ": the password of the settings.xml server " + server.getId()
                        + " cannot be decrypted: " + problem.getMessage() + ". Check ~/.m2/settings-security.xml (or"
                        + " -Dsettings.security=...), or encrypt it again with mvn --encrypt-password.");
            }
        }
        return decrypted.getServer();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
