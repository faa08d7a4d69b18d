package dev.keypairs.workflow;

/**
 * What {@code keypairs:validate} found in valid manifests.
 *
 * @param files manifests and key files read
 * @param regions regions declared
 * @param keyPairs key pairs declared
 */
public record ValidationReport(int files, int regions, int keyPairs) {
}
