/**
 * The keypairs emulator: Alibaba Cloud ECS's and Tencent Cloud CVM's key pair APIs over HTTP, on one port,
 * backed by any keypairs store but {@code cloud:}, so that the providers' own SDKs, CLIs and Terraform
 * providers can be pointed at it unchanged. Start it with {@link dev.keypairs.emulator.Emulator#start}, from
 * the command line ({@link dev.keypairs.emulator.Main}), with {@code mvn keypairs:serve}, or in a test with
 * {@link dev.keypairs.emulator.junit.KeypairsEmulatorExtension} (emulator.md).
 *
 * <p>Packages, each using only those before it: {@code wire} (requests, parameters, protocol codes),
 * {@code auth} (access keys and signatures), {@code tls} (the local CA and server certificate of HTTPS),
 * {@code account} (an account per access key), {@code alibaba} and {@code tencent} (the APIs over the store),
 * {@code fault} (fault rules put on calls), {@code journal} (the calls served), {@code state} (the emulator's own
 * endpoints under {@code /_keypairs/}), {@code http} (the Jetty server), this
 * one (start and stop), {@code junit} (the test extension).
 */
package dev.keypairs.emulator;
