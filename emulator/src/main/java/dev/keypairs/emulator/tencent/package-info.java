/**
 * Tencent Cloud CVM's API (2017-03-12) for key pairs, on the wire: a JSON body (or a GET query, lists
 * flattened from 0), the TC3 signature, answers in the {@code Response} envelope, errors with HTTP 200, and each
 * action mapped onto the store's wire-shaped requests (emulator.md).
 */
package dev.keypairs.emulator.tencent;
