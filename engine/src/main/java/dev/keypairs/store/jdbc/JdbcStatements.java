package dev.keypairs.store.jdbc;

/**
 * The SQL of a region's rows ({@link JdbcRegionRows}), written once per storage for its tables: every call of
 * a hot path then finds its prepared statement by the same string, with no text built per call.
 *
 * @param countKeyPairs the region's key pairs, counted
 * @param nameHoldingKey the name holding a public key
 * @param byName a key pair by name, with its tags
 * @param byKeyId a key pair by KeyId, with its tags
 * @param page a page of key pairs by name, with their tags
 * @param keyIdInUse whether any region holds a KeyId
 * @param insertKeyPair a key pair added, answering its id
 * @param deleteKeyPair a key pair removed by name
 * @param clearTags a key pair's tags removed
 * @param insertTag a tag added
 * @param setResourceGroup a key pair moved into a resource group
 * @param rename a key pair renamed
 * @param setDescription a key pair's description set
 * @param keyPairId a key pair's id by name
 * @param expireCalls the rate window's calls outside it removed
 * @param countCalls the rate window's calls counted
 * @param recordCall a call counted in the rate window
 */
public record JdbcStatements(String countKeyPairs, String nameHoldingKey, String byName, String byKeyId, String page,
        String keyIdInUse, String insertKeyPair, String deleteKeyPair, String clearTags, String insertTag,
        String setResourceGroup, String rename, String setDescription, String keyPairId, String expireCalls,
        String countCalls, String recordCall) {

    /**
     * The statements for tables named with this prefix.
     *
     * @param tables what qualifies the tables' names: {@code ""}, or a quoted schema and a dot
     * @param byteOrder what makes {@code ORDER BY name} compare names byte by byte, which for UTF-8 is the code point
     *     order pages are in (store.md): nothing for SQLite, whose default collation does so;
     *     {@code COLLATE "C"} for PostgreSQL, whose default follows the database's locale
     */
    public static JdbcStatements forTables(String tables, String byteOrder) {
        String select = """
                SELECT k.id, k.name, k.public_key, k.fingerprint, k.key_id, k.resource_group_id, k.project_id,
                       k.created_at, k.description, t.tag_key, t.tag_value
                FROM (SELECT id, name, public_key, fingerprint, key_id, resource_group_id, project_id, created_at,
                             description
                      FROM %1$skey_pair WHERE provider = ? AND region = ? %2$s) AS k
                LEFT JOIN %1$skey_pair_tag AS t ON t.key_pair_id = k.id
                ORDER BY k.name%3$s, t.tag_key""";
        return new JdbcStatements(
                "SELECT count(*) FROM " + tables + "key_pair WHERE provider = ? AND region = ?",
                "SELECT name FROM " + tables + "key_pair WHERE provider = ? AND region = ? AND public_key = ?",
                select.formatted(tables, "AND name = ?", byteOrder),
                select.formatted(tables, "AND key_id = ?", byteOrder),
                select.formatted(tables, "ORDER BY name" + byteOrder + " LIMIT ? OFFSET ?", byteOrder),
                "SELECT 1 FROM " + tables + "key_pair WHERE key_id = ?",
                "INSERT INTO " + tables + "key_pair (provider, region, name, public_key, fingerprint, key_id,"
                        + " resource_group_id, project_id, created_at, description)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                "DELETE FROM " + tables + "key_pair WHERE provider = ? AND region = ? AND name = ?",
                "DELETE FROM " + tables + "key_pair_tag WHERE key_pair_id = ?",
                "INSERT INTO " + tables + "key_pair_tag (key_pair_id, tag_key, tag_value) VALUES (?, ?, ?)",
                "UPDATE " + tables + "key_pair SET resource_group_id = ? WHERE provider = ? AND region = ? AND name = ?",
                "UPDATE " + tables + "key_pair SET name = ? WHERE provider = ? AND region = ? AND name = ?",
                "UPDATE " + tables + "key_pair SET description = ? WHERE provider = ? AND region = ? AND name = ?",
                "SELECT id FROM " + tables + "key_pair WHERE provider = ? AND region = ? AND name = ?",
                "DELETE FROM " + tables + "call_window WHERE provider = ? AND call = ? AND (at_ms <= ? OR at_ms > ?)",
                "SELECT count(*) FROM " + tables + "call_window WHERE provider = ? AND call = ?",
                "INSERT INTO " + tables + "call_window (provider, call, at_ms) VALUES (?, ?, ?)");
    }
}
