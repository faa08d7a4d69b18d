package dev.keypairs.emulator.alibaba;

import dev.keypairs.provider.Tag;
import java.util.List;
import java.util.Map;

/**
 * One of Alibaba Cloud's official Java SDKs, driven the same way: the conformance suite
 * ({@link AlibabaSdkConformance}) runs through each, so that every action and refusal is seen as each SDK sees
 * it.
 */
interface AlibabaSdk {

    /** An answer refused: what the SDK's exception carries. */
    final class SdkError extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final int status;
        final String requestId;

        SdkError(String code, int status, String message, String requestId, Throwable cause) {
            super(code + " (" + status + "): " + message, cause);
            this.code = code;
            this.status = status;
            this.requestId = requestId;
        }
    }

    record Imported(String requestId, String name, String fingerprint) {
    }

    record Created(String requestId, String name, String fingerprint, String privateKeyBody, String keyPairId) {
    }

    record KeyPair(String name, String fingerprint, String creationTime, String resourceGroupId, String publicKey,
            Map<String, String> tags) {
    }

    record Page(String requestId, int totalCount, int pageNumber, int pageSize, List<KeyPair> keyPairs) {
    }

    /** DescribeKeyPairs' parameters; null leaves one out. */
    record Query(String regionId, String name, String fingerprint, String resourceGroupId, List<Tag> tags,
            Boolean includePublicKey, Integer pageNumber, Integer pageSize) {

        static Query region(String regionId) {
            return new Query(regionId, null, null, null, null, null, null, null);
        }

        Query named(String pattern) {
            return new Query(regionId, pattern, fingerprint, resourceGroupId, tags, includePublicKey, pageNumber, pageSize);
        }

        Query fingerprinted(String value) {
            return new Query(regionId, name, value, resourceGroupId, tags, includePublicKey, pageNumber, pageSize);
        }

        Query inGroup(String group) {
            return new Query(regionId, name, fingerprint, group, tags, includePublicKey, pageNumber, pageSize);
        }

        Query tagged(List<Tag> wanted) {
            return new Query(regionId, name, fingerprint, resourceGroupId, wanted, includePublicKey, pageNumber, pageSize);
        }

        Query withPublicKeys() {
            return new Query(regionId, name, fingerprint, resourceGroupId, tags, true, pageNumber, pageSize);
        }

        Query page(Integer number, Integer size) {
            return new Query(regionId, name, fingerprint, resourceGroupId, tags, includePublicKey, number, size);
        }
    }

    /**
     * The code the SDK reports for {@code SignatureDoesNotMatch}: the classic SDK turns it into
     * {@code SDK.InvalidAccessKeySecret} when the string the server signed is exactly its own, which is the proof
     * that the emulator canonicalised the request as the SDK did.
     */
    String signatureMismatchCode();

    /** Whether refusals carry the HTTP status (the classic SDK's exceptions do not). */
    boolean reportsStatus();

    Imported importKeyPair(String regionId, String name, String publicKey, List<Tag> tags, String resourceGroupId)
            throws SdkError;

    Created createKeyPair(String regionId, String name, List<Tag> tags, String resourceGroupId) throws SdkError;

    Page describeKeyPairs(Query query) throws SdkError;

    /** DeleteKeyPairs with {@code KeyPairNames} exactly as given (a JSON array, or not). */
    String deleteKeyPairs(String regionId, String keyPairNames) throws SdkError;

    String tagResources(String regionId, String resourceType, List<String> names, List<Tag> tags) throws SdkError;

    String untagResources(String regionId, List<String> names, List<String> tagKeys, Boolean all) throws SdkError;

    String joinResourceGroup(String regionId, String name, String resourceGroupId) throws SdkError;

    /** DescribeRegions: the region ids. */
    List<String> describeRegions() throws SdkError;

    /** Any action of ECS 2014-05-26, with these parameters, through the SDK's generic call. */
    String call(String action, Map<String, String> parameters) throws SdkError;
}
