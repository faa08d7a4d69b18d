package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.Provider;
import org.junit.jupiter.api.Test;

/** A read-only key makes Describe* calls alone, refused in each provider's words; a full key makes every call. */
class PermissionsTest {

    @Test
    void aReadOnlyKeyDescribesOnly() {
        AccessKey alibaba = new AccessKey(Provider.ALIBABA, "LTAIread", "s", true);
        assertDoesNotThrow(() -> Permissions.require(alibaba, "DescribeKeyPairs"));
        assertDoesNotThrow(() -> Permissions.require(alibaba, "ListTagResources"), "a read, as a read-only policy has it");
        WireException refused = assertThrows(WireException.class, () -> Permissions.require(alibaba, "ImportKeyPair"));
        assertEquals(ProtocolCode.FORBIDDEN, refused.code());
        assertEquals("User not authorized to operate on the specified resource, or this API doesn't support RAM"
                + " (the key LTAIread may only call Describe* and List* actions).", refused.getMessage());

        AccessKey tencent = new AccessKey(Provider.TENCENT, "AKIDread", "s", true);
        assertDoesNotThrow(() -> Permissions.require(tencent, "DescribeRegions"));
        WireException unauthorized = assertThrows(WireException.class,
                () -> Permissions.require(tencent, "DeleteKeyPairs"));
        assertEquals(ProtocolCode.FORBIDDEN, unauthorized.code());
        assertEquals("The request is not authorized: the key AKIDread may only call Describe* actions.",
                unauthorized.getMessage());
    }

    @Test
    void aFullKeyMakesEveryCall() {
        AccessKey key = new AccessKey(Provider.ALIBABA, "LTAIfull", "s");
        assertDoesNotThrow(() -> Permissions.require(key, "DeleteKeyPairs"));
        assertDoesNotThrow(() -> Permissions.require(key, "UnknownAction"));
    }
}
