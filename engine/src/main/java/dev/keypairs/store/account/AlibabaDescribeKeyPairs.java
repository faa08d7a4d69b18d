package dev.keypairs.store.account;

import dev.keypairs.keys.Fingerprints;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.provider.Tag;
import dev.keypairs.store.AlibabaDescribeKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Alibaba's DescribeKeyPairs over a storage (semantics.md): {@code PageNumber}/{@code PageSize},
 * {@code KeyPairName} exact or with {@code *} wildcards, {@code KeyPairFingerPrint}, {@code ResourceGroupId},
 * tags (a tag without a value matches any value) and {@code IncludePublicKey}. Kept apart from the
 * {@link Account}, whose rules and state it does not touch: it only reads.
 */
final class AlibabaDescribeKeyPairs {

    private final Storage storage;
    private final ProviderRules rules;

    /**
     * Alibaba's DescribeKeyPairs over the account's storage.
     *
     * @param storage where the account's rows live
     * @param rules Alibaba's rules, for the paging limits
     */
    AlibabaDescribeKeyPairs(Storage storage, ProviderRules rules) {
        this.storage = storage;
        this.rules = rules;
    }

    /** Answers the request, its region already checked, under the call's RequestId. */
    DescribeKeyPairsResponse answer(AlibabaDescribeKeyPairsRequest request, String requestId) throws StoreException {
        int pageNumber = request.pageNumberOrDefault();
        int pageSize = request.pageSizeOrDefault();
        Account.refuse(rules.checkDescribePage(pageNumber, pageSize), requestId);
        long offset = (pageNumber - 1L) * pageSize;
        String name = request.keyPairName();
        boolean exactName = name != null && name.indexOf('*') < 0;
        List<Predicate<StoredKeyPair>> filters = new ArrayList<>();
        if (name != null && !exactName) {
            Pattern pattern = wildcard(name);
            filters.add(keyPair -> pattern.matcher(keyPair.name()).matches());
        }
        if (request.keyPairFingerPrint() != null) {
            filters.add(keyPair -> Fingerprints.sameMd5(keyPair.fingerprint(), request.keyPairFingerPrint()));
        }
        if (request.resourceGroupId() != null) {
            filters.add(keyPair -> request.resourceGroupId().equals(keyPair.resourceGroupId()));
        }
        for (Tag tag : request.tags()) {
            filters.add(keyPair -> keyPair.tags().containsKey(tag.key())
                    && (tag.value().isEmpty() || tag.value().equals(keyPair.tags().get(tag.key()))));
        }
        DescribePage page = storage.read(Provider.ALIBABA, request.regionId(), rows -> {
            // An exact name is one row at most, and a page without filters is the storage's own: neither needs
            // the region read whole.
            if (exactName) {
                return DescribePage.of(rows.byName(name).stream().toList(), filters, offset, pageSize);
            }
            if (filters.isEmpty()) {
                return new DescribePage(offset >= Integer.MAX_VALUE ? List.of() : rows.page((int) offset, pageSize),
                        rows.count());
            }
            return DescribePage.of(rows.page(0, Integer.MAX_VALUE), filters, offset, pageSize);
        });
        // A loop, not a stream: a plan runs this on a cold JVM, where each lambda is linked on first use.
        List<StoredKeyPair> keyPairs = new ArrayList<>(page.keyPairs().size());
        for (StoredKeyPair keyPair : page.keyPairs()) {
            keyPairs.add(answered(keyPair, request.includePublicKey()));
        }
        return new DescribeKeyPairsResponse(requestId, keyPairs, page.total(), pageNumber, pageSize);
    }

    /** Alibaba's {@code KeyPairName} pattern: {@code *} matches any run of characters, everything else itself. */
    private static Pattern wildcard(String pattern) {
        StringBuilder regex = new StringBuilder();
        String[] parts = pattern.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            if (!parts[i].isEmpty()) {
                regex.append(Pattern.quote(parts[i]));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /**
     * The key pair as Alibaba answers it: never its {@code KeyPairId} (DescribeKeyPairs has no such field; only
     * CreateKeyPair answers it), the public key only with {@code IncludePublicKey}.
     */
    private static StoredKeyPair answered(StoredKeyPair keyPair, boolean includePublicKey) {
        return new StoredKeyPair(keyPair.provider(), keyPair.regionId(), keyPair.name(),
                includePublicKey ? keyPair.publicKey() : null, keyPair.fingerprint(), null, keyPair.tags(),
                keyPair.resourceGroupId(), keyPair.projectId(), keyPair.createdAt());
    }
}
