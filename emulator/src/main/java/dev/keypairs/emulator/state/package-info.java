/**
 * The emulator's own state, reached under {@code /_keypairs/} (a prefix neither provider's API uses) and answered
 * in JSON: one small {@link dev.keypairs.emulator.state.StateEndpoint} per endpoint, behind one access rule
 * ({@link dev.keypairs.emulator.state.StateAccess}: loopback needs nothing, elsewhere a bearer token) and one
 * dispatcher ({@link dev.keypairs.emulator.state.StateRouting}). No Jetty type reaches here: the HTTP layer builds a
 * {@link dev.keypairs.emulator.state.StateRequest} and writes the {@link dev.keypairs.emulator.state.StateResponse}.
 */
package dev.keypairs.emulator.state;
