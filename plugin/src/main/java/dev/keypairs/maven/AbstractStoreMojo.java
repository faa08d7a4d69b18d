package dev.keypairs.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that use the store. */
abstract class AbstractStoreMojo extends AbstractKeypairsMojo {

    /**
     * The backing store's URI. The embedded default keeps one SQLite file in your home directory;
     * {@code postgresql://HOST[:PORT]/DATABASE[?schema=NAME]} shares one account through PostgreSQL, its user and
     * password from the settings.xml server {@code keypairs-store}. Options ride on the query, e.g.
     * {@code sqlite:/path/store.db?tencentQuota=100}.
     */
    @Parameter(property = "keypairs.store", defaultValue = "sqlite:${user.home}/.keypairs/store.db")
    String store;

    /** A {@code postgresql://} store takes the user and password of the settings.xml server keypairs-store. */
    @Override
    void prepare() throws MojoFailureException {
        store = storeWithCredentials(store);
    }
}
