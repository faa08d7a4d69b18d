package dev.keypairs.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that use the store. */
abstract class AbstractStoreMojo extends AbstractKeypairsMojo {

    /**
     * The backing store's URI. The embedded default keeps one SQLite file in your home directory; options ride
     * on the query, e.g. {@code sqlite:/path/store.db?tencentQuota=100}.
     */
    @Parameter(property = "keypairs.store", defaultValue = "sqlite:${user.home}/.keypairs/store.db")
    String store;
}
