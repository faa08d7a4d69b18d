package dev.keypairs.emulator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flattened GET parameters: whole lists in any order, and nothing padded, deep or ambiguous. */
class TencentParametersTest {

    @Test
    void listsArriveInAnyOrderButWhole() throws Exception {
        TencentParameters parameters = TencentParameters.flattened(Parameters.parse(
                "KeyIds.1=skey-bbbbbbbb&KeyIds.0=skey-aaaaaaaa&Filters.0.Values.1=b&Filters.0.Name=key-name"
                        + "&Filters.0.Values.0=a&Limit=5"));
        assertEquals(List.of("skey-aaaaaaaa", "skey-bbbbbbbb"), parameters.texts("KeyIds"));
        assertEquals(List.of("a", "b"), parameters.filters().get(0).values());
        assertEquals(5, parameters.smallInteger("Limit"));
    }

    @Test
    void gapsDepthLeadingZerosAndClashesAreRefused() {
        for (String query : List.of("KeyIds.1=x", "x.999.999.999=1", "a.0.b.0.c=1", "KeyIds.0=a&KeyIds.00=b",
                "KeyIds.0=a&KeyIds.0.x=b", "Filters.0=a&Filters.0.Name=b", "Limit.x=1&Limit=2", ".=1", "KeyIds.1000=x")) {
            WireException refused = assertThrows(WireException.class,
                    () -> TencentParameters.flattened(Parameters.parse(query)), query);
            assertEquals(ProtocolCode.MALFORMED_PARAMETERS, refused.code(), query);
        }
    }
}
