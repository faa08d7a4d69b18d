/**
 * The HTTP server: Jetty, adapted to the emulator's wire values. It reads each request under limits (header
 * size, a 1 MiB body, an idle timeout), routes it to the provider whose signature it carries, and
 * writes the answer; HTTP it cannot read gets a coded error and never a stack trace (emulator.md: why Jetty).
 */
package dev.keypairs.emulator.http;
