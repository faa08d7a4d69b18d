/**
 * What arrives on the wire, before any provider reads it: a request's method, headers, query and body as
 * values ({@link dev.keypairs.emulator.wire.WireRequest}), parameters decoded strictly
 * ({@link dev.keypairs.emulator.wire.Parameters}), and the emulator's own protocol-level error codes
 * ({@link dev.keypairs.emulator.wire.ProtocolCode}). No HTTP server type reaches here: the Jetty adapter
 * ({@code dev.keypairs.emulator.http}) builds these values.
 */
package dev.keypairs.emulator.wire;
