package dev.keypairs.emulator.wire;

/** One provider's API on the wire: answers every request, refusals included, and never throws. */
public interface ProviderApi {

    /** The answer to a request: a result or a coded error in the provider's envelope. */
    WireResponse answer(WireRequest request);

    /** The answer to a request refused before it could be read (a body over the limit). */
    WireResponse refuse(WireRequest request, WireException refusal);
}
