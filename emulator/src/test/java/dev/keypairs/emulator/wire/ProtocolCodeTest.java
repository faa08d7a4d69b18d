package dev.keypairs.emulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.provider.Provider;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The protocol-level refusals, each as its provider spells it. */
class ProtocolCodeTest {

    /**
     * Tencent Cloud's common error codes (the CVM API reference, "Responses": https://www.tencentcloud.com/document/product/213/31576)
     * and the code every served CVM action documents for a failure of the server
     * (TencentCloud/tencentcloud-sdk-go, tencentcloud/cvm/v20170312/client.go: InternalServerError).
     */
    static final Set<String> TENCENT_COMMON = Set.of("AuthFailure.InvalidAuthorization", "AuthFailure.SecretIdNotFound",
            "AuthFailure.SignatureExpire", "AuthFailure.SignatureFailure", "InvalidAction", "InvalidParameter",
            "InvalidParameterValue", "MissingParameter", "NoSuchVersion", "RequestLimitExceeded",
            "RequestSizeLimitExceeded", "UnauthorizedOperation", "UnknownParameter", "UnsupportedProtocol",
            "InternalServerError", "InvalidHttpRequest",
            // The Tag API's TagResources and UnTagResources name a refusal by policy so
            // (TencentCloud/tencentcloud-sdk-go, tencentcloud/tag/v20180813/client.go).
            "AuthFailure.UnauthorizedOperation");

    @Test
    void tencentAnswersItsDocumentedCodes() {
        assertEquals("NoSuchVersion", ProtocolCode.NO_SUCH_VERSION.code(Provider.TENCENT));
        assertEquals("RequestSizeLimitExceeded", ProtocolCode.BODY_TOO_LARGE.code(Provider.TENCENT));
        assertEquals("InternalServerError", ProtocolCode.INTERNAL.code(Provider.TENCENT));
        assertEquals("InternalServerError", ProtocolCode.UNAVAILABLE.code(Provider.TENCENT));
        assertEquals("UnknownParameter", ProtocolCode.UNKNOWN_PARAMETER.code(Provider.TENCENT));
        for (ProtocolCode code : ProtocolCode.values()) {
            assertTrue(TENCENT_COMMON.contains(code.code(Provider.TENCENT)), code + " " + code.code(Provider.TENCENT));
        }
    }

    @Test
    void alibabaKeepsItsCodes() {
        Map<String, String> alibaba = Arrays.stream(ProtocolCode.values()).collect(Collectors.toMap(Enum::name,
                code -> code.code(Provider.ALIBABA) + " " + code.alibabaHttpStatus()));
        assertEquals("InvalidParameter 413", alibaba.get("BODY_TOO_LARGE"));
        assertEquals("InvalidAction.NotFound 404", alibaba.get("UNKNOWN_ACTION"));
        assertEquals("ServiceUnavailable 503", alibaba.get("UNAVAILABLE"));
        assertEquals("InternalError 500", alibaba.get("INTERNAL"));
    }
}
