/**
 * The HTTP server: Jetty, adapted to the emulator's wire values. It reads each request under limits (header
 * size, a 1 MiB body, an idle timeout), routes it by the signature scheme it claims to the API that serves that
 * scheme ({@link dev.keypairs.emulator.http.ProviderRouting}), and writes the answer; HTTP it cannot read gets a
 * coded error and never a stack trace (emulator.md: why Jetty).
 */
package dev.keypairs.emulator.http;
