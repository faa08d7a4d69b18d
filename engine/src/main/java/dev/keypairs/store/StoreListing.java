package dev.keypairs.store;

import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.project.Address;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the store holds in every region of the providers' catalogues ({@code keypairs:show}), each key pair
 * marked with whether a manifest declares it.
 *
 * @param entries the key pairs, per provider and region in catalogue order, by name within a region
 * @param markDeclared whether manifests were read, so {@link Entry#declared()} means something
 * @param readAt when the store was read: what a key pair's age and a certificate's expiry are counted against
 */
public record StoreListing(List<Entry> entries, boolean markDeclared, Instant readAt) {

    public StoreListing {
        entries = List.copyOf(entries);
        Objects.requireNonNull(readAt, "readAt");
    }

    /**
     * One key pair.
     *
     * @param address its address
     * @param stored what the store returned, its creation time included
     * @param keyType the key type, when the store returns the public key
     * @param bits the key size, likewise
     * @param sha256 the SHA256 fingerprint, likewise
     * @param certificate an OpenSSH certificate's validity; null for a plain key or when the store returns no key
     * @param declared whether a manifest declares it
     */
    public record Entry(Address address, StoredKeyPair stored, String keyType, Integer bits, String sha256,
            CertificateValidity certificate, boolean declared) {
    }

    /** Reads every region of every provider's catalogue, in pages, regions in parallel. */
    public static StoreListing read(KeyPairStore store, Rules rules, Set<Address> declared,
            boolean markDeclared) throws StoreException {
        return read(StoreCalls.forStore(store, rules), store, rules, declared, markDeclared,
                CertificateValidity::of);
    }

    /**
     * As {@link #read(KeyPairStore, Rules, Set, boolean)}, each call made by the run's {@code calls}.
     *
     * @param validity how a certificate's validity is read ({@link CertificateValidity#of}); asked of
     *     certificates only
     */
    public static StoreListing read(StoreCalls calls, KeyPairStore store, Rules rules, Set<Address> declared,
            boolean markDeclared, Function<PublicKey, Optional<CertificateValidity>> validity)
            throws StoreException {
        List<Address> regions = new ArrayList<>();
        for (Provider provider : Provider.values()) {
            for (Region region : rules.of(provider).regions().regions()) {
                regions.add(Address.ofRegion(provider, region.id()));
            }
        }
        store.prepare(EnumSet.allOf(Provider.class));
        Map<Address, RegionListing> listings = RegionListing.readAll(calls, store, regions,
                provider -> rules.of(provider).maxDescribePageSize());
        Instant readAt = Instant.now();
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<Address, RegionListing> listed : listings.entrySet()) {
            for (StoredKeyPair keyPair : listed.getValue().keyPairs()) {
                Address address = listed.getKey().keyPair(keyPair.name());
                Optional<PublicKey> key = PublicKeyReader.readIfKey(keyPair.publicKey());
                entries.add(new Entry(address, keyPair, key.map(k -> k.type().wireName()).orElse(null),
                        key.map(PublicKey::bits).orElse(null), key.map(k -> k.fingerprints().sha256()).orElse(null),
                        key.filter(PublicKey::isCertificate).flatMap(validity).orElse(null),
                        declared.contains(address)));
            }
        }
        return new StoreListing(entries, markDeclared, readAt);
    }

}
