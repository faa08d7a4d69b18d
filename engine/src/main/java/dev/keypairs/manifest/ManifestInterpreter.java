package dev.keypairs.manifest;

import dev.keypairs.project.Address;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the manifests of a run declare, interpreted from their YAML trees and merged file by file (manifests.md):
 * regions, key pairs with their file's defaults applied, and every problem (unknown and conflicting fields,
 * missing ones, duplicate addresses), and the key policy. A key pair's key fields are read by {@link KeyFields}.
 */
final class ManifestInterpreter {

    private final List<Diagnostic> errors;
    private final Map<Address, DeclaredRegion> regions = new LinkedHashMap<>();
    private final List<DeclaredKeyPair> keyPairs = new ArrayList<>();
    private final Map<Address, Source> declared = new LinkedHashMap<>();
    private final Renames renames;
    private final KeyFields keyFields;
    private Policy policy = Policy.DEFAULT;
    /** Where the policy was declared; null while none is. */
    private Source policySource;

    /**
     * An interpreter with nothing declared yet.
     *
     * @param errors where problems are added; also how a key pair learns whether it has problems of its own
     * @param keyFiles where {@code publicKeyFile}s are read
     */
    ManifestInterpreter(List<Diagnostic> errors, KeyFiles keyFiles) {
        this.errors = errors;
        this.renames = new Renames(errors);
        this.keyFields = new KeyFields(errors, keyFiles);
    }

    /**
     * Adds what one manifest declares to what earlier ones did.
     *
     * @param root the manifest's document
     * @param directory the manifest's directory, which key file paths are relative to; null for one given as text
     */
    void interpret(YamlNode root, Path directory) {
        if (root.isNull()) {
            return;
        }
        Optional<YamlNode.Mapping> top = root.asMapping("the manifest", null, errors);
        if (top.isEmpty()) {
            return;
        }
        top.get().rejectUnknownKeys(ManifestFields.TOP_LEVEL, "at the top of a manifest", null, errors);
        // Plain loops and ifs, not lambdas or streams: each lambda is linked on first use, and a goal runs once on a
        // cold JVM (performance.md).
        ManifestDefaults defaults = ManifestDefaults.NONE;
        Optional<YamlNode.Entry> defaultsEntry = top.get().entry("defaults");
        if (defaultsEntry.isPresent()) {
            defaults = ManifestDefaults.read(defaultsEntry.get(), errors).orElse(ManifestDefaults.NONE);
        }
        Optional<YamlNode.Entry> policyEntry = top.get().entry("policy");
        if (policyEntry.isPresent()) {
            policy(policyEntry.get());
        }
        for (Provider provider : Provider.values()) {
            Optional<YamlNode.Entry> providerEntry = top.get().entry(provider.id());
            if (providerEntry.isPresent()) {
                provider(provider, providerEntry.get(), defaults, directory);
            }
        }
    }

    /** The key policy declared, or the default one. */
    Policy policy() {
        return policy;
    }

    /** At most one manifest holds the policy: it covers every key pair, so two could only disagree. */
    private void policy(YamlNode.Entry entry) {
        Optional<Policy> read = PolicySection.read(entry, errors);
        if (policySource != null) {
            errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "policy is declared here and at " + policySource
                    + "; declare it in one manifest only, it covers every key pair", null, entry.keySource()));
            return;
        }
        policySource = entry.keySource();
        if (read.isPresent()) {
            policy = read.get();
        }
    }

    /** The regions declared so far, in the order first declared. */
    List<DeclaredRegion> regions() {
        return List.copyOf(regions.values());
    }

    /** The key pairs whose name and key could be read, in manifest order. */
    List<DeclaredKeyPair> keyPairs() {
        return keyPairs;
    }

    /** Every key pair address declared, also of entries with problems. */
    Set<Address> declaredAddresses() {
        return declared.keySet();
    }

    private void provider(Provider provider, YamlNode.Entry entry, ManifestDefaults defaults, Path directory) {
        if (entry.value().isNull()) {
            return;
        }
        Optional<YamlNode.Mapping> body = entry.value().asMapping(provider.id(), null, errors);
        if (body.isEmpty()) {
            return;
        }
        for (YamlNode.Entry region : body.get().entries()) {
            region(provider, region, defaults, directory);
        }
    }

    private void region(Provider provider, YamlNode.Entry entry, ManifestDefaults defaults, Path directory) {
        Address address = Address.ofRegion(provider, entry.key());
        String where = address.toString();
        Optional<PruneScope> prune = Optional.empty();
        List<YamlNode> items = List.of();
        if (!entry.value().isNull()) {
            Optional<YamlNode.Mapping> body = entry.value().asMapping("region " + entry.key(), where, errors);
            if (body.isEmpty()) {
                return;
            }
            body.get().rejectUnknownKeys(ManifestFields.REGION, "in a region", where, errors);
            Optional<YamlNode.Entry> pruneEntry = body.get().entry("prune");
            if (pruneEntry.isPresent()) {
                prune = prune(pruneEntry.get(), address);
            }
            Optional<YamlNode.Entry> list = body.get().entry("keyPairs");
            if (list.isPresent() && !list.get().value().isNull()) {
                Optional<YamlNode.Sequence> sequence = list.get().value().asSequence("keyPairs", where, errors);
                if (sequence.isEmpty()) {
                    return;
                }
                items = sequence.get().items();
            }
        }
        declareRegion(new DeclaredRegion(address, prune, entry.keySource()));
        for (YamlNode item : items) {
            keyPair(address, item, defaults, directory);
        }
    }

    private void declareRegion(DeclaredRegion region) {
        DeclaredRegion earlier = regions.get(region.address());
        if (earlier == null) {
            regions.put(region.address(), region);
        } else if (region.prune().isPresent()) {
            if (earlier.prune().isPresent() && !earlier.prune().equals(region.prune())) {
                errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "prune is set differently for this region"
                        + " at " + earlier.source() + "; set it in one place", region.address().toString(),
                        region.source()));
            } else {
                regions.put(region.address(), new DeclaredRegion(region.address(), region.prune(),
                        earlier.source()));
            }
        }
    }

    private Optional<PruneScope> prune(YamlNode.Entry entry, Address region) {
        String where = region.toString();
        YamlNode value = entry.value();
        if (value instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.BOOLEAN) {
            return Optional.of(ScalarTyping.isTrue(scalar.text()) ? PruneScope.ALL : PruneScope.NONE);
        }
        if (value instanceof YamlNode.Mapping mapping) {
            mapping.rejectUnknownKeys(ManifestFields.PRUNE, "in prune", where, errors);
            Optional<YamlNode.Entry> prefix = mapping.entry("namePrefix");
            Optional<YamlNode.Entry> tagEntry = mapping.entry("tags");
            if (prefix.isEmpty() && tagEntry.isEmpty()) {
                missing("prune needs namePrefix or tags, or write prune: true", where, mapping.source());
                return Optional.empty();
            }
            int errorsBefore = errors.size();
            String namePrefix = null;
            if (prefix.isPresent()) {
                Optional<String> text = prefix.get().string(where, errors);
                if (text.isPresent() && text.get().isEmpty()) {
                    syntax("namePrefix must not be empty; write prune: true to prune every undeclared key pair",
                            where, prefix.get().value().source());
                }
                namePrefix = text.orElse(null);
            }
            Map<String, String> tags = Map.of();
            if (tagEntry.isPresent()) {
                tags = tagEntry.get().stringMap(where, errors).orElse(Map.of());
                if (tags.isEmpty() && errors.size() == errorsBefore) {
                    syntax("prune tags must name at least one tag; write prune: true to prune every undeclared"
                            + " key pair", where, tagEntry.get().value().source());
                }
            }
            return errors.size() == errorsBefore ? Optional.of(PruneScope.of(namePrefix, tags)) : Optional.empty();
        }
        syntax("prune must be true, false or {namePrefix: PREFIX, tags: {KEY: VALUE}}, not " + value.kind(), where,
                value.source());
        return Optional.empty();
    }

    private void keyPair(Address region, YamlNode item, ManifestDefaults defaults, Path directory) {
        Provider provider = region.provider();
        Optional<YamlNode.Mapping> found = item.asMapping("a key pair", region.toString(), errors);
        if (found.isEmpty()) {
            return;
        }
        YamlNode.Mapping body = found.get();
        Optional<YamlNode.Entry> nameEntry = body.entry("name");
        Optional<String> name = Optional.ofNullable(body.string("name", region.toString(), errors));
        Address address = region.keyPair(name.orElse(""));
        String where = address.toString();
        int errorsBefore = errors.size();

        Map<String, Source> fieldSources = new LinkedHashMap<>();
        for (YamlNode.Entry entry : body.entries()) {
            if (!ManifestFields.isKeyPairField(provider, entry.key())) {
                errors.add(ManifestFields.unknownKeyPairField(provider, entry, where));
            }
            fieldSources.put(entry.key(), entry.keySource());
        }
        if (nameEntry.isEmpty() || (name.isEmpty() && nameEntry.get().value().isNull())) {
            missing("a key pair needs a name", where, body.source());
        }
        if (name.isPresent()) {
            Source earlier = declared.putIfAbsent(address, nameEntry.get().keySource());
            if (earlier != null) {
                errors.add(Diagnostic.of(ToolCode.DUPLICATE_ADDRESS, where + " is declared twice: here and at "
                        + earlier, where, body.source()));
            }
        }

        Optional<KeySource> key = keyFields.read(provider, body, where, directory);
        // A protect that is not true or false is a problem, and the file's default applies as if it were unwritten.
        Boolean protectGiven = body.bool("protect", where, errors);
        if (protectGiven == null) {
            protectGiven = defaults.protect();
        }
        boolean protect = protectGiven != null && protectGiven;
        // Both providers' key pairs take tags, the file's defaults underneath (manifests.md).
        Map<String, String> tags = new LinkedHashMap<>(defaults.tags());
        if (defaults.tagsSource() != null) {
            fieldSources.putIfAbsent("tags", defaults.tagsSource());
        }
        Map<String, String> writtenTags = body.stringMap("tags", where, errors);
        if (writtenTags != null) {
            tags.putAll(writtenTags);
        }
        String renamedFrom = renames.read(body, address, name.orElse(null));
        String resourceGroupId = null;
        Long projectId = null;
        if (provider == Provider.ALIBABA) {
            resourceGroupId = body.string("resourceGroupId", where, errors);
            if (resourceGroupId == null) {
                resourceGroupId = defaults.resourceGroupId();
            }
            if (defaults.resourceGroupIdSource() != null) {
                fieldSources.putIfAbsent("resourceGroupId", defaults.resourceGroupIdSource());
            }
        } else {
            projectId = body.integer("projectId", where, errors);
            if (projectId == null) {
                projectId = defaults.projectId() == null ? 0L : defaults.projectId();
            }
            if (defaults.projectIdSource() != null) {
                fieldSources.putIfAbsent("projectId", defaults.projectIdSource());
            }
        }
        if (name.isPresent() && key.isPresent()) {
            // With errors of its own, what could be read is still checked by the providers' rules, so that one
            // run reports every mistake; it is never planned.
            keyPairs.add(new DeclaredKeyPair(address, key.get(), tags, resourceGroupId, projectId, protect,
                    body.source(), fieldSources, errors.size() == errorsBefore, renamedFrom));
        }
    }

    /**
     * Once every manifest is read: an entry whose {@code renamedFrom} names an address a manifest declares is not
     * planned ({@link Renames}).
     */
    void checkRenames() {
        renames.check(keyPairs, declared);
    }

    /** Every old address a {@code renamedFrom} names: prune never deletes it, nor lists it as unmanaged. */
    Set<Address> renamedFromAddresses() {
        return renames.oldAddresses();
    }

    private void syntax(String message, String where, Source source) {
        errors.add(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, message, where, source));
    }

    private void missing(String message, String where, Source source) {
        errors.add(Diagnostic.of(ErrorCode.MISSING_PARAMETER, message, where, source));
    }
}
