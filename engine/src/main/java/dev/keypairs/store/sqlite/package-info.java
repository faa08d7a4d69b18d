/**
 * The embedded backing store: one SQLite file ({@code sqlite:PATH}), safe for several processes at once and
 * crash-safe, that enforces the providers' documented rules through {@code dev.keypairs.provider}.
 * {@code src/site/markdown/store.md} documents its URI, options, schema and guarantees.
 */
package dev.keypairs.store.sqlite;
