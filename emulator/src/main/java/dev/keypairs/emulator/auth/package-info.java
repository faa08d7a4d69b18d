/**
 * Who may call the emulator and how their requests are signed: the accepted access keys
 * ({@link dev.keypairs.emulator.auth.Credentials}), one verifier per signature scheme the providers' SDKs use
 * (Alibaba's {@code HMAC-SHA1} and {@code ACS3-HMAC-SHA256}, Tencent's {@code TC3-HMAC-SHA256} and its signature
 * version 1, {@code HmacSHA1} / {@code HmacSHA256}), each checked
 * in the forms the genuine SDKs produce, the clock and replay checks beside them ({@code Freshness}), and what
 * a read-only key may call ({@link dev.keypairs.emulator.auth.Permissions}). The APIs verify through
 * {@link dev.keypairs.emulator.auth.Authenticator}, handing it the
 * {@link dev.keypairs.emulator.auth.SignatureScheme} the HTTP layer routed the request under: which scheme a
 * request claims is a routing question, answered in {@code dev.keypairs.emulator.http} (emulator.md).
 */
package dev.keypairs.emulator.auth;
