package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import java.util.List;

/**
 * Alibaba Cloud ECS DescribeKeyPairs (2014-05-26).
 *
 * @param regionId {@code RegionId}; null when missing
 * @param keyPairName {@code KeyPairName}: a name, or a pattern where {@code *} matches any run of characters;
 *     null for all
 * @param keyPairFingerPrint {@code KeyPairFingerPrint}: the MD5 fingerprint, with or without colons, any case;
 *     null for all
 * @param resourceGroupId {@code ResourceGroupId}; null for all
 * @param tags {@code Tag.N.Key} / {@code Tag.N.Value}: only key pairs carrying every one (an empty value matches
 *     any value of the key)
 * @param includePublicKey {@code IncludePublicKey}: whether each key pair comes with its public key (the API's
 *     default is false)
 * @param pageNumber {@code PageNumber}, from 1; null for the API's default, 1
 * @param pageSize {@code PageSize}, 1 to 50; null for the API's default, 10
 */
public record AlibabaDescribeKeyPairsRequest(String regionId, String keyPairName, String keyPairFingerPrint,
        String resourceGroupId, List<Tag> tags, boolean includePublicKey, Integer pageNumber, Integer pageSize)
        implements DescribeKeyPairsRequest {

    /** The API's default {@code PageNumber}. */
    public static final int DEFAULT_PAGE_NUMBER = 1;
    /** The API's default {@code PageSize}. */
    public static final int DEFAULT_PAGE_SIZE = 10;

    public AlibabaDescribeKeyPairsRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public Provider provider() {
        return Provider.ALIBABA;
    }

    /** The page number asked for, or the default. */
    public int pageNumberOrDefault() {
        return pageNumber == null ? DEFAULT_PAGE_NUMBER : pageNumber;
    }

    /** The page size asked for, or the default. */
    public int pageSizeOrDefault() {
        return pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }
}
