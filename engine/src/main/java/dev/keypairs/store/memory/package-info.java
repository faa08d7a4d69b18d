/**
 * The in-memory storage beneath the account model ({@code memory:NAME}): one account per name in one JVM, gone
 * when its last handle closes. Reached only through its factory.
 */
package dev.keypairs.store.memory;
