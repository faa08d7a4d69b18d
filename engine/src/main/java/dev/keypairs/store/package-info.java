/**
 * The backing store, as a Java interface shaped like the providers' key pair APIs (ImportKeyPair,
 * CreateKeyPair, DescribeKeyPairs, DeleteKeyPairs, TagResources, UntagResources, JoinResourceGroup), with
 * wire-shaped requests per provider, and what reads a store whole ({@link dev.keypairs.store.RegionListing},
 * {@link dev.keypairs.store.StoreListing}).
 *
 * <p>Plan and apply see only {@link dev.keypairs.store.KeyPairStore}. The emulated stores are the account model
 * ({@code dev.keypairs.store.account}) over a storage (SQLite, memory); each is found by URI scheme through
 * {@link dev.keypairs.store.KeyPairStoreFactory} and {@link java.util.ServiceLoader}, and none of the storages'
 * types leak out of their packages (architecture.md).
 */
package dev.keypairs.store;
