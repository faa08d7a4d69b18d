package dev.keypairs.maven;

import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The settings.xml server {@value #SERVER_ID}: the user and password of a {@code postgresql://} store, its password
 * decrypted by Maven (settings-security.xml), put into the URI the engine opens. That URI is never printed (every
 * output shows the redacted form) and never a Mojo parameter, so Maven's {@code -X} never shows it either.
 */
final class StoreCredentials {

    /** The settings.xml server that holds the store's credentials. */
    static final String SERVER_ID = "keypairs-store";

    private StoreCredentials() {
    }

    /**
     * The store URI with the server's credentials in it when the store takes them ({@code postgresql://}) and the
     * server is there; they replace any the URI names. Any other URI as it is.
     *
     * @throws MojoFailureException when Maven cannot decrypt the server's password
     */
    static String apply(String storeUri, Settings settings, SettingsDecrypter decrypter) throws MojoFailureException {
        if (storeUri == null || settings == null || !storeUri.toLowerCase(Locale.ROOT).startsWith("postgresql://")) {
            return storeUri;
        }
        Server server = settings.getServer(SERVER_ID);
        if (server == null || server.getUsername() == null) {
            return storeUri;
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("[StoreUnavailable] the password of the settings.xml server "
                        + SERVER_ID + " cannot be decrypted: " + problem.getMessage()
                        + ". Check ~/.m2/settings-security.xml (or -Dsettings.security=...), or encrypt it again with"
                        + " mvn --encrypt-password.");
            }
        }
        Server clear = decrypted.getServer();
        try {
            return StoreUri.parse(storeUri).withUserInfo(clear.getUsername(), clear.getPassword());
        } catch (StoreUnavailableException malformed) {
            // The engine refuses the URI itself, in its own words, and never sees the password.
            return storeUri;
        }
    }
}
