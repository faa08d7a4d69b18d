package dev.keypairs.workflow;

import dev.keypairs.project.Address;
import dev.keypairs.manifest.DidYouMean;
import dev.keypairs.manifest.KeyFileName;
import dev.keypairs.manifest.ManifestReader;
import dev.keypairs.manifest.ManifestWriter;
import dev.keypairs.plan.TargetFilter;
import dev.keypairs.project.PrivateKeyPlace;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.Region;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.GoalWords;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.RegionListing;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** {@code keypairs:export}'s work: the regions its globs name, what the store holds in them, the files to write. */
final class Exporter {

    private final ProjectPaths project;
    private final ExportOptions options;
    private final Reporter reporter;

    Exporter(ProjectPaths project, ExportOptions options, Reporter reporter) {
        this.project = project;
        this.options = options;
        this.reporter = reporter;
    }

    /**
     * The regions of the catalogues the globs match, sorted; every glob must match one, and one that does not is
     * refused with the closest id, when one is close enough to be a likely misspelling.
     */
    static List<Address> regions(List<String> globs, Rules rules)
            throws InvalidConfigurationException {
        if (globs.isEmpty()) {
            throw new InvalidConfigurationException(new ConfigurationProblem.NoExportRegions(), null,
                    Setting.EXPORT_REGIONS);
        }
        TreeSet<String> matched = new TreeSet<>();
        for (String glob : globs) {
            int slash = glob.indexOf('/');
            String providerPart = slash < 0 ? glob : glob.substring(0, slash);
            String regionPart = slash < 0 ? "*" : glob.substring(slash + 1);
            List<Provider> providers = new ArrayList<>();
            for (Provider provider : Provider.values()) {
                if (pattern(providerPart).matcher(provider.id()).matches()) {
                    providers.add(provider);
                }
            }
            if (providers.isEmpty()) {
                String suggestion = DidYouMean.closest(providerPart, Stream.of(Provider.values()).map(Provider::id)
                        .toList()).map(id -> slash < 0 ? id : id + "/" + Provider.fromId(id)
                                .flatMap(provider -> closestRegion(provider, regionPart, rules)).orElse(regionPart))
                        .orElse(null);
                throw new InvalidConfigurationException(new ConfigurationProblem.UnknownProvider(glob, suggestion),
                        null, Setting.EXPORT_REGIONS);
            }
            boolean any = false;
            for (Provider provider : providers) {
                Pattern region = pattern(regionPart);
                for (Region known : rules.of(provider).regions().regions()) {
                    if (region.matcher(known.id()).matches()) {
                        matched.add(provider.id() + "/" + known.id());
                        any = true;
                    }
                }
            }
            if (!any) {
                String example = slash < 0 ? null : providers.get(0).id() + "/"
                        + rules.of(providers.get(0)).regions().regions().iterator().next().id();
                String suggestion = providers.stream().flatMap(provider -> closestRegion(provider, regionPart, rules)
                        .map(id -> provider.id() + "/" + id).stream()).findFirst().orElse(null);
                throw new InvalidConfigurationException(new ConfigurationProblem.NoSuchRegion(glob, example,
                        suggestion), null, Setting.EXPORT_REGIONS);
            }
        }
        return matched.stream().map(address -> {
            int slash = address.indexOf('/');
            return Address.ofRegion(Provider.fromId(address.substring(0, slash)).orElseThrow(),
                    address.substring(slash + 1));
        }).toList();
    }

    /** The provider's region id closest to a region glob that matches none of its own, if one is close enough. */
    private static Optional<String> closestRegion(Provider provider, String regionGlob, Rules rules) {
        List<String> ids = rules.of(provider).regions().regions().stream().map(Region::id).toList();
        return ids.stream().anyMatch(id -> pattern(regionGlob).matcher(id).matches()) ? Optional.empty()
                : DidYouMean.closest(regionGlob, ids);
    }

    /** A glob of one segment, as {@code keypairs.target} reads its segments. */
    private static Pattern pattern(String glob) {
        return Pattern.compile(TargetFilter.regex(glob));
    }

    /** Reads the regions, checks every file it would write, then writes the key files and the manifest. */
    ExportReport export(KeyPairStore store, StoreCalls calls, List<Address> regions, Rules rules)
            throws StoreException, KeypairsException {
        Path manifest = project.base().resolve(options.to() == null ? Path.of(ManifestReader.DEFAULT_MANIFEST)
                : options.to()).toAbsolutePath().normalize();
        String shown = options.to() == null ? ManifestReader.DEFAULT_MANIFEST : options.to().toString();
        if (!project.contains(manifest)) {
            throw new InvalidConfigurationException(new ConfigurationProblem.ExportOutsideProject(shown, project.base()),
                    null, Setting.EXPORT_TO);
        }
        refuseExisting(manifest, null, shown);
        Path directory = manifest.getParent();
        List<ManifestWriter.Entry> entries = new ArrayList<>();
        Map<Path, String> keyFiles = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        store.prepare(providersOf(regions));
        Map<Address, RegionListing> listings = RegionListing.readAll(calls, store, regions,
                provider -> rules.of(provider).maxDescribePageSize());
        for (Address region : regions) {
            List<StoredKeyPair> keyPairs = listings.get(region).keyPairs();
            for (StoredKeyPair keyPair : keyPairs) {
                Address address = region.keyPair(keyPair.name());
                if (keyPair.publicKey() == null) {
                    leftOut.add(address.toString());
                    reporter.warn(GoalWords.leftOutWithoutPublicKey(address.toString()));
                    continue;
                }
                if (keyPair.tags().containsKey("<<")) {
                    // Manifests refuse YAML's merge key as a mapping key, quoted or not: such a tag has no manifest form.
                    leftOut.add(address.toString());
                    reporter.warn(GoalWords.leftOutForMergeKey(address.toString()));
                    continue;
                }
                String keyFile = KeyFileName.of(address);
                keyFiles.put(directory.resolve(keyFile), keyPair.publicKey().strip() + "\n");
                entries.add(new ManifestWriter.Entry(address, keyFile, keyPair.fingerprint(), keyPair.tags(),
                        keyPair.resourceGroupId(), region.provider() == Provider.TENCENT ? keyPair.projectId() : null));
            }
        }
        Map<Path, String> files = new LinkedHashMap<>(keyFiles);
        for (Map.Entry<Path, String> keyFile : keyFiles.entrySet()) {
            String relative = project.relative(keyFile.getKey());
            if (!project.contains(keyFile.getKey())) {
                // A link in keys/ pointing out of the project: never written through.
                throw new InvalidConfigurationException(new ConfigurationProblem.KeyFileOutsideProject(relative,
                        project.base()), null, Setting.EXPORT_TO);
            }
            refuseExisting(keyFile.getKey(), keyFile.getValue(), relative);
        }
        // One check a directory, not a key file: a region's 500 files share theirs.
        Map<Path, Path> oneFileADirectory = new LinkedHashMap<>();
        keyFiles.keySet().forEach(file -> oneFileADirectory.putIfAbsent(file.getParent(), file));
        for (Path file : oneFileADirectory.values()) {
            Optional<String> unwritable = PrivateKeyPlace.whyNotWritable(file);
            if (unwritable.isPresent()) {
                throw new InvalidConfigurationException(new ConfigurationProblem.KeyFileNotWritable(
                        project.relative(file), unwritable.get()), null, Setting.EXPORT_TO);
            }
        }
        // A region declared is a region every plan reads, and whose every change makes a saved plan stale.
        List<Address> declared = options.emptyRegions() ? regions
                : regions.stream().filter(region -> !listings.get(region).keyPairs().isEmpty()).toList();
        List<String> header = GoalWords.exportHeader(store.displayUri(), options.regions());
        files.put(manifest, ManifestWriter.write(header, declared, entries));
        write(files);
        if (options.overwrite()) {
            warnAboutStale(regions, keyFiles.keySet(), directory);
        }
        reporter.info(GoalWords.exported(entries.size(), declared.size(), shown, leftOut.size(),
                regions.size() - declared.size()));
        return new ExportReport(manifest, declared.size(), entries.size(), leftOut);
    }

    /**
     * Writes every file beside itself first, then moves each into place (a link at the place is replaced, not
     * followed); when any write fails, what was written is removed again: an export is written whole or not at all,
     * but for a file replaced before the failure, under overwrite.
     */
    private void write(Map<Path, String> files) throws InvalidConfigurationException {
        List<Path> temporaries = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Files.createDirectories(file.getKey().getParent());
                Path temporary = temporaryOf(file.getKey());
                Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
                temporaries.add(temporary);
            }
            for (Map.Entry<Path, String> file : files.entrySet()) {
                boolean existed = Files.exists(file.getKey(), LinkOption.NOFOLLOW_LINKS);
                Files.move(temporaryOf(file.getKey()), file.getKey(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                if (!existed) {
                    placed.add(file.getKey());
                }
            }
        } catch (IOException e) {
            for (Path path : temporaries) {
                deleteQuietly(path);
            }
            for (Path path : placed) {
                deleteQuietly(path);
            }
            throw new InvalidConfigurationException(new ConfigurationProblem.ExportNotWritten(e.toString()), e,
                    Setting.EXPORT_TO);
        }
    }

    private static Path temporaryOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".export-tmp");
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left behind: the failure reported names the place.
        }
    }

    /** Key files an earlier export left in the exported regions that this one no longer names: said, not deleted. */
    private void warnAboutStale(List<Address> regions, Set<Path> written, Path directory) {
        for (Address region : regions) {
            Path folder = directory.resolve(KeyFileName.directoryOf(region));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.getFileName().toString().endsWith(".pub") && !written.contains(file))
                        .sorted().forEach(file -> reporter.warn(GoalWords.keyFileNoLongerHeld(project.relative(file))));
            } catch (IOException e) {
                // Only a warning could have come of it.
            }
        }
    }

    /**
     * A file the export would write that exists already is refused, unless overwriting was asked for or it holds
     * exactly what would be written.
     */
    private void refuseExisting(Path file, String content, String shown) throws InvalidConfigurationException {
        if (options.overwrite() || !Files.exists(file)) {
            return;
        }
        if (content != null) {
            try {
                if (Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
                    return;
                }
            } catch (IOException e) {
                // unreadable: refused below
            }
        }
        throw new InvalidConfigurationException(new ConfigurationProblem.ExportFileExists(shown), null,
                Setting.EXPORT_TO);
    }

    private static Set<Provider> providersOf(List<Address> regions) {
        Set<Provider> providers = EnumSet.noneOf(Provider.class);
        regions.forEach(region -> providers.add(region.provider()));
        return providers;
    }
}
