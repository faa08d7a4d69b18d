package dev.keypairs.manifest;

/**
 * A file a manifest read took in: a manifest or a key file. Its digest goes into a plan's basis, so a saved
 * plan is refused once any of them changed.
 *
 * @param path relative to the base directory, {@code /} separators
 * @param sha256 lowercase hex SHA-256 of the bytes read
 */
public record ManifestInput(String path, String sha256) {
}
