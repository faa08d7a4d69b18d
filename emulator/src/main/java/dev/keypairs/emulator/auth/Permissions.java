package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.Provider;

/**
 * What a verified key may call: everything, or, for a read-only key (as one whose RAM or CAM policy grants no
 * more), the reads alone: the Describe* actions, and Alibaba's List* (ListTagResources). Asked once the
 * signature holds, as the clouds check permissions after authentication.
 */
public final class Permissions {

    private Permissions() {
    }

    /**
     * Refuses a call the key's policy does not grant.
     *
     * @param key the key that signed the request
     * @param action the action it calls, e.g. {@code DescribeKeyPairs}
     * @throws WireException {@code Forbidden.RAM} (Alibaba, 403) or {@code UnauthorizedOperation} (Tencent)
     */
    public static void require(AccessKey key, String action) throws WireException {
        // Reads are Describe* (both clouds) and List* (Alibaba's ListTagResources), as a read-only policy grants.
        if (key.readOnly() && !action.startsWith("Describe") && !action.startsWith("List")) {
            throw new WireException(ProtocolCode.FORBIDDEN, key.provider() == Provider.ALIBABA
                    ? "User not authorized to operate on the specified resource, or this API doesn't support RAM"
                            + " (the key " + key.id() + " may only call Describe* and List* actions)."
                    : "The request is not authorized: the key " + key.id() + " may only call Describe* actions.");
        }
    }
}
