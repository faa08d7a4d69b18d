package dev.keypairs.workflow;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code keypairs:export} writes (export.md).
 *
 * @param regions region globs, {@code PROVIDER/REGION} with {@code *} within a segment ({@code alibaba/*},
 *     {@code tencent/ap-guangzhou}); a provider alone means all its regions; required
 * @param to the manifest to write, relative to the base; null for {@code keypairs.yaml}
 * @param overwrite whether an existing manifest or key file may be replaced
 * @param emptyRegions whether every region the globs match is declared, also one holding no key pair
 *     ({@code keyPairs: []}); otherwise only the regions holding key pairs are, so a plan reads no more
 */
public record ExportOptions(List<String> regions, Path to, boolean overwrite, boolean emptyRegions) {

    public ExportOptions {
        regions = regions == null ? List.of() : regions.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    /** Only the regions holding key pairs declared. */
    public ExportOptions(List<String> regions, Path to, boolean overwrite) {
        this(regions, to, overwrite, false);
    }
}
