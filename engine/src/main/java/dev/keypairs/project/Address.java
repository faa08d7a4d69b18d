package dev.keypairs.project;

import dev.keypairs.provider.Provider;
import java.util.Objects;

/**
 * The address of a key pair, {@code PROVIDER/REGION/NAME}, or of a region, {@code PROVIDER/REGION}. The name
 * part is whatever the manifest says, possibly empty or odd.
 *
 * @param provider the provider
 * @param region the region id as written
 * @param name the key pair's name; null for a region's own address
 */
public record Address(Provider provider, String region, String name) {

    public Address {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
    }

    /** A region's own address. */
    public static Address ofRegion(Provider provider, String region) {
        return new Address(provider, region, null);
    }

    /** The address of a key pair in the same region. */
    public Address keyPair(String keyPairName) {
        return new Address(provider, region, keyPairName);
    }

    /** The address of the region this address is in (itself for a region). */
    public Address regionAddress() {
        return name == null ? this : ofRegion(provider, region);
    }

    // equals and hashCode written out: addresses key every map of a plan, and the generated ones go through method
    // handles, slow on the cold JVM a goal runs on.
    @Override
    public boolean equals(Object other) {
        return other instanceof Address address && provider == address.provider && region.equals(address.region)
                && Objects.equals(name, address.name);
    }

    @Override
    public int hashCode() {
        return (provider.hashCode() * 31 + region.hashCode()) * 31 + Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return name == null ? provider.id() + "/" + region : provider.id() + "/" + region + "/" + name;
    }
}
