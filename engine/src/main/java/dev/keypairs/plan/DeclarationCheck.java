package dev.keypairs.plan;

import dev.keypairs.keys.PublicKey;
import dev.keypairs.project.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.manifest.DeclaredRegion;
import dev.keypairs.manifest.DidYouMean;
import dev.keypairs.manifest.KeySource;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ApiCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.CreateKeyPairRequest;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.KeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.provider.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the providers would say of the declarations alone, without a store: each region's id, and each key
 * pair as the ImportKeyPair or CreateKeyPair request it becomes. The planner and {@code keypairs:validate} use
 * the same checks; errors are placed at the manifest field they are about.
 */
public final class DeclarationCheck {

    private final Rules rules;

    /** Checks against these rules. */
    public DeclarationCheck(Rules rules) {
        this.rules = rules;
    }

    /** The rules of a provider. */
    ProviderRules rules(Provider provider) {
        return rules.of(provider);
    }

    /** Every problem of the manifests' declarations: the manifests' own, regions', and key pairs'. */
    public List<Diagnostic> check(ManifestSet manifests) {
        List<Diagnostic> errors = new ArrayList<>(manifests.errors());
        for (DeclaredRegion region : manifests.regions()) {
            // Plain loops, not lambdas or streams: each lambda is linked on first use, and a goal runs once on a
            // cold JVM (performance.md).
            Optional<Diagnostic> regionError = region(region);
            ApiCode skip = null;
            if (regionError.isPresent()) {
                errors.add(regionError.get());
                skip = rules(region.address().provider()).checkRegion(region.address().region()).orElseThrow().code();
            }
            for (DeclaredKeyPair keyPair : manifests.keyPairs()) {
                if (keyPair.address().regionAddress().equals(region.address())) {
                    errors.addAll(keyPair(keyPair, skip).errors());
                }
            }
        }
        return errors;
    }

    /** The region's error, at the region key's position, with a suggestion for a misspelt id. */
    Optional<Diagnostic> region(DeclaredRegion region) {
        Address address = region.address();
        ProviderRules providerRules = rules(address.provider());
        Optional<ApiError> refused = providerRules.checkRegion(address.region());
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        List<String> knownIds = new ArrayList<>();
        for (Region known : providerRules.regions().regions()) {
            knownIds.add(known.id());
        }
        ApiError error = refused.get();
        return Optional.of(Diagnostic.of(error.code(), DidYouMean.appendTo(error.message(), address.region(), knownIds),
                address.toString(), region.source()));
    }

    /**
     * A key pair's verdict. {@code skip} leaves out an error reported once for the whole region.
     *
     * @return the key it brings (empty for a create, or when it has errors) and its errors
     */
    Verdict keyPair(DeclaredKeyPair keyPair, ApiCode skip) {
        KeyPairRequest request = request(keyPair);
        ProviderRules providerRules = rules(keyPair.address().provider());
        ValidationResult result = providerRules.validate(request);
        // The old name of a rename must be a name the provider takes: a key pair it holds can have no other.
        List<Diagnostic> renamedFrom = new ArrayList<>();
        if (keyPair.renamedFrom() != null) {
            for (ApiError error : providerRules.checkName(keyPair.renamedFrom())) {
                renamedFrom.add(Diagnostic.of(error, keyPair.address().toString(), keyPair.sourceOf("renamedFrom")));
            }
        }
        if (result.errors().isEmpty() && renamedFrom.isEmpty()) {
            return new Verdict(result.publicKey(), request, List.of());
        }
        // Tencent answers a tag and a project with one code (InvalidParameterValue): the tags' own errors tell them.
        List<ApiError> tagErrors = request instanceof TencentKeyPairRequest tencent ? rules.tencent().checkTags(
                request instanceof CreateKeyPairRequest ? ApiCall.CREATE_KEY_PAIR : ApiCall.IMPORT_KEY_PAIR,
                tencent.tags()) : List.of();
        List<Diagnostic> errors = new ArrayList<>();
        for (ApiError error : result.errors()) {
            if (error.code() != skip) {
                errors.add(Diagnostic.of(error, keyPair.address().toString(), keyPair.sourceOf(
                        tagErrors.contains(error) ? "tags" : fieldOf(error, keyPair))));
            }
        }
        errors.addAll(renamedFrom);
        return new Verdict(errors.isEmpty() ? result.publicKey() : Optional.empty(), request, errors);
    }

    /**
     * One key pair's verdict.
     *
     * @param key the declared public key, when valid and not a create
     * @param request the request the declaration becomes, as checked
     * @param errors its problems
     */
    record Verdict(Optional<PublicKey> key, KeyPairRequest request, List<Diagnostic> errors) {
    }

    /**
     * The ImportKeyPair or CreateKeyPair request a declaration becomes: what the plan checks, apply sends. An import
     * carries the key as the manifest reader read it.
     */
    static KeyPairRequest request(DeclaredKeyPair keyPair) {
        Address address = keyPair.address();
        boolean create = keyPair.key() instanceof KeySource.Create;
        List<Tag> tags = new ArrayList<>(keyPair.tags().size());
        for (Map.Entry<String, String> tag : keyPair.tags().entrySet()) {
            tags.add(new Tag(tag.getKey(), tag.getValue()));
        }
        if (address.provider() == Provider.TENCENT) {
            return create ? TencentKeyPairRequest.creating(address.region(), address.name(), keyPair.projectId(), tags)
                    : TencentKeyPairRequest.importing(address.region(), address.name(), keyPair.key().publicKeyText(),
                            keyPair.key().reading(), keyPair.projectId(), tags);
        }
        return create
                ? AlibabaKeyPairRequest.creating(address.region(), address.name(), tags, keyPair.resourceGroupId())
                : AlibabaKeyPairRequest.importing(address.region(), address.name(), keyPair.key().publicKeyText(),
                        keyPair.key().reading(), tags, keyPair.resourceGroupId());
    }

    /** The manifest field an error is about, for its position. */
    private static String fieldOf(ApiError error, DeclaredKeyPair keyPair) {
        if (!(error.code() instanceof ErrorCode code)) {
            return "name";
        }
        return switch (code) {
            case INVALID_PUBLIC_KEY_BODY_MALFORMED, INVALID_PUBLIC_KEY_MALFORMED, MISSING_PARAMETER -> keyField(keyPair);
            case INVALID_TAG_KEY_MALFORMED, INVALID_TAG_VALUE_MALFORMED, DUPLICATE_TAG_KEY, QUOTA_EXCEED_TAGS -> "tags";
            case INVALID_RESOURCE_GROUP_NOT_FOUND -> "resourceGroupId";
            case INVALID_PARAMETER_VALUE -> "projectId";
            default -> "name";
        };
    }

    /** The field that holds a declared key. */
    static String keyField(DeclaredKeyPair keyPair) {
        return keyPair.key() instanceof KeySource.File ? "publicKeyFile" : "publicKey";
    }
}
