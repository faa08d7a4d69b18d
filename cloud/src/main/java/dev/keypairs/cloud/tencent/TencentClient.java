package dev.keypairs.cloud.tencent;

import com.google.gson.JsonParseException;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.provider.DefaultCredentialsProvider;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.DeleteKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.Filter;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import dev.keypairs.cloud.client.Answers;
import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.TencentCreateKeyPairRequest;
import dev.keypairs.provider.TencentImportKeyPairRequest;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DeleteKeyPairsResponse;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TencentDeleteKeyPairsRequest;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tencent Cloud CVM 2017-03-12 through its official SDK, {@code com.tencentcloudapi:tencentcloud-sdk-java-cvm}
 * (clouds.md): one SDK client per region, all at {@code cvm.tencentcloudapi.com} but the finance regions, which
 * have their own ({@code cvm.ap-shanghai-fsi.tencentcloudapi.com}), or at the one endpoint given; signed TC3 by the
 * SDK, which makes one attempt per call.
 */
public final class TencentClient {

    /** The public endpoint of every region that is not a finance one. */
    static final String PUBLIC_ENDPOINT = "cvm.tencentcloudapi.com";
    /** How long the SDK's chain may look for an instance role (its metadata call sets no timeout of its own). */
    private static final Duration CHAIN_TIMEOUT = Duration.ofSeconds(5);
    /** The SDK's code for an HTTP status other than 200, and how its message names the status. */
    private static final String SERVER_SIDE_ERROR = "ServerSideError";
    private static final Pattern HTTP_STATUS = Pattern.compile("response code is (\\d{3})");

    private final ClientSettings settings;
    private final Credential credential;
    /** The key's id and where it came from, which a refusal carries. */
    private final AccessKeyInUse inUse;
    private final Map<String, CvmClient> clients = new ConcurrentHashMap<>();

    private TencentClient(ClientSettings settings, Credential credential, AccessKeyInUse.Source source) {
        this.settings = settings;
        this.credential = credential;
        this.inUse = new AccessKeyInUse(credential.getSecretId(), source);
    }

    /**
     * A client signing with this key.
     *
     * @param source where the key was found, for a denial's words
     */
    public static TencentClient withKey(ClientSettings settings, AccessKey key, AccessKeyInUse.Source source) {
        return new TencentClient(settings, key.securityToken() == null ? new Credential(key.id(), key.secret())
                : new Credential(key.id(), key.secret(), key.securityToken()), source);
    }

    /**
     * A client on the SDK's default credential chain (the profile file {@code ~/.tencentcloud/credentials}, the CVM
     * instance's role, TKE's OIDC), when it finds credentials within 5 seconds.
     *
     * @return empty when the chain finds none
     */
    public static Optional<TencentClient> withDefaultChain(ClientSettings settings) {
        return Answers.askChain("tencent", CHAIN_TIMEOUT, () -> new DefaultCredentialsProvider().getCredentials())
                .filter(found -> found.getSecretId() != null && !found.getSecretId().isEmpty())
                .map(found -> new TencentClient(settings, found, AccessKeyInUse.Source.SDK_DEFAULT_CHAIN));
    }

    /** What the SDK's default chain is, for the message of a missing credential. */
    public static String defaultChain() {
        return "the Tencent Cloud SDK's default chain (the profile file ~/.tencentcloud/credentials, the CVM"
                + " instance's CAM role, TKE's OIDC)";
    }

    /** The endpoint a region's calls go to. */
    String endpoint(String regionId) {
        return settings.hostAndPort().orElse(regionId != null && regionId.endsWith("-fsi")
                ? "cvm." + regionId + ".tencentcloudapi.com" : PUBLIC_ENDPOINT);
    }

    /** ImportKeyPair; Tencent answers the KeyId alone, and no fingerprint. */
    public ImportKeyPairResponse importKeyPair(TencentImportKeyPairRequest request) throws StoreException {
        ImportKeyPairRequest sdkRequest = new ImportKeyPairRequest();
        sdkRequest.setKeyName(request.name());
        sdkRequest.setPublicKey(request.publicKey());
        sdkRequest.setProjectId(request.projectId());
        com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairResponse response = call(ApiCall.IMPORT_KEY_PAIR,
                request.regionId(), client -> client.ImportKeyPair(sdkRequest));
        return new ImportKeyPairResponse(response.getRequestId(), request.name(), null, response.getKeyId());
    }

    /** CreateKeyPair: the answer carries the key pair with its private key, returned this once. */
    public CreateKeyPairResponse createKeyPair(TencentCreateKeyPairRequest request) throws StoreException {
        CreateKeyPairRequest sdkRequest = new CreateKeyPairRequest();
        sdkRequest.setKeyName(request.name());
        sdkRequest.setProjectId(request.projectId());
        com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairResponse response = call(ApiCall.CREATE_KEY_PAIR,
                request.regionId(), client -> {
                    var answer = client.CreateKeyPair(sdkRequest);
                    if (answer.getKeyPair() == null || answer.getKeyPair().getPrivateKey() == null) {
                        // Created, perhaps, but its key is not in the answer: never tried again (apply.md).
                        throw new StoreUnavailableException("tencent CreateKeyPair answered without the private key",
                                null);
                    }
                    return answer;
                });
        KeyPair created = response.getKeyPair();
        PrivateKeyPem privateKey = new PrivateKeyPem(created.getPrivateKey());
        created.setPrivateKey(null);
        String publicKey = Answers.publicKeyLine(created.getPublicKey());
        return new CreateKeyPairResponse(response.getRequestId(), created.getKeyName(), md5(publicKey),
                created.getKeyId(), privateKey, publicKey, Answers.instant(created.getCreatedTime()));
    }

    /** DescribeKeyPairs, one page. */
    public DescribeKeyPairsResponse describeKeyPairs(TencentDescribeKeyPairsRequest request) throws StoreException {
        DescribeKeyPairsRequest sdkRequest = new DescribeKeyPairsRequest();
        if (request.keyIds() != null && !request.keyIds().isEmpty()) {
            sdkRequest.setKeyIds(request.keyIds().toArray(String[]::new));
        }
        if (request.filters() != null && !request.filters().isEmpty()) {
            sdkRequest.setFilters(request.filters().stream().map(filter -> {
                Filter sdkFilter = new Filter();
                sdkFilter.setName(filter.name());
                sdkFilter.setValues(filter.values().toArray(String[]::new));
                return sdkFilter;
            }).toArray(Filter[]::new));
        }
        sdkRequest.setOffset(request.offset() == null ? null : request.offset().longValue());
        sdkRequest.setLimit(request.limit() == null ? null : request.limit().longValue());
        com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsResponse response = call(ApiCall.DESCRIBE_KEY_PAIRS,
                request.regionId(), client -> client.DescribeKeyPairs(sdkRequest));
        List<StoredKeyPair> keyPairs = new ArrayList<>();
        if (response.getKeyPairSet() != null) {
            for (KeyPair keyPair : response.getKeyPairSet()) {
                String publicKey = Answers.publicKeyLine(keyPair.getPublicKey());
                keyPairs.add(new StoredKeyPair(Provider.TENCENT, request.regionId(), keyPair.getKeyName(), publicKey,
                        md5(publicKey), keyPair.getKeyId(), Map.of(), null, keyPair.getProjectId(),
                        Answers.instant(keyPair.getCreatedTime())));
            }
        }
        int limit = request.limitOrDefault();
        long total = response.getTotalCount() == null ? 0 : response.getTotalCount();
        return new DescribeKeyPairsResponse(response.getRequestId(), keyPairs, (int) Math.min(total, Integer.MAX_VALUE),
                request.offsetOrDefault() / Math.max(limit, 1) + 1, limit);
    }

    /** DeleteKeyPairs: all of them or, refused, none. */
    public DeleteKeyPairsResponse deleteKeyPairs(TencentDeleteKeyPairsRequest request) throws StoreException {
        DeleteKeyPairsRequest sdkRequest = new DeleteKeyPairsRequest();
        sdkRequest.setKeyIds(request.keyIds() == null ? null : request.keyIds().toArray(String[]::new));
        String requestId = call(ApiCall.DELETE_KEY_PAIRS, request.regionId(),
                client -> client.DeleteKeyPairs(sdkRequest)).getRequestId();
        return new DeleteKeyPairsResponse(requestId, request.keyIds() == null ? List.of() : request.keyIds());
    }

    /** The MD5 fingerprint of a public key, as the store's records carry it; Tencent answers none. */
    private static String md5(String publicKey) {
        return PublicKeyReader.readIfKey(publicKey).map(key -> key.fingerprints().md5()).orElse("");
    }

    @FunctionalInterface
    private interface SdkCall<T> {
        T call(CvmClient client) throws TencentCloudSDKException, StoreUnavailableException;
    }

    private <T> T call(ApiCall apiCall, String regionId, SdkCall<T> call) throws StoreException {
        try {
            return call.call(client(regionId));
        } catch (TencentCloudSDKException refusal) {
            String code = refusal.getErrorCode();
            if (SERVER_SIDE_ERROR.equals(code)) {
                // An HTTP status other than 200, whose body the SDK does not read: a 5xx may pass, a 4xx will not.
                Matcher status = HTTP_STATUS.matcher(String.valueOf(refusal.getMessage()));
                int httpStatus = status.find() ? Integer.parseInt(status.group(1)) : 500;
                throw new StoreUnavailableException("tencent " + apiCall + " at " + endpoint(regionId)
                        + " answered HTTP " + httpStatus + " instead of an API answer"
                        + (httpStatus >= 500 ? "" : ": check the endpoint (cloud:http://HOST:PORT names host and port"
                                + " alone)"), null, httpStatus >= 500 ? ErrorKind.TRANSIENT : ErrorKind.FINAL);
            }
            if (refusal.getCause() instanceof IOException || code == null || code.isEmpty()) {
                throw Answers.unanswered(Provider.TENCENT, apiCall, endpoint(regionId),
                        refusal.getCause() != null ? refusal.getCause() : refusal);
            }
            throw Answers.refusal(Provider.TENCENT, code, refusal.getMessage(), OptionalInt.empty(),
                    refusal.getRequestId(), inUse);
        } catch (JsonParseException | NullPointerException unreadable) {
            // The SDK met an answer that is not JSON, or one without its Response object: a broken answer.
            throw Answers.unanswered(Provider.TENCENT, apiCall, endpoint(regionId), unreadable);
        }
    }

    private CvmClient client(String regionId) {
        String region = regionId == null ? "" : regionId;
        return clients.computeIfAbsent(region, r -> {
            HttpProfile http = new HttpProfile();
            http.setEndpoint(endpoint(r));
            http.setProtocol(settings.plainHttp() ? HttpProfile.REQ_HTTP : HttpProfile.REQ_HTTPS);
            http.setReqMethod(HttpProfile.REQ_POST);
            http.setConnTimeout(seconds(settings.connectTimeout()));
            http.setReadTimeout(seconds(settings.readTimeout()));
            http.setWriteTimeout(seconds(settings.readTimeout()));
            ClientProfile profile = new ClientProfile();
            profile.setHttpProfile(http);
            return new CvmClient(credential, r, profile);
        });
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
