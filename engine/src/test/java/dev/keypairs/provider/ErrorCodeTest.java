package dev.keypairs.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every documented error code, with the HTTP status semantics.md and the API references give it. */
class ErrorCodeTest {

    @Test
    void alibabaCodesAndStatuses() {
        Map<String, Integer> documented = Map.ofEntries(
                Map.entry("MissingParameter", 400),
                Map.entry("InvalidPublicKeyBody.Malformed", 400),
                Map.entry("InvalidKeyPairName.Malformed", 400),
                Map.entry("InvalidRegionId.NotFound", 404),
                Map.entry("QuotaExceed.KeyPair", 403),
                Map.entry("KeyPair.AlreadyExist", 400),
                Map.entry("InvalidResourceGroup.NotFound", 404),
                Map.entry("InvalidTagKey.Malformed", 400),
                Map.entry("InvalidTagValue.Malformed", 400),
                Map.entry("Duplicate.TagKey", 400),
                Map.entry("InvalidTagCount", 400),
                Map.entry("InvalidParameter", 400),
                Map.entry("InvalidKeyPairNames.ValueNotSupported", 400),
                Map.entry("InvalidResourceId.NotFound", 404),
                Map.entry("InvalidParameter.KeypairAlreadyAttachedInstance", 400));
        Map<String, Integer> actual = Arrays.stream(ErrorCode.values())
                .filter(code -> code.isDocumentedBy(Provider.ALIBABA))
                .collect(Collectors.toMap(ErrorCode::code, code -> code.httpStatus(Provider.ALIBABA).getAsInt()));
        assertEquals(documented, actual);
    }

    @Test
    void tencentCodesCarryNoStatus() {
        Set<String> documented = Set.of("MissingParameter", "InternalServerError", "InvalidKeyPair.LimitExceeded",
                "InvalidKeyPairName.Duplicate", "InvalidKeyPairNameEmpty", "InvalidKeyPairNameIncludeIllegalChar",
                "InvalidKeyPairNameTooLong", "InvalidParameterValue", "InvalidPublicKey.Duplicate",
                "InvalidPublicKey.Malformed", "UnsupportedRegion", "RequestLimitExceeded", "InvalidParameter",
                "InvalidKeyPairId.NotFound", "InvalidKeyPairId.Malformed", "InvalidParameterValue.KeyPairNotSupported",
                "InvalidFilter", "InvalidFilterValue.LimitExceeded", "InvalidParameterValue.LimitExceeded",
                "InvalidParameterValueLimit", "InvalidParameterValueOffset");
        Set<String> actual = Arrays.stream(ErrorCode.values())
                .filter(code -> code.isDocumentedBy(Provider.TENCENT))
                .peek(code -> assertEquals(OptionalInt.empty(), code.httpStatus(Provider.TENCENT), code.code()))
                .map(ErrorCode::code)
                .collect(Collectors.toSet());
        assertEquals(documented, actual);
    }

    @Test
    void anErrorMustBeOneItsProviderDocuments() {
        assertThrows(IllegalArgumentException.class,
                () -> new ApiError(Provider.TENCENT, ErrorCode.QUOTA_EXCEED_KEY_PAIR, "x"));
        ApiError error = new ApiError(Provider.ALIBABA, ErrorCode.QUOTA_EXCEED_KEY_PAIR, "full");
        assertEquals(OptionalInt.of(403), error.httpStatus());
        assertTrue(error.toString().startsWith("QuotaExceed.KeyPair"));
    }
}
