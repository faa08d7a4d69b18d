package dev.keypairs.cloud.tencent;

import com.google.gson.JsonParseException;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.keypairs.cloud.client.Answers;
import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call through Tencent Cloud's SDK, CVM's or the Tag API's alike: how its clients are set up (the endpoint, plain
 * HTTP or TLS, the timeouts; the SDK makes one attempt per call, so keypairs alone retries) and how what it throws
 * becomes what the store throws (a refusal with its code as it came, a call that got no answer transient).
 */
final class TencentCalls {

    /** The SDK's code for an HTTP status other than 200, and how its message names the status. */
    private static final String SERVER_SIDE_ERROR = "ServerSideError";
    private static final Pattern HTTP_STATUS = Pattern.compile("response code is (\\d{3})");

    /** The key's id and where it came from, which a refusal carries. */
    private final AccessKeyInUse inUse;

    TencentCalls(AccessKeyInUse inUse) {
        this.inUse = inUse;
    }

    /** A call of one SDK client, made once. */
    @FunctionalInterface
    interface SdkCall<T> {
        T call() throws TencentCloudSDKException, StoreUnavailableException;
    }

    /**
     * The profile of an SDK client whose calls go to this endpoint: POST, plain HTTP when the endpoint given is, the
     * timeouts of the settings.
     *
     * @param endpoint {@code HOST[:PORT]}
     */
    static ClientProfile profile(ClientSettings settings, String endpoint) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(endpoint);
        http.setProtocol(settings.plainHttp() ? HttpProfile.REQ_HTTP : HttpProfile.REQ_HTTPS);
        http.setReqMethod(HttpProfile.REQ_POST);
        http.setConnTimeout(seconds(settings.connectTimeout()));
        http.setReadTimeout(seconds(settings.readTimeout()));
        http.setWriteTimeout(seconds(settings.readTimeout()));
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return profile;
    }

    /**
     * Makes the call once.
     *
     * @param apiCall which call, for a failure's words
     * @param endpoint where it goes, for a failure's words
     */
    <T> T call(ApiCall apiCall, String endpoint, SdkCall<T> call) throws StoreException {
        try {
            return call.call();
        } catch (TencentCloudSDKException refusal) {
            String code = refusal.getErrorCode();
            if (SERVER_SIDE_ERROR.equals(code)) {
                // An HTTP status other than 200, whose body the SDK does not read: a 5xx may pass, a 4xx will not.
                Matcher status = HTTP_STATUS.matcher(String.valueOf(refusal.getMessage()));
                int httpStatus = status.find() ? Integer.parseInt(status.group(1)) : 500;
                throw new StoreUnavailableException("tencent " + apiCall + " at " + endpoint
                        + " answered HTTP " + httpStatus + " instead of an API answer"
                        + (httpStatus >= 500 ? "" : ": check the endpoint (cloud:http://HOST:PORT names host and port"
                                + " alone)"), null, httpStatus >= 500 ? ErrorKind.TRANSIENT : ErrorKind.FINAL);
            }
            if (refusal.getCause() instanceof IOException || code == null || code.isEmpty()) {
                throw Answers.unanswered(Provider.TENCENT, apiCall, endpoint,
                        refusal.getCause() != null ? refusal.getCause() : refusal);
            }
            throw Answers.refusal(Provider.TENCENT, code, refusal.getMessage(), OptionalInt.empty(),
                    refusal.getRequestId(), inUse);
        } catch (JsonParseException | IllegalStateException | NullPointerException unreadable) {
            // The SDK met an answer that is not JSON, or one without its Response object: a broken answer.
            throw Answers.unanswered(Provider.TENCENT, apiCall, endpoint, unreadable);
        }
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
