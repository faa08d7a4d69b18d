package dev.keypairs.provider;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tencent Cloud's Tag API 2018-08-13, DescribeResourceTagsByResourceIds: which resources' tags a call may read,
 * and how it pages, with the codes its definition lists (semantics.md). Reached through
 * {@link TencentTagRules#query()}.
 */
public final class TencentTagQueryRules {

    /** {@code ResourceIds} at most ("no more than 50"). */
    public static final int MAX_RESOURCE_IDS = 50;
    /** {@code Limit} when none is given ("default 15"). */
    public static final int DEFAULT_LIMIT = 15;
    private static final Pattern NAME_SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> CATEGORIES = Set.of("All", "Custom", "System");

    private final TencentRules tencent;

    TencentTagQueryRules(TencentRules tencent) {
        this.tencent = tencent;
    }

    /**
     * DescribeResourceTagsByResourceIds: each required parameter given ({@code MissingParameter}); {@code ServiceType}
     * and {@code ResourcePrefix} names ({@code …ServiceTypeInvalid}, {@code …ResourcePrefixInvalid}); a
     * {@code ResourceRegion} of the catalogue, required for key pairs, which are regional ({@code …RegionInvalid});
     * 1–{@value #MAX_RESOURCE_IDS} {@code ResourceIds}, KeyIds for key pairs ({@code …ResourceIdInvalid});
     * {@code Offset} from 0 and a multiple of {@code Limit} (from 1), as the definition asks; a {@code Category} of
     * {@code All}, {@code Custom} or {@code System} ({@code InvalidParameterValue}). The first problem found.
     *
     * @param serviceType {@code ServiceType}; null when missing
     * @param resourcePrefix {@code ResourcePrefix}; null when missing
     * @param resourceRegion {@code ResourceRegion}; null when missing
     * @param resourceIds {@code ResourceIds}; empty when missing
     * @param offset {@code Offset}, 0 when not given
     * @param limit {@code Limit}, {@value #DEFAULT_LIMIT} when not given
     * @param category {@code Category}; null when not given
     */
    public Optional<ApiError> check(String serviceType, String resourcePrefix, String resourceRegion,
            List<String> resourceIds, long offset, long limit, String category) {
        String missing = serviceType == null ? "ServiceType" : resourcePrefix == null ? "ResourcePrefix"
                : resourceRegion == null ? "ResourceRegion" : resourceIds.isEmpty() ? "ResourceIds" : null;
        if (missing != null) {
            return Optional.of(tencent.missingParameter(missing));
        }
        if (!NAME_SEGMENT.matcher(serviceType).matches()) {
            return Optional.of(TencentTagRules.error(ErrorCode.INVALID_PARAMETER_VALUE_SERVICE_TYPE_INVALID,
                    "ServiceType '" + ProviderRules.printable(serviceType) + "' is not a service, such as "
                            + TencentTagRules.SERVICE_TYPE + "."));
        }
        if (!NAME_SEGMENT.matcher(resourcePrefix).matches()) {
            return Optional.of(TencentTagRules.error(ErrorCode.INVALID_PARAMETER_VALUE_RESOURCE_PREFIX_INVALID,
                    "ResourcePrefix '" + ProviderRules.printable(resourcePrefix) + "' is not a resource prefix, such"
                            + " as " + TencentTagRules.RESOURCE_PREFIX + "."));
        }
        boolean keyPairs = namesKeyPairs(serviceType, resourcePrefix);
        // A resource without a region is given with an empty ResourceRegion; key pairs have one.
        if ((keyPairs || !resourceRegion.isEmpty()) && !tencent.regions().contains(resourceRegion)) {
            return Optional.of(TencentTagRules.error(ErrorCode.INVALID_PARAMETER_VALUE_REGION_INVALID,
                    "ResourceRegion '" + ProviderRules.printable(resourceRegion) + "' is not a Tencent Cloud region."));
        }
        if (resourceIds.size() > MAX_RESOURCE_IDS || keyPairs && TencentRules.checkKeyIds(resourceIds).isPresent()) {
            return Optional.of(TencentTagRules.error(ErrorCode.INVALID_PARAMETER_VALUE_RESOURCE_ID_INVALID,
                    "ResourceIds takes 1 to " + MAX_RESOURCE_IDS + " ids" + (keyPairs ? ", each a KeyId (skey- and"
                            + " 8 lowercase letters and digits)" : "") + ", not " + resourceIds.size() + "."));
        }
        if (offset < 0 || limit < 1 || offset % limit != 0) {
            return Optional.of(TencentTagRules.error(ErrorCode.INVALID_PARAMETER_VALUE, "Offset must be 0 or more"
                    + " and a multiple of Limit, and Limit 1 or more: not Offset " + offset + ", Limit " + limit + "."));
        }
        if (category != null && !CATEGORIES.contains(category)) {
            return Optional.of(TencentTagRules.error(ErrorCode.INVALID_PARAMETER_VALUE, "Category '"
                    + ProviderRules.printable(category) + "' is not All, Custom or System."));
        }
        return Optional.empty();
    }

    /** Whether a service type and resource prefix name key pairs: {@code cvm} and {@code keypair}. */
    public static boolean namesKeyPairs(String serviceType, String resourcePrefix) {
        return TencentTagRules.SERVICE_TYPE.equals(serviceType)
                && TencentTagRules.RESOURCE_PREFIX.equals(resourcePrefix);
    }
}
