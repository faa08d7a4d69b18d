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
                Map.entry("QuotaExceed.Tags", 403),
                Map.entry("NumberExceed.Tags", 400),
                Map.entry("OperationDenied.QuotaExceed", 400),
                Map.entry("NumberExceed.ResourceIds", 400),
                Map.entry("MissingParameter.RegionId", 404),
                Map.entry("MissingParameter.ResourceType", 404),
                Map.entry("MissingParameter.ResourceIds", 404),
                Map.entry("MissingParameter.Tags", 404),
                Map.entry("InvalidResourceType.NotFound", 404),
                Map.entry("Param.Conflict", 403),
                Map.entry("InvalidTags.MalFormed", 400),
                Map.entry("BothEmpty.TagsAndResources", 403),
                Map.entry("InvalidTagFilter.Malformed", 403),
                Map.entry("NumberExceed.TagValues", 403),
                Map.entry("Invalid.NextToken", 403),
                Map.entry("InvalidParameter", 400),
                Map.entry("InvalidKeyPairNames.ValueNotSupported", 400),
                Map.entry("InstanceKeyPairLimitExceeded", 403),
                Map.entry("InvalidResourceId.NotFound", 404),
                Map.entry("InvalidParameter.KeypairAlreadyAttachedInstance", 400));
        Map<String, Integer> actual = Arrays.stream(ErrorCode.values())
                .filter(code -> code.isDocumentedBy(Provider.ALIBABA))
                .collect(Collectors.toMap(ErrorCode::code, code -> code.httpStatus(Provider.ALIBABA).getAsInt()));
        assertEquals(documented, actual);
    }

    /** The official definitions give MissingParameter 403 at JoinResourceGroup, 400 at every other action. */
    @Test
    void aStatusMayDependOnTheAction() {
        assertEquals(OptionalInt.of(403), ErrorCode.MISSING_PARAMETER.httpStatus(Provider.ALIBABA,
                ApiCall.JOIN_RESOURCE_GROUP));
        for (ApiCall call : ApiCall.values()) {
            if (call != ApiCall.JOIN_RESOURCE_GROUP) {
                assertEquals(OptionalInt.of(400), ErrorCode.MISSING_PARAMETER.httpStatus(Provider.ALIBABA, call),
                        call.action());
            }
            assertEquals(OptionalInt.empty(), ErrorCode.MISSING_PARAMETER.httpStatus(Provider.TENCENT, call));
            assertEquals(OptionalInt.of(403), ErrorCode.QUOTA_EXCEED_KEY_PAIR.httpStatus(Provider.ALIBABA, call));
        }
        assertEquals(OptionalInt.of(403), new ApiError(Provider.ALIBABA, ApiCall.JOIN_RESOURCE_GROUP,
                ErrorCode.MISSING_PARAMETER, "no ResourceId").httpStatus());
        assertEquals(OptionalInt.of(400), new ApiError(Provider.ALIBABA, ApiCall.DELETE_KEY_PAIRS,
                ErrorCode.MISSING_PARAMETER, "no KeyPairNames").httpStatus());
    }

    @Test
    void tencentCodesCarryNoStatus() {
        Set<String> documented = Set.of("MissingParameter", "InternalServerError", "InvalidKeyPair.LimitExceeded",
                "InvalidKeyPairName.Duplicate", "InvalidKeyPairNameEmpty", "InvalidKeyPairNameIncludeIllegalChar",
                "InvalidKeyPairNameTooLong", "InvalidParameterValue", "InvalidPublicKey.Duplicate",
                "InvalidPublicKey.Malformed", "UnsupportedRegion", "RequestLimitExceeded", "InvalidParameter",
                "InvalidKeyPairId.NotFound", "InvalidKeyPairId.Malformed", "InvalidParameterValue.KeyPairNotSupported",
                "InvalidFilter", "InvalidFilterValue.LimitExceeded", "InvalidParameterValue.LimitExceeded",
                "InvalidParameterValueLimit", "InvalidParameterValueOffset",
                // Tags: CVM's TagSpecification and the Tag API (their definitions' codes).
                "LimitExceeded.TagResourceQuota", "FailedOperation.TagKeyReserved", "InvalidParameter.ReservedTagKey",
                "InvalidParameter.Tag", "InvalidParameterValue.TagKeyEmpty", "InvalidParameterValue.TagKeyLengthExceeded",
                "InvalidParameterValue.TagKeyCharacterIllegal", "InvalidParameterValue.TagValueEmpty",
                "InvalidParameterValue.TagValueLengthExceeded", "InvalidParameterValue.TagValueCharacterIllegal",
                "InvalidParameterValue.TagKeyDuplicate", "InvalidParameterValue.DeleteTagsParamError",
                "InvalidParameterValue.ResourceDescriptionError", "LimitExceeded.ResourceAttachedTags",
                "LimitExceeded.TagNumPerRequest", "LimitExceeded.ResourceNumPerRequest",
                "InvalidParameterValue.RegionInvalid", "InvalidParameterValue.ResourceIdInvalid",
                "InvalidParameterValue.ResourcePrefixInvalid", "InvalidParameterValue.ServiceTypeInvalid");
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
