package dev.keypairs.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.store.StoreListing;
import dev.keypairs.store.StoredKeyPair;
import java.util.List;
import java.util.Map;

/**
 * show.json's one definition (show-json.md): what {@code keypairs:show} lists, for tools. The names, their order (the
 * records' component order) and which fields may be absent are a contract within a {@code formatVersion}.
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param store the store's redacted URI
 * @param keyPairs every key pair the store holds, per provider and region in catalogue order, by name within a
 *     region
 */
public record ShowDocument(int formatVersion, String store, List<KeyPairEntry> keyPairs) {

    /** The format of show.json written now. */
    public static final int FORMAT_VERSION = 1;

    /**
     * One of {@code keyPairs}.
     *
     * @param address {@code provider/region/name}
     * @param provider {@code alibaba} or {@code tencent}
     * @param region the region's id
     * @param name the key pair's name
     * @param keyId Tencent's KeyId; null elsewhere
     * @param keyType the key type; null when the store returns only fingerprints
     * @param bits the key size as {@code ssh-keygen -l} prints it; likewise
     * @param fingerprint the MD5 fingerprint as the provider reports it
     * @param sha256 the SHA256 fingerprint; null when the store returns only fingerprints
     * @param createdAt when the store made the key pair, ISO-8601 UTC; null when the store does not say
     * @param certificate an OpenSSH certificate's validity; null for a plain key
     * @param tags the key pair's tags, sorted by key
     * @param resourceGroupId Alibaba's resource group, or null
     * @param projectId Tencent's project, or null
     * @param declared whether a manifest declares it; absent when no manifests were read
     * @param description Tencent's description; null when none, or the store does not say
     * @param associatedInstanceIds the instances the store reports it bound to (Tencent's
     *     {@code AssociatedInstanceIds}); empty when none or not reported
     */
    public record KeyPairEntry(String address, String provider, String region, String name, String keyId,
            String keyType, Integer bits, String fingerprint, String sha256, String createdAt,
            CertificateEntry certificate, Map<String, String> tags, String resourceGroupId, Long projectId,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean declared, String description,
            List<String> associatedInstanceIds) {
    }

    /**
     * A certificate's validity, ISO-8601 UTC.
     *
     * @param validAfter from when it is valid; null when always
     * @param validBefore until when it is valid; null when forever
     */
    public record CertificateEntry(String validAfter, String validBefore) {
    }

    /** The document of a listing of the store with this (redacted) URI. */
    public static ShowDocument of(StoreListing listing, String store) {
        return new ShowDocument(FORMAT_VERSION, store, listing.entries().stream()
                .map(entry -> entry(entry, listing.markDeclared())).toList());
    }

    private static KeyPairEntry entry(StoreListing.Entry entry, boolean markDeclared) {
        StoredKeyPair stored = entry.stored();
        CertificateValidity validity = entry.certificate();
        return new KeyPairEntry(entry.address().toString(), stored.provider().id(), stored.regionId(), stored.name(),
                stored.keyId(), entry.keyType(), entry.bits(), stored.fingerprint(), entry.sha256(),
                InstantText.of(stored.createdAt()), validity == null ? null : new CertificateEntry(
                        InstantText.of(validity.validAfter().orElse(null)),
                        InstantText.of(validity.validBefore().orElse(null))),
                stored.tags(), stored.resourceGroupId(), stored.projectId(), markDeclared ? entry.declared() : null,
                stored.description(), stored.associatedInstanceIds());
    }

    /** show.json's text, pretty-printed, ending in a newline. */
    public String toJson() {
        JsonText json = new JsonText(256 + 900 * keyPairs.size());
        json.startObject().field("formatVersion", formatVersion).field("store", store).name("keyPairs").startArray();
        for (KeyPairEntry entry : keyPairs) {
            json.startObject().field("address", entry.address()).field("provider", entry.provider())
                    .field("region", entry.region()).field("name", entry.name()).field("keyId", entry.keyId())
                    .field("keyType", entry.keyType()).field("bits", entry.bits())
                    .field("fingerprint", entry.fingerprint()).field("sha256", entry.sha256())
                    .field("createdAt", entry.createdAt()).name("certificate");
            if (entry.certificate() == null) {
                json.nullValue();
            } else {
                json.startObject().field("validAfter", entry.certificate().validAfter())
                        .field("validBefore", entry.certificate().validBefore()).endObject();
            }
            json.field("tags", entry.tags()).field("resourceGroupId", entry.resourceGroupId())
                    .field("projectId", entry.projectId()).fieldUnlessNull("declared", entry.declared())
                    .field("description", entry.description())
                    .field("associatedInstanceIds", entry.associatedInstanceIds()).endObject();
        }
        return json.endArray().endObject().document();
    }
}
