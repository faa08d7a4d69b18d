/**
 * The backing store, as a Java interface shaped like the providers' key pair APIs (ImportKeyPair,
 * CreateKeyPair, DescribeKeyPairs, DeleteKeyPairs, TagResources, UntagResources, JoinResourceGroup).
 *
 * <p>Plan and apply see only {@link dev.keypairs.store.KeyPairStore}. Implementations (the embedded SQLite
 * store, later a shared database or the real clouds) are found by URI scheme through
 * {@link dev.keypairs.store.KeyPairStoreFactory} and {@link java.util.ServiceLoader}; none of their types
 * leak through this package.
 */
package dev.keypairs.store;
