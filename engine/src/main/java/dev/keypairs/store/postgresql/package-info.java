/**
 * The shared storage beneath the account model: {@code postgresql://HOST[:PORT]/DATABASE[?schema=NAME]}, one
 * emulated account for many processes on many machines (store.md). Reached only through its factory.
 */
package dev.keypairs.store.postgresql;
