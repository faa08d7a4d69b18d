package dev.keypairs.provider;

import dev.keypairs.keys.KeyFormatException;
import dev.keypairs.keys.KeyType;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The documented rules of one provider's key pair API. The embedded store enforces them, the planner
 * predicts them; both call these methods, so the rules live here once.
 */
public sealed interface ProviderRules permits AlibabaRules, TencentRules {

    /** The rules of a provider with its built-in region catalogue. */
    static ProviderRules of(Provider provider) {
        return of(provider, RegionCatalogue.builtIn(provider));
    }

    /** The rules of a provider with the given region catalogue. */
    static ProviderRules of(Provider provider, RegionCatalogue regions) {
        if (regions.provider() != provider) {
            throw new IllegalArgumentException("a " + regions.provider() + " catalogue given for " + provider);
        }
        return switch (provider) {
            case ALIBABA -> new AlibabaRules(regions);
            case TENCENT -> new TencentRules(regions);
        };
    }

    /** The provider these rules are of. */
    Provider provider();

    /** The regions the provider has. */
    RegionCatalogue regions();

    /** The number of key pairs a region holds unless the store sets another (Alibaba: always 500). */
    int defaultQuota();

    /** The largest page DescribeKeyPairs returns ({@code PageSize} ≤ 50, {@code Limit} ≤ 100). */
    int maxDescribePageSize();

    /** The most key pairs DeleteKeyPairs takes in one call (100 names or KeyIds). */
    int maxDeleteBatch();

    /** ImportKeyPair's documented rate limit per second, where there is one (Tencent: 10). */
    OptionalInt importRequestsPerSecond();

    /** The key types ImportKeyPair accepts. */
    Set<KeyType> acceptedKeyTypes();

    /** The code for a public key the provider refuses ({@code *.Malformed}). */
    ErrorCode malformedKeyCode();

    /**
     * Every problem the provider would report for this request, not only the first.
     *
     * @throws IllegalArgumentException when the request is of another provider
     */
    ValidationResult validate(KeyPairRequest request);

    /** The problems of a region id: missing, or not in the catalogue. */
    Optional<ApiError> checkRegion(String regionId);

    /** The problems of a key pair name; the name must not be null. */
    List<ApiError> checkName(String name);

    /**
     * The problems of a DescribeKeyPairs page: a page number from 1 and a page size from 1 to
     * {@link #maxDescribePageSize()} (Tencent's {@code Offset} is {@code (pageNumber - 1) * pageSize}).
     */
    Optional<ApiError> checkDescribePage(int pageNumber, int pageSize);

    /**
     * The problems of a DeleteKeyPairs batch: at least one and at most {@link #maxDeleteBatch()} names
     * (Alibaba) or KeyIds (Tencent).
     */
    Optional<ApiError> checkDeleteBatch(List<String> keyPairIds);

    /** The error for an import or create into a region that holds its quota already. */
    ApiError quotaExceeded(String regionId, int quota);

    /** The error for a name the region already holds. */
    ApiError nameTaken(String regionId, String name);

    /** A {@code MissingParameter} error naming the parameter, in the provider's documented words. */
    default ApiError missingParameter(String parameter) {
        return new ApiError(provider(), ErrorCode.MISSING_PARAMETER, "The input parameter \"" + parameter
                + "\" that is mandatory for processing this request is not supplied.");
    }

    /**
     * Reads a public key and checks that the provider accepts its type. The message of a refused key says
     * why and never quotes the key, which may be a private key pasted in the wrong place.
     *
     * @param parameter the request parameter holding the key, for the message
     * @param text the key text
     * @return the key, or the error the provider would answer
     */
    default KeyCheck checkPublicKey(String parameter, String text) {
        PublicKey key;
        try {
            key = PublicKeyReader.read(text);
        } catch (KeyFormatException e) {
            return new KeyCheck(Optional.empty(),
                    Optional.of(new ApiError(provider(), malformedKeyCode(), parameter + ": " + e.getMessage())));
        }
        if (!acceptedKeyTypes().contains(key.type())) {
            String accepted = acceptedKeyTypes().stream().map(KeyType::wireName).sorted()
                    .collect(Collectors.joining(", "));
            return new KeyCheck(Optional.empty(), Optional.of(new ApiError(provider(), malformedKeyCode(),
                    parameter + ": " + provider() + " does not accept " + key.type().wireName()
                            + " keys; it accepts " + accepted)));
        }
        return new KeyCheck(Optional.of(key), Optional.empty());
    }

    /**
     * The outcome of {@link #checkPublicKey}: exactly one of the two is present.
     *
     * @param key the accepted key
     * @param error why the provider refuses it
     */
    record KeyCheck(Optional<PublicKey> key, Optional<ApiError> error) {
    }
}
