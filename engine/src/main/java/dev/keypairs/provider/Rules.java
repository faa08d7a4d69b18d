package dev.keypairs.provider;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Both providers' stateless rules, each with its region catalogue: what a run, a store and the emulator check
 * requests against. One value, typed per provider, so that nothing looks a provider's rules up in a map or casts them.
 *
 * @param alibaba Alibaba Cloud ECS's rules
 * @param tencent Tencent Cloud CVM's rules
 */
public record Rules(AlibabaRules alibaba, TencentRules tencent) {

    private static final Rules BUILT_IN = new Rules(new AlibabaRules(RegionCatalogue.builtIn(Provider.ALIBABA)),
            new TencentRules(RegionCatalogue.builtIn(Provider.TENCENT)));

    public Rules {
        Objects.requireNonNull(alibaba, "alibaba");
        Objects.requireNonNull(tencent, "tencent");
    }

    /** Both providers' rules with their built-in region catalogues. */
    public static Rules builtIn() {
        return BUILT_IN;
    }

    /**
     * The rules with region catalogues read from files (region-catalogues.md), the built-in one for a provider
     * without a file: what the goals, {@code keypairs:serve} and the emulator's command line all use.
     *
     * @param files catalogue files by provider, already resolved against the base directory
     * @throws RegionCatalogueException when a file cannot be read; {@link RegionCatalogueException#provider()} says whose
     */
    public static Rules withCatalogues(Map<Provider, Path> files) throws RegionCatalogueException {
        Rules rules = BUILT_IN;
        for (Map.Entry<Provider, Path> file : files.entrySet()) {
            rules = rules.with(RegionCatalogue.read(file.getKey(), file.getValue()));
        }
        return rules;
    }

    /** These rules with another region catalogue for the catalogue's provider. */
    public Rules with(RegionCatalogue catalogue) {
        return switch (catalogue.provider()) {
            case ALIBABA -> new Rules(new AlibabaRules(catalogue), tencent);
            case TENCENT -> new Rules(alibaba, new TencentRules(catalogue));
        };
    }

    /** The rules of one provider, for what both providers' rules answer alike. */
    public ProviderRules of(Provider provider) {
        return switch (provider) {
            case ALIBABA -> alibaba;
            case TENCENT -> tencent;
        };
    }
}
