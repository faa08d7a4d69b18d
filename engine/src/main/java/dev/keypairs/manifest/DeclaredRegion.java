package dev.keypairs.manifest;

import dev.keypairs.project.Address;
import dev.keypairs.project.Source;
import java.util.Optional;

/**
 * A region a manifest declares ({@code keyPairs: []} declares one too).
 *
 * @param address the region's address
 * @param prune the region's own prune scope; empty when the manifest does not say
 * @param source the position of the region key in its manifest
 */
public record DeclaredRegion(Address address, Optional<PruneScope> prune, Source source) {
}
