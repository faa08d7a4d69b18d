/**
 * Who may call the emulator and how their requests are signed: the accepted access keys
 * ({@link dev.keypairs.emulator.auth.Credentials}), the three signature schemes the providers' SDKs use
 * (Alibaba's {@code HMAC-SHA1} and {@code ACS3-HMAC-SHA256}, Tencent's {@code TC3-HMAC-SHA256}), each checked
 * in the forms the genuine SDKs produce, and the replay and clock checks beside them (emulator.md).
 */
package dev.keypairs.emulator.auth;
