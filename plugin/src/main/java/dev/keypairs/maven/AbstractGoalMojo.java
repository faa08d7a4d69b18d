package dev.keypairs.maven;

import java.io.File;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The parameters every goal takes, the reconciling goals and {@code keypairs:serve} alike. */
abstract class AbstractGoalMojo extends AbstractMojo {

    /** A region catalogue file replacing the built-in Alibaba Cloud list ({@code REGION_ID<TAB>name} lines). */
    @Parameter(property = "keypairs.regions.alibaba")
    File alibabaRegions;

    /** A region catalogue file replacing the built-in Tencent Cloud list ({@code REGION_ID<TAB>name} lines). */
    @Parameter(property = "keypairs.regions.tencent")
    File tencentRegions;

    /** Skips the goal. */
    @Parameter(property = "keypairs.skip", defaultValue = "false")
    boolean skip;

    /**
     * The command line's {@code -D} properties: Maven hands a parameter its default for an empty {@code -D}
     * value, so only these tell "given empty" ({@code -Dkeypairs.store=}, an unset CI secret) from "not given".
     */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true)
    Properties userProperties;

    /** Maven's settings, for the servers that hold credentials (SettingsServers). */
    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    /** The plugin's descriptor: each parameter's {@code keypairs.*} property, for {@link CommandLineSettings}. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    /** Decrypts a settings.xml password encrypted with settings-security.xml. */
    @Component
    SettingsDecrypter settingsDecrypter;

    /** The store URI to open: with the credentials of the settings.xml server of this id when it takes them. */
    String storeWithCredentials(String storeUri, String serverId) throws MojoFailureException {
        return new SettingsServers(settings, settingsDecrypter).storeUri(storeUri, serverId);
    }

    /**
     * Lets the command line's {@code -Dkeypairs.*} properties win over the pom's {@code <configuration>}; the first
     * thing every goal does, so {@code -Dkeypairs.skip} wins too.
     */
    void applyCommandLine() throws MojoFailureException {
        CommandLineSettings.apply(this, plugin, userProperties, baseDirectoryOrNull(), emptyLeftToEngine());
    }

    /** The properties whose empty value the engine refuses in its own words; none but for the engine's goals. */
    Set<String> emptyLeftToEngine() {
        return Set.of();
    }

    /** Where relative files given on the command line are resolved: the project's base, if there is one. */
    File baseDirectoryOrNull() {
        return null;
    }

    /** Whether the goal is skipped; says so when it is. */
    boolean skipped() {
        if (skip) {
            getLog().info("keypairs: skipped (keypairs.skip)");
        }
        return skip;
    }

    /** Whether this property was given on the command line with an empty or blank value. */
    boolean givenEmpty(String key) {
        String value = userProperties == null ? null : userProperties.getProperty(key);
        return value != null && value.isBlank();
    }
}
