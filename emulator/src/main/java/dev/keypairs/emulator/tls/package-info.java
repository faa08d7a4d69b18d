/**
 * HTTPS for the emulator ({@code keypairs.serve.tls}): a local certificate authority kept in two PEM files, made
 * at the first start and reused after it ({@link dev.keypairs.emulator.tls.CaFiles}), and the server certificate
 * it signs at every start for the names clients connect by ({@link dev.keypairs.emulator.tls.ServerNames}).
 * Certificates and keys are made with Bouncy Castle's X.509 builders over the JDK's own providers: no security
 * provider is registered (emulator.md, "HTTPS").
 */
package dev.keypairs.emulator.tls;
