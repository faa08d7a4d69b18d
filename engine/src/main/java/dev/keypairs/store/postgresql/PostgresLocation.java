package dev.keypairs.store.postgresql;

import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a {@code postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE} store is, and who connects. A user and
 * password in the URI are percent-decoded; without a password the driver reads {@code PGPASSFILE} or
 * {@code ~/.pgpass} itself.
 *
 * @param host the host
 * @param port the port
 * @param database the database
 * @param user the user, or null for the driver's default
 * @param password the password, or null
 */
record PostgresLocation(String host, int port, String database, String user, String password) {

    /** The user info runs to the last {@code @} before the host (a password may hold {@code @} or {@code /}). */
    private static final Pattern AUTHORITY = Pattern.compile("//(?:(?<user>[^:@/]*)(?::(?<password>.*))?@)?"
            + "(?<host>\\[[0-9A-Fa-f:.]+]|[^:/@\\[\\]]+)(?::(?<port>[0-9]{1,5}))?/(?<database>[^/?@]+)");

    /** The default port of PostgreSQL. */
    static final int DEFAULT_PORT = 5432;

    /**
     * Reads the location of a store URI.
     *
     * @throws StoreUnavailableException naming what is missing; never quoting the password
     */
    static PostgresLocation of(StoreUri uri) throws StoreUnavailableException {
        Matcher matcher = AUTHORITY.matcher(uri.location());
        if (!matcher.matches()) {
            throw new StoreUnavailableException("the store URI " + uri.redacted() + " is not"
                    + " postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE[?schema=NAME]", null);
        }
        int port = matcher.group("port") == null ? DEFAULT_PORT : Integer.parseInt(matcher.group("port"));
        String database = decode(matcher.group("database"));
        if (database == null || !database.matches("[A-Za-z0-9_.$-]{1,63}")) {
            throw new StoreUnavailableException("the store URI " + uri.redacted() + " names a database that is not a"
                    + " plain name (letters, digits, _ . $ -)", null);
        }
        if (port < 1 || port > 65_535) {
            throw new StoreUnavailableException("the store URI " + uri.redacted() + " names the port " + port
                    + "; a port is 1 to 65535", null);
        }
        return new PostgresLocation(matcher.group("host"), port, database,
                decode(matcher.group("user")), decode(matcher.group("password")));
    }

    /** Percent-decoded ({@code +} kept); text that is not valid percent-encoding is taken as it is. */
    private static String decode(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }

    /** The JDBC URL, without credentials. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The connection's properties: user and password when given, and an application name for the server's view. */
    Properties properties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "keypairs");
        properties.setProperty("connectTimeout", "10");
        // A writer that vanished with a region's lock held frees it within a minute, and a waiter gives up at 30 s.
        properties.setProperty("options", "-c lock_timeout=30000 -c idle_in_transaction_session_timeout=60000");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + (password == null ? "" : ":***") + "@") + host + ":" + port
                + "/" + database;
    }
}
