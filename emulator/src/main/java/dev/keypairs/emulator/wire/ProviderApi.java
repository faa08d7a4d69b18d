package dev.keypairs.emulator.wire;

/** One provider's API on the wire: answers every request, refusals included, and never throws. */
public interface ProviderApi {

    /** The answer to a request: a result or a coded error in the provider's envelope. */
    WireResponse answer(WireRequest request);

    /**
     * The answer to a request refused by the server before this API read it (a body over the limit or cut off,
     * a failure inside), in this provider's envelope.
     */
    WireResponse refuse(WireRequest request, WireException refusal);
}
