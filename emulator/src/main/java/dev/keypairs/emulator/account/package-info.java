/**
 * The emulator's accounts: each access key's calls are served from the account its credentials line names
 * ({@code account=STORE-URI}), a store of its own, or from the emulator's own store ({@code keypairs.store}), so every
 * store's guarantees hold per account ({@link dev.keypairs.emulator.account.Accounts}). An account is emptied by its
 * reset, which waits for the calls in flight on it.
 */
package dev.keypairs.emulator.account;
