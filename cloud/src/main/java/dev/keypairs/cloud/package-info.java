/**
 * The {@code cloud:} store (clouds.md): Alibaba Cloud ECS and Tencent Cloud CVM through their official Java SDKs, an
 * adapter around {@code dev.keypairs.store} as the emulator is one around it on the other side of the wire.
 * {@code client} holds what both providers share, {@code alibaba} and {@code tencent} one SDK each, and this package
 * the store that routes between them.
 */
package dev.keypairs.cloud;
