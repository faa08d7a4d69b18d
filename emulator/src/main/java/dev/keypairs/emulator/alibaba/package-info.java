/**
 * Alibaba Cloud ECS's RPC API (2014-05-26) for key pairs, on the wire: parameters from the query and the form
 * body, both signatures, JSON or XML answers, errors in Alibaba's envelope with the documented HTTP status, and
 * each action mapped onto the store's wire-shaped requests (emulator.md).
 */
package dev.keypairs.emulator.alibaba;
