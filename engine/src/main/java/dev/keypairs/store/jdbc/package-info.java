/**
 * What the SQL storages share beneath the account model: a connection with its prepared statements
 * ({@link dev.keypairs.store.jdbc.JdbcSession}) and a region's rows in the store's tables
 * ({@link dev.keypairs.store.jdbc.JdbcRegionRows}), the same SQL for SQLite and PostgreSQL. Each storage keeps
 * its own transactions, locks, schema and failure wording.
 */
package dev.keypairs.store.jdbc;
