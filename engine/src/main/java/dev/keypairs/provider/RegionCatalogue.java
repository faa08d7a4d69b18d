package dev.keypairs.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The regions of one provider. The built-in catalogues are the providers' public region lists, finance
 * regions included, kept as data files beside this class ({@code regions/alibaba.regions},
 * {@code regions/tencent.regions}); a file of the same format replaces them where a provider opens a
 * region before keypairs ships it.
 *
 * <p>Format: UTF-8 text, {@code #} starts a comment line, otherwise {@code REGION_ID<TAB>display name}.
 */
public final class RegionCatalogue {

    private static final Pattern REGION_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");

    private final Provider provider;
    private final Map<String, Region> regions;

    private RegionCatalogue(Provider provider, Map<String, Region> regions) {
        this.provider = provider;
        this.regions = Collections.unmodifiableMap(regions);
    }

    /** The catalogue that ships with keypairs for this provider. */
    public static RegionCatalogue builtIn(Provider provider) {
        String resource = "regions/" + provider.id() + ".regions";
        try (InputStream in = RegionCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the engine jar lacks " + resource);
            }
            return parse(provider, new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RegionCatalogueException e) {
            throw new IllegalStateException("the built-in catalogue is broken: " + e.getMessage(), e);
        }
    }

    /** A catalogue read from a file of the documented format, replacing the built-in one. */
    public static RegionCatalogue read(Provider provider, Path file) throws RegionCatalogueException {
        try {
            return parse(provider, Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new RegionCatalogueException(provider, "cannot read the region catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    /** A catalogue of exactly these regions. */
    public static RegionCatalogue of(Provider provider, Collection<Region> regions) {
        Map<String, Region> byId = new LinkedHashMap<>();
        for (Region region : regions) {
            byId.put(region.id(), region);
        }
        return new RegionCatalogue(provider, byId);
    }

    private static RegionCatalogue parse(Provider provider, String text, String source)
            throws RegionCatalogueException {
        Map<String, Region> byId = new LinkedHashMap<>();
        int lineNumber = 0;
        // Lines split by hand as String.lines() splits them (\n, \r\n or \r), without its stream: every goal reads
        // the built-in catalogues on a cold JVM, where the stream's first use costs more than the reading.
        for (int start = 0; start < text.length(); ) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            start = end + (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", 2);
            String id = fields[0].strip();
            if (!REGION_ID.matcher(id).matches()) {
                throw new RegionCatalogueException(provider, source + ":" + lineNumber
                        + ": expected REGION_ID<TAB>name, with a region id such as cn-hangzhou", null);
            }
            if (byId.putIfAbsent(id, new Region(id, fields.length > 1 ? fields[1].strip() : id)) != null) {
                throw new RegionCatalogueException(provider, source + ":" + lineNumber + ": region " + id + " listed twice", null);
            }
        }
        if (byId.isEmpty()) {
            throw new RegionCatalogueException(provider, source + ": lists no region", null);
        }
        return new RegionCatalogue(provider, byId);
    }

    /** The provider whose regions these are. */
    public Provider provider() {
        return provider;
    }

    /** Whether the region id is in the catalogue. */
    public boolean contains(String regionId) {
        return regions.containsKey(regionId);
    }

    /** The region with this id, if it is in the catalogue. */
    public Optional<Region> find(String regionId) {
        return Optional.ofNullable(regions.get(regionId));
    }

    /** Every region, in the file's order. */
    public Collection<Region> regions() {
        return regions.values();
    }
}
