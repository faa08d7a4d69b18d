package dev.keypairs.manifest;

import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads and merges the manifests of a run (manifests.md), strictly: unknown fields (with a "did you mean"),
 * duplicate keys, wrong types, missing and conflicting fields, duplicate addresses, and file references that
 * leave the project or do not exist are all problems with file, line and column. Every problem of every file
 * is collected: every file is read, and only a YAML syntax problem ends the reading of its own file.
 */
public final class ManifestReader {

    /** The manifest read when none is named. */
    public static final String DEFAULT_MANIFEST = "keypairs.yaml";

    static final Set<String> TOP_LEVEL_FIELDS = Set.of("defaults", "alibaba", "tencent");
    static final Set<String> REGION_FIELDS = Set.of("prune", "keyPairs");
    static final Set<String> PRUNE_FIELDS = Set.of("namePrefix", "tags");
    static final Set<String> DEFAULTS_FIELDS = Set.of("tags", "resourceGroupId", "projectId", "protect");
    static final Set<String> COMMON_KEY_PAIR_FIELDS = Set.of("name", "publicKey", "publicKeyFile", "create",
            "privateKeyFile", "protect");
    static final Map<Provider, Set<String>> PROVIDER_KEY_PAIR_FIELDS = Map.of(
            Provider.ALIBABA, Set.of("tags", "resourceGroupId"),
            Provider.TENCENT, Set.of("projectId"));

    private final ProjectPaths project;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<ManifestInput> inputs = new ArrayList<>();
    private final Map<Address, DeclaredRegion> regions = new LinkedHashMap<>();
    private final List<DeclaredKeyPair> keyPairs = new ArrayList<>();
    private final Map<Address, Source> declared = new LinkedHashMap<>();
    /** Key files already read in this run: many key pairs may share one, and each is read and hashed once. */
    private final Map<Path, KeySource.File> keyFiles = new HashMap<>();

    private ManifestReader(ProjectPaths project) {
        this.project = project;
    }

    /**
     * Reads the manifests of a run.
     *
     * @param project the project base directory
     * @param manifests files and directories relative to the base (a directory means every {@code *.yaml} and
     *     {@code *.yml} in it, sorted); empty means {@value #DEFAULT_MANIFEST}
     * @return what they declare and every problem found
     */
    public static ManifestSet read(ProjectPaths project, List<String> manifests) {
        ManifestReader reader = new ManifestReader(project);
        for (Path file : reader.manifestFiles(manifests.isEmpty() ? List.of(DEFAULT_MANIFEST) : manifests)) {
            reader.readManifest(file);
        }
        return new ManifestSet(List.copyOf(reader.regions.values()), reader.keyPairs, reader.declared.keySet(),
                reader.errors, reader.inputs);
    }

    private List<Path> manifestFiles(List<String> manifests) {
        Set<Path> files = new LinkedHashSet<>();
        for (String manifest : manifests) {
            Path path = project.base().resolve(manifest.strip()).normalize();
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "the manifest directory " + manifest.strip()
                            + " cannot be listed: " + e.getClass().getSimpleName(), null, null));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "no manifest " + manifest.strip() + " in "
                        + project.base() + ": create it, or name the manifests with keypairs.manifests=FILE,DIR",
                        null, null));
            }
        }
        return List.copyOf(files);
    }

    private void readManifest(Path path) {
        String file = project.relative(path);
        Optional<String> text = readText(path, file);
        if (text.isEmpty()) {
            return;
        }
        Optional<Diagnostic> longLine = overlongLine(file, text.get());
        if (longLine.isPresent()) {
            errors.add(longLine.get());
            return;
        }
        YamlReader.Result result = YamlReader.read(file, text.get());
        result.problem().ifPresent(errors::add);
        result.root().ifPresent(root -> new FileInterpreter(file, path.getParent()).interpret(root));
    }

    private Optional<String> readText(Path path, String file) {
        try {
            long size = Files.size(path);
            if (size > ManifestLimits.MAX_FILE_BYTES) {
                errors.add(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, "the manifest is " + size + " bytes; at most "
                        + ManifestLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB are read", null, Source.of(file)));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            inputs.add(new ManifestInput(file, sha256(bytes)));
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            errors.add(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, "the manifest is not UTF-8 text", null, Source.of(file)));
        } catch (IOException e) {
            errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "the manifest cannot be read: "
                    + e.getClass().getSimpleName(), null, Source.of(file)));
        }
        return Optional.empty();
    }

    private static Optional<Diagnostic> overlongLine(String file, String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > ManifestLimits.MAX_LINE_CHARS) {
                    return Optional.of(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, "line " + line + " is longer than "
                            + ManifestLimits.MAX_LINE_CHARS + " characters; a public key belongs on one line of at"
                            + " most 64 KiB, or in a file named by publicKeyFile", null, new Source(file, line, 1)));
                }
                line++;
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    /**
     * A key file's text: a key larger than the reader's limit is refused anyway, so no more than that and one
     * character more is read.
     */
    private static String readKeyText(Path path) throws IOException {
        if (Files.size(path) <= PublicKeyReader.MAX_TEXT_LENGTH) {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            char[] buffer = new char[PublicKeyReader.MAX_TEXT_LENGTH + 1];
            int length = 0;
            for (int read; length < buffer.length && (read = reader.read(buffer, length, buffer.length - length)) > 0;) {
                length += read;
            }
            return new String(buffer, 0, length);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The defaults of one file, applied underneath each of its key pairs. */
    private record Defaults(Map<String, String> tags, Source tagsSource, String resourceGroupId,
            Source resourceGroupIdSource, Long projectId, Source projectIdSource, Boolean protect) {
        static final Defaults NONE = new Defaults(Map.of(), null, null, null, null, null, null);
    }

    /** Reads one manifest's tree; problems go to the reader's list. */
    private final class FileInterpreter {
        private final String file;
        private final Path directory;

        FileInterpreter(String file, Path directory) {
            this.file = file;
            this.directory = directory;
        }

        void interpret(YamlNode root) {
            if (root instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.NULL) {
                return;
            }
            Optional<YamlNode.Mapping> top = mapping(root, "the manifest", null);
            if (top.isEmpty()) {
                return;
            }
            rejectUnknown(top.get(), TOP_LEVEL_FIELDS, "at the top of a manifest", null);
            Defaults defaults = entry(top.get(), "defaults").flatMap(this::defaults).orElse(Defaults.NONE);
            for (Provider provider : Provider.values()) {
                entry(top.get(), provider.id()).ifPresent(node -> provider(provider, node, defaults));
            }
        }

        private Optional<Defaults> defaults(YamlNode.Entry entry) {
            Optional<YamlNode.Mapping> body = mapping(entry.value(), "defaults", null);
            if (body.isEmpty()) {
                return Optional.empty();
            }
            rejectUnknown(body.get(), DEFAULTS_FIELDS, "in defaults", null);
            Optional<YamlNode.Entry> tags = entry(body.get(), "tags");
            Optional<YamlNode.Entry> group = entry(body.get(), "resourceGroupId");
            Optional<YamlNode.Entry> project = entry(body.get(), "projectId");
            return Optional.of(new Defaults(
                    tags.flatMap(tag -> tags(tag, null)).orElse(Map.of()),
                    tags.map(YamlNode.Entry::keySource).orElse(null),
                    group.flatMap(value -> string(value, null)).orElse(null),
                    group.map(YamlNode.Entry::keySource).orElse(null),
                    project.flatMap(value -> integer(value, null)).orElse(null),
                    project.map(YamlNode.Entry::keySource).orElse(null),
                    entry(body.get(), "protect").flatMap(value -> bool(value, null)).orElse(null)));
        }

        private void provider(Provider provider, YamlNode.Entry entry, Defaults defaults) {
            if (isNull(entry.value())) {
                return;
            }
            Optional<YamlNode.Mapping> body = mapping(entry.value(), provider.id(), null);
            body.ifPresent(mapping -> mapping.entries().forEach(region -> region(provider, region, defaults)));
        }

        private void region(Provider provider, YamlNode.Entry entry, Defaults defaults) {
            Address address = Address.ofRegion(provider, entry.key());
            Optional<PruneScope> prune = Optional.empty();
            List<YamlNode> items = List.of();
            if (!isNull(entry.value())) {
                Optional<YamlNode.Mapping> body = mapping(entry.value(), "region " + entry.key(), address);
                if (body.isEmpty()) {
                    return;
                }
                rejectUnknown(body.get(), REGION_FIELDS, "in a region", address);
                prune = entry(body.get(), "prune").flatMap(value -> prune(value, address));
                Optional<YamlNode.Entry> list = entry(body.get(), "keyPairs");
                if (list.isPresent() && !isNull(list.get().value())) {
                    Optional<YamlNode.Sequence> sequence = sequence(list.get().value(), "keyPairs", address);
                    if (sequence.isEmpty()) {
                        return;
                    }
                    items = sequence.get().items();
                }
            }
            declareRegion(new DeclaredRegion(address, prune, entry.keySource()));
            for (YamlNode item : items) {
                keyPair(address, item, defaults);
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
            YamlNode value = entry.value();
            if (value instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.BOOLEAN) {
                return Optional.of(Boolean.parseBoolean(scalar.text()) ? PruneScope.ALL : PruneScope.NONE);
            }
            if (value instanceof YamlNode.Mapping mapping) {
                rejectUnknown(mapping, PRUNE_FIELDS, "in prune", region);
                Optional<YamlNode.Entry> prefix = entry(mapping, "namePrefix");
                Optional<YamlNode.Entry> tagEntry = entry(mapping, "tags");
                if (prefix.isEmpty() && tagEntry.isEmpty()) {
                    missing("prune needs namePrefix or tags, or write prune: true", region, mapping.source());
                    return Optional.empty();
                }
                int errorsBefore = errors.size();
                String namePrefix = null;
                if (prefix.isPresent()) {
                    Optional<String> text = string(prefix.get(), region);
                    if (text.isPresent() && text.get().isEmpty()) {
                        syntax("namePrefix must not be empty; write prune: true to prune every undeclared key pair",
                                region, prefix.get().value().source());
                    }
                    namePrefix = text.orElse(null);
                }
                Map<String, String> tags = Map.of();
                if (tagEntry.isPresent()) {
                    if (region.provider() != Provider.ALIBABA) {
                        errors.add(Diagnostic.of(ToolCode.UNKNOWN_FIELD, "prune by tags exists for alibaba regions only:"
                                + " " + region.provider().id() + " key pairs have no tags", region.toString(),
                                tagEntry.get().keySource()));
                    } else {
                        tags = tags(tagEntry.get(), region.toString()).orElse(Map.of());
                        if (tags.isEmpty() && errors.size() == errorsBefore) {
                            syntax("prune tags must name at least one tag; write prune: true to prune every undeclared"
                                    + " key pair", region, tagEntry.get().value().source());
                        }
                    }
                }
                return errors.size() == errorsBefore ? Optional.of(PruneScope.of(namePrefix, tags)) : Optional.empty();
            }
            syntax("prune must be true, false or {namePrefix: PREFIX, tags: {KEY: VALUE}}, not " + value.kind(), region,
                    value.source());
            return Optional.empty();
        }

        private void keyPair(Address region, YamlNode item, Defaults defaults) {
            Provider provider = region.provider();
            Optional<YamlNode.Mapping> found = mapping(item, "a key pair", region);
            if (found.isEmpty()) {
                return;
            }
            YamlNode.Mapping body = found.get();
            Optional<YamlNode.Entry> nameEntry = entry(body, "name");
            Optional<String> name = nameEntry.flatMap(value -> string(value, region));
            Address address = region.keyPair(name.orElse(""));
            String where = address.toString();
            int errorsBefore = errors.size();

            for (YamlNode.Entry entry : body.entries()) {
                if (!COMMON_KEY_PAIR_FIELDS.contains(entry.key())
                        && !PROVIDER_KEY_PAIR_FIELDS.get(provider).contains(entry.key())) {
                    unknownKeyPairField(provider, entry, where);
                }
            }
            Map<String, Source> fieldSources = new LinkedHashMap<>();
            body.entries().forEach(entry -> fieldSources.put(entry.key(), entry.keySource()));
            if (nameEntry.isEmpty() || (name.isEmpty() && isNull(nameEntry.get().value()))) {
                missing("a key pair needs a name", where, body.source());
            }
            if (name.isPresent()) {
                Source earlier = declared.putIfAbsent(address, nameEntry.get().keySource());
                if (earlier != null) {
                    errors.add(Diagnostic.of(ToolCode.DUPLICATE_ADDRESS, where + " is declared twice: here and at "
                            + earlier, where, body.source()));
                }
            }

            Optional<KeySource> key = keySource(provider, body, where);
            boolean protect = entry(body, "protect").flatMap(value -> bool(value, where))
                    .or(() -> Optional.ofNullable(defaults.protect())).orElse(false);
            Map<String, String> tags = new LinkedHashMap<>();
            String resourceGroupId = null;
            Long projectId = null;
            if (provider == Provider.ALIBABA) {
                tags.putAll(defaults.tags());
                if (defaults.tagsSource() != null) {
                    fieldSources.putIfAbsent("tags", defaults.tagsSource());
                }
                entry(body, "tags").flatMap(value -> tags(value, where)).ifPresent(tags::putAll);
                resourceGroupId = entry(body, "resourceGroupId").flatMap(value -> string(value, where))
                        .orElse(defaults.resourceGroupId());
                if (defaults.resourceGroupIdSource() != null) {
                    fieldSources.putIfAbsent("resourceGroupId", defaults.resourceGroupIdSource());
                }
            } else {
                projectId = entry(body, "projectId").flatMap(value -> integer(value, where))
                        .orElse(defaults.projectId() == null ? 0L : defaults.projectId());
                if (defaults.projectIdSource() != null) {
                    fieldSources.putIfAbsent("projectId", defaults.projectIdSource());
                }
            }
            if (name.isPresent() && key.isPresent()) {
                // With errors of its own, what could be read is still checked by the providers' rules, so that one
                // run reports every mistake; it is never planned.
                keyPairs.add(new DeclaredKeyPair(address, key.get(), tags, resourceGroupId, projectId, protect,
                        body.source(), fieldSources, errors.size() == errorsBefore));
            }
        }

        private void unknownKeyPairField(Provider provider, YamlNode.Entry entry, String where) {
            String message;
            if (PROVIDER_KEY_PAIR_FIELDS.values().stream().anyMatch(set -> set.contains(entry.key()))) {
                Provider owner = PROVIDER_KEY_PAIR_FIELDS.entrySet().stream()
                        .filter(fields -> fields.getValue().contains(entry.key())).findFirst().orElseThrow().getKey();
                message = "'" + entry.key() + "' exists for " + owner.id() + " key pairs only, not " + provider.id();
            } else {
                Set<String> allowed = new LinkedHashSet<>(COMMON_KEY_PAIR_FIELDS);
                allowed.addAll(PROVIDER_KEY_PAIR_FIELDS.get(provider));
                message = "unknown field '" + YamlReader.printable(entry.key()) + "' for " + provider.id()
                        + " key pairs" + DidYouMean.suggestion(entry.key(), allowed);
            }
            errors.add(Diagnostic.of(ToolCode.UNKNOWN_FIELD, message, where, entry.keySource()));
        }

        private Optional<KeySource> keySource(Provider provider, YamlNode.Mapping body, String where) {
            Optional<YamlNode.Entry> inline = entry(body, "publicKey").filter(entry -> !isNull(entry.value()));
            Optional<YamlNode.Entry> file = entry(body, "publicKeyFile").filter(entry -> !isNull(entry.value()));
            Optional<YamlNode.Entry> createEntry = entry(body, "create");
            boolean create = createEntry.flatMap(value -> bool(value, where)).orElse(false);
            Optional<YamlNode.Entry> privateKeyFile = entry(body, "privateKeyFile").filter(e -> !isNull(e.value()));
            List<String> given = new ArrayList<>();
            inline.ifPresent(entry -> given.add("publicKey"));
            file.ifPresent(entry -> given.add("publicKeyFile"));
            if (create) {
                given.add("create");
            }
            if (given.size() > 1) {
                errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "give only one of publicKey, publicKeyFile and"
                        + " create: true; this key pair has " + String.join(" and ", given), where, body.source()));
                return Optional.empty();
            }
            if (privateKeyFile.isPresent() && !create) {
                errors.add(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "privateKeyFile goes with create: true only;"
                        + " an imported key's private half stays with you", where, privateKeyFile.get().keySource()));
                return Optional.empty();
            }
            if (given.isEmpty()) {
                if (createEntry.isEmpty()) {
                    missing("a key pair needs one of publicKey, publicKeyFile or create: true", where, body.source());
                } else {
                    missing("create: false leaves the key pair without a key; give publicKey or publicKeyFile",
                            where, createEntry.get().keySource());
                }
                return Optional.empty();
            }
            if (inline.isPresent()) {
                return string(inline.get(), where).map(KeySource.Inline::new);
            }
            if (file.isPresent()) {
                return string(file.get(), where).flatMap(path -> keyFile(provider, path, where,
                        file.get().value().source()));
            }
            if (privateKeyFile.isEmpty()) {
                missing("create: true needs privateKeyFile, or the generated private key would be lost", where,
                        createEntry.get().keySource());
                return Optional.empty();
            }
            return string(privateKeyFile.get(), where).map(path -> new KeySource.Create(privateKeyPath(path), path));
        }

        private Path privateKeyPath(String declaredPath) {
            if (declaredPath.equals("~") || declaredPath.startsWith("~/")) {
                return Path.of(System.getProperty("user.home")).resolve(declaredPath.substring(1).replaceFirst("^/", ""))
                        .normalize();
            }
            return directory.resolve(declaredPath).toAbsolutePath().normalize();
        }

        /** Containment first, then existence (manifests.md); never quotes the file's content. */
        private Optional<KeySource> keyFile(Provider provider, String declaredPath, String where, Source source) {
            Path path = directory.resolve(declaredPath).toAbsolutePath().normalize();
            KeySource.File known = keyFiles.get(path);
            if (known != null) {
                return Optional.of(known);
            }
            if (!project.contains(path)) {
                errors.add(Diagnostic.of(ToolCode.FILE_OUTSIDE_PROJECT, "publicKeyFile " + declaredPath
                        + " points outside the project " + project.base() + "; keep key files inside it",
                        where, source));
                return Optional.empty();
            }
            String relative = project.relative(path);
            if (!Files.isRegularFile(path)) {
                errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "publicKeyFile " + relative
                        + (Files.isDirectory(path) ? " is a directory" : " does not exist")
                        + " (paths are relative to the manifest's directory)", where, source));
                return Optional.empty();
            }
            try {
                String text = readKeyText(path);
                inputs.add(new ManifestInput(relative, sha256(text.getBytes(StandardCharsets.UTF_8))));
                KeySource.File file = new KeySource.File(relative, text);
                keyFiles.put(path, file);
                return Optional.of(file);
            } catch (CharacterCodingException e) {
                // It exists and was read: its content is what the provider would refuse, as for a manifest.
                errors.add(Diagnostic.of(ProviderRules.malformedKeyCode(provider), "publicKeyFile " + relative
                        + " is not UTF-8 text" + (startsWithUtf16Mark(path) ? " (it is UTF-16: save it as UTF-8)" : "")
                        + "; a public key file is one line of ASCII", where, source));
                return Optional.empty();
            } catch (IOException e) {
                errors.add(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "publicKeyFile " + relative + " cannot be read ("
                        + e.getClass().getSimpleName() + ")", where, source));
                return Optional.empty();
            }
        }

        private static boolean startsWithUtf16Mark(Path path) {
            try (java.io.InputStream in = Files.newInputStream(path)) {
                byte[] mark = in.readNBytes(2);
                return mark.length == 2 && ((mark[0] == (byte) 0xFF && mark[1] == (byte) 0xFE)
                        || (mark[0] == (byte) 0xFE && mark[1] == (byte) 0xFF));
            } catch (IOException e) {
                return false;
            }
        }

        private Optional<Map<String, String>> tags(YamlNode.Entry entry, String where) {
            Optional<YamlNode.Mapping> body = mapping(entry.value(), "tags", where);
            if (body.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> tags = new LinkedHashMap<>();
            for (YamlNode.Entry tag : body.get().entries()) {
                if (isNull(tag.value())) {
                    tags.put(tag.key(), "");
                } else {
                    string(tag, where).ifPresent(value -> tags.put(tag.key(), value));
                }
            }
            return Optional.of(tags);
        }

        // Typed access: each records a ManifestSyntax problem for a value of the wrong type.

        private Optional<YamlNode.Entry> entry(YamlNode.Mapping mapping, String key) {
            // A loop, not a stream: this runs for every field of every entry, mostly on a cold JVM.
            for (YamlNode.Entry entry : mapping.entries()) {
                if (entry.key().equals(key)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        private Optional<YamlNode.Mapping> mapping(YamlNode node, String what, Object where) {
            if (node instanceof YamlNode.Mapping mapping) {
                return Optional.of(mapping);
            }
            syntax(what + " must be a mapping, not " + node.kind(), where, node.source());
            return Optional.empty();
        }

        private Optional<YamlNode.Sequence> sequence(YamlNode node, String what, Object where) {
            if (node instanceof YamlNode.Sequence sequence) {
                return Optional.of(sequence);
            }
            syntax(what + " must be a list, not " + node.kind(), where, node.source());
            return Optional.empty();
        }

        /** Strings, and numbers as written (a tag value 0042 stays 0042); not lists, mappings or booleans. */
        private Optional<String> string(YamlNode.Entry entry, Object where) {
            if (entry.value() instanceof YamlNode.Scalar scalar && switch (scalar.type()) {
                case STRING, INTEGER, FLOAT -> true;
                default -> false;
            }) {
                return Optional.of(scalar.text());
            }
            String hint = entry.value() instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.BOOLEAN
                    ? " (YAML reads yes, no, on, off, true and false as booleans: put the value in quotes)" : "";
            syntax(entry.key() + " must be a string, not " + entry.value().kind() + hint, where,
                    entry.value().source());
            return Optional.empty();
        }

        private Optional<Boolean> bool(YamlNode.Entry entry, Object where) {
            if (entry.value() instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.BOOLEAN) {
                return Optional.of(Boolean.parseBoolean(scalar.text()));
            }
            syntax(entry.key() + " must be true or false, not " + entry.value().kind(), where, entry.value().source());
            return Optional.empty();
        }

        private Optional<Long> integer(YamlNode.Entry entry, Object where) {
            if (entry.value() instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.INTEGER) {
                try {
                    return Optional.of(Long.decode(scalar.text().replace("_", "")));
                } catch (NumberFormatException e) {
                    syntax(entry.key() + " must be a whole number that fits in 64 bits", where, scalar.source());
                    return Optional.empty();
                }
            }
            syntax(entry.key() + " must be a whole number, not " + entry.value().kind(), where, entry.value().source());
            return Optional.empty();
        }

        private boolean isNull(YamlNode node) {
            return node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.NULL;
        }

        private void rejectUnknown(YamlNode.Mapping mapping, Set<String> allowed, String context, Object where) {
            for (YamlNode.Entry entry : mapping.entries()) {
                if (!allowed.contains(entry.key())) {
                    errors.add(Diagnostic.of(ToolCode.UNKNOWN_FIELD, "unknown field '"
                            + YamlReader.printable(entry.key()) + "' " + context
                            + DidYouMean.suggestion(entry.key(), allowed), where == null ? null : where.toString(),
                            entry.keySource()));
                }
            }
        }

        private void syntax(String message, Object where, Source source) {
            errors.add(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, message, where == null ? null : where.toString(), source));
        }

        private void missing(String message, Object where, Source source) {
            errors.add(Diagnostic.of(ErrorCode.MISSING_PARAMETER, message, where == null ? null : where.toString(), source));
        }
    }
}
