package dev.keypairs.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The open error model: documented codes as they are, any other code kept verbatim with its kind. */
class ApiCodeTest {

    @Test
    void aDocumentedCodeIsTheDocumentedOneForItsProviderOnly() {
        assertSame(ErrorCode.QUOTA_EXCEED_KEY_PAIR, ApiCode.of(Provider.ALIBABA, "QuotaExceed.KeyPair",
                OptionalInt.of(403)));
        assertSame(ErrorCode.REQUEST_LIMIT_EXCEEDED, ApiCode.of(Provider.TENCENT, "RequestLimitExceeded",
                OptionalInt.empty()));
        ApiCode foreign = ApiCode.of(Provider.ALIBABA, "UnsupportedRegion", OptionalInt.of(400));
        assertEquals(new ApiCode.Answered("UnsupportedRegion", ErrorKind.FINAL), foreign,
                "Alibaba does not document Tencent's code: kept as it came");
    }

    @ParameterizedTest
    @CsvSource({
        "Throttling.User, 400, TRANSIENT",
        "Throttling, 400, TRANSIENT",
        "ServiceUnavailable, 503, TRANSIENT",
        "InternalError, 500, TRANSIENT",
        "RequestLimitExceeded.UinLimitExceeded, 0, TRANSIENT",
        "SomethingNew, 502, TRANSIENT",
        "InvalidAccessKeyId.NotFound, 404, DENIED",
        "SignatureDoesNotMatch, 400, DENIED",
        "Forbidden.RAM, 403, DENIED",
        "AuthFailure.SignatureExpire, 0, DENIED",
        "UnauthorizedOperation, 0, DENIED",
        "InvalidParameter.KeypairAlreadyAttachedInstance, 400, FINAL",
        "ResourceInUse.SomethingNew, 400, FINAL"
    })
    void anUndocumentedCodeIsKeptVerbatimAndClassifiedByTheProvidersNaming(String code, int status,
            ErrorKind kind) {
        ApiCode answered = ApiCode.of(Provider.ALIBABA, code, status == 0 ? OptionalInt.empty() : OptionalInt.of(status));
        assertEquals(code, answered.code());
        assertEquals(kind, answered.kind());
    }

    @Test
    void documentedCodesSayTheirKind() {
        assertEquals(ErrorKind.TRANSIENT, ErrorCode.REQUEST_LIMIT_EXCEEDED.kind());
        assertEquals(ErrorKind.TRANSIENT, ErrorCode.INTERNAL_SERVER_ERROR.kind());
        assertEquals(ErrorKind.FINAL, ErrorCode.KEY_PAIR_ALREADY_EXIST.kind());
    }

    @Test
    void anErrorKeepsTheStatusItCameWithAndRefusesADocumentedCodeOfTheOtherProvider() {
        ApiError answered = new ApiError(Provider.ALIBABA, ApiCode.of(Provider.ALIBABA, "Throttling.User",
                OptionalInt.of(400)), "Request was denied due to user flow control.", OptionalInt.of(400));
        assertEquals(OptionalInt.of(400), answered.httpStatus());
        assertEquals(ErrorKind.TRANSIENT, answered.kind());
        assertThrows(IllegalArgumentException.class, () -> new ApiError(Provider.ALIBABA,
                ErrorCode.UNSUPPORTED_REGION, "no"));
    }
}
