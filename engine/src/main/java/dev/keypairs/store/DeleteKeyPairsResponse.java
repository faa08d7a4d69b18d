package dev.keypairs.store;

import java.util.List;

/**
 * What DeleteKeyPairs returns.
 *
 * @param requestId a fresh UUID
 * @param deleted the names or KeyIds that were deleted; ones already absent are not listed
 */
public record DeleteKeyPairsResponse(String requestId, List<String> deleted) {

    public DeleteKeyPairsResponse {
        deleted = List.copyOf(deleted);
    }
}
