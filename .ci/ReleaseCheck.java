import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The release check of .ci/release-check: a Central Portal bundle checked as Maven Central's publishing requirements
 * state them (central.sonatype.org/publish/requirements), and two bundles compared byte for byte.
 *
 * <pre>
 * java .ci/ReleaseCheck.java check BUNDLE.zip --fingerprint=FPR --local-repository=DIR \
 *     --published=a,b,c --shaded=artifactId[:classifier],... [--selftest]
 * java .ci/ReleaseCheck.java compare A.zip B.zip
 * </pre>
 *
 * A plain JDK program (run as a source file, nothing to build): only the JDK and the gpg binary, which verifies each
 * signature independently of the Bouncy Castle signer that made it.
 */
public class ReleaseCheck {
    private static final List<String> SIDECARS = List.of(".asc", ".md5", ".sha1", ".sha256", ".sha512");
    private static final Map<String, String> DIGESTS =
            Map.of(".md5", "MD5", ".sha1", "SHA-1", ".sha256", "SHA-256", ".sha512", "SHA-512");

    /** The selftest checks many copies of one bundle: each file is verified and unzipped once (by identity). */
    private static final Map<byte[], Map<byte[], String>> SIGNERS = new java.util.IdentityHashMap<>();
    private static final Map<byte[], Map<String, byte[]>> ENTRIES = new java.util.IdentityHashMap<>();
    private static final Map<byte[], Map<String, String>> DIGESTED = new java.util.IdentityHashMap<>();
    private static final Map<Path, byte[]> LOCAL = new java.util.HashMap<>();

    private final List<String> problems = new ArrayList<>();
    /** The selftest's checks of broken bundles say nothing but their problems. */
    private boolean quiet;

    public static void main(String[] args) throws Exception {
        ReleaseCheck check = new ReleaseCheck();
        if (args.length == 3 && args[0].equals("compare")) {
            check.compare(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length >= 2 && args[0].equals("check")) {
            Map<String, String> options = new TreeMap<>();
            for (int i = 2; i < args.length; i++) {
                String[] option = args[i].replaceFirst("^--", "").split("=", 2);
                options.put(option[0], option.length > 1 ? option[1] : "");
            }
            Map<String, byte[]> bundle = read(Path.of(args[1]));
            check.check(args[1], bundle, options);
            if (check.problems.isEmpty() && options.containsKey("selftest")) {
                check.selftest(bundle, options);
            }
        } else {
            System.err.println("usage: ReleaseCheck check BUNDLE.zip --fingerprint=FPR --local-repository=DIR"
                    + " --published=a,b --shaded=a[:classifier],... [--selftest] | ReleaseCheck compare A.zip B.zip");
            System.exit(2);
        }
        if (!check.problems.isEmpty()) {
            check.problems.forEach(problem -> System.err.println("release check: " + problem));
            System.exit(1);
        }
    }

    // ---- compare: two clean builds give byte-identical artifacts --------------------------------------------------

    private void compare(Path a, Path b) throws IOException {
        Map<String, byte[]> left = unsigned(read(a));
        Map<String, byte[]> right = unsigned(read(b));
        Set<String> names = new TreeSet<>(left.keySet());
        names.addAll(right.keySet());
        if (names.isEmpty()) {
            problems.add("nothing to compare in " + a + " and " + b);
        }
        int same = 0;
        for (String name : names) {
            if (!left.containsKey(name) || !right.containsKey(name)) {
                problems.add("only in " + (left.containsKey(name) ? a : b) + ": " + name);
            } else if (!MessageDigest.isEqual(left.get(name), right.get(name))) {
                problems.add("differs between the two builds: " + name);
            } else {
                same++;
            }
        }
        say("" + same + " of " + names.size()
                + " files byte-identical in the two builds (signatures aside)");
    }

    /** Signatures are never reproducible (each carries its own time); everything else must be. */
    private static Map<String, byte[]> unsigned(Map<String, byte[]> files) {
        Map<String, byte[]> kept = new TreeMap<>(files);
        kept.keySet().removeIf(name -> name.endsWith(".asc") || name.contains(".asc."));
        return kept;
    }

    // ---- check: the bundle as Central's rules state them ---------------------------------------------------------

    private void check(String bundle, Map<String, byte[]> files, Map<String, String> options) throws Exception {
        Map<String, Coordinates> components = new TreeMap<>();
        int signed = 0;
        Path unpacked = Files.createTempDirectory("release-check");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                String name = file.getKey();
                String sidecar = sidecarOf(name);
                if (sidecar != null) {
                    String main = name.substring(0, name.length() - sidecar.length());
                    if (!files.containsKey(main) && !main.endsWith(".asc")) {
                        problems.add(name + ": no " + main + " beside it");
                    }
                    continue;
                }
                Coordinates coordinates = Coordinates.of(name);
                if (coordinates == null) {
                    problems.add(name + ": not groupId/artifactId/version/artifactId-version[-classifier].extension");
                    continue;
                }
                components.putIfAbsent(coordinates.key(), coordinates);
                checkChecksums(files, name);
                if (verifySignature(files, name, unpacked, options.getOrDefault("fingerprint", ""))) {
                    signed++;
                }
            }
        } finally {
            try (var walk = Files.walk(unpacked)) {
                walk.sorted((x, y) -> y.compareTo(x)).forEach(path -> path.toFile().delete());
            }
        }

        Set<String> published = new TreeSet<>();
        for (Coordinates component : components.values()) {
            published.add(component.artifactId());
            if (component.version().endsWith("-SNAPSHOT")) {
                problems.add(component.key() + ": a SNAPSHOT version, which Central does not take in a bundle");
            }
        }
        Set<String> expected = new TreeSet<>(List.of(options.getOrDefault("published", "").split(",")));
        if (!published.equals(expected)) {
            problems.add("the bundle holds " + published + ", the published modules are " + expected);
        }
        Map<String, Element> poms = new TreeMap<>();
        for (Coordinates component : components.values()) {
            byte[] pom = files.get(component.path("", "pom"));
            if (pom == null) {
                problems.add(component.key() + ": no POM");
            } else {
                poms.put(component.key(), parse(pom));
            }
        }
        for (Coordinates component : components.values()) {
            Element pom = poms.get(component.key());
            if (pom != null) {
                checkPom(component, pom, poms, files);
            }
        }
        Path localRepository = Path.of(options.getOrDefault("local-repository",
                System.getProperty("user.home") + "/.m2/repository"));
        for (String shaded : options.getOrDefault("shaded", "").split(",")) {
            if (!shaded.isBlank()) {
                checkShadedJar(shaded, components, files, localRepository);
            }
        }
        if (problems.isEmpty()) {
            say("" + bundle + ": " + components.size() + " components "
                    + published + ", " + signed + " files signed, checksummed and laid out as Central takes them");
        }
    }

    private void checkChecksums(Map<String, byte[]> files, String name) throws Exception {
        for (Map.Entry<String, String> digest : DIGESTS.entrySet()) {
            byte[] sum = files.get(name + digest.getKey());
            boolean required = digest.getKey().equals(".md5") || digest.getKey().equals(".sha1");
            if (sum == null) {
                if (required) {
                    problems.add(name + ": no " + digest.getKey() + " checksum");
                }
                continue;
            }
            String stated = new String(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0].toLowerCase();
            String actual = digest(files.get(name), digest.getValue());
            if (!stated.equals(actual)) {
                problems.add(name + digest.getKey() + ": says " + stated + ", the file's is " + actual);
            }
        }
    }

    /** gpg --verify, whose VALIDSIG line names the key that made a good signature. */
    private boolean verifySignature(Map<String, byte[]> files, String name, Path dir, String fingerprint)
            throws IOException, InterruptedException {
        byte[] signature = files.get(name + ".asc");
        if (signature == null) {
            problems.add(name + ": no .asc signature");
            return false;
        }
        Map<byte[], String> known = SIGNERS.computeIfAbsent(files.get(name), data -> new java.util.IdentityHashMap<>());
        if (!known.containsKey(signature)) {
            Path data = dir.resolve(name.replace('/', '_'));
            Path asc = dir.resolve(data.getFileName() + ".asc");
            Files.write(data, files.get(name));
            Files.write(asc, signature);
            Process gpg = new ProcessBuilder("gpg", "--batch", "--status-fd", "1", "--verify", asc.toString(),
                    data.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String status = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean good = gpg.waitFor() == 0;
            known.put(signature, status.lines().filter(line -> good && line.startsWith("[GNUPG:] VALIDSIG "))
                    .map(line -> line.split(" ")[2]).findFirst().orElse(null));
        }
        String signer = known.get(signature);
        if (signer == null) {
            problems.add(name + ".asc: does not verify (gpg --verify)");
            return false;
        }
        if (!fingerprint.isEmpty() && !signer.equalsIgnoreCase(fingerprint)) {
            problems.add(name + ".asc: signed by " + signer + ", not by " + fingerprint);
            return false;
        }
        return true;
    }

    private void checkPom(Coordinates component, Element pom, Map<String, Element> poms, Map<String, byte[]> files)
            throws IOException {
        String key = component.key();
        Element parent = child(pom, "parent");
        String groupId = text(pom, "groupId", parent == null ? null : text(parent, "groupId", null));
        String version = text(pom, "version", parent == null ? null : text(parent, "version", null));
        if (!component.groupId().equals(groupId) || !component.artifactId().equals(text(pom, "artifactId", null))
                || !component.version().equals(version)) {
            problems.add(key + ": the POM says " + groupId + ":" + text(pom, "artifactId", null) + ":" + version);
        }
        // name is not inherited in Maven: each POM carries its own.
        if (text(pom, "name", "").isBlank()) {
            problems.add(key + ": no <name> in its POM");
        }
        List<Element> chain = chain(key, pom, poms);
        require(key, chain, "description", element -> !element.getTextContent().isBlank());
        require(key, chain, "url", element -> !element.getTextContent().isBlank());
        require(key, chain, "licenses", element -> children(element, "license").stream()
                .anyMatch(license -> !text(license, "name", "").isBlank() && !text(license, "url", "").isBlank()));
        require(key, chain, "developers", element -> children(element, "developer").stream()
                .anyMatch(developer -> !text(developer, "name", "").isBlank()));
        require(key, chain, "scm", element -> !text(element, "url", "").isBlank()
                && !text(element, "connection", "").isBlank());
        if (!files.containsKey(component.path("-cyclonedx", "json"))) {
            problems.add(key + ": no CycloneDX SBOM (-cyclonedx.json)");
        } else {
            checkSbomSubject(component, files);
        }
        String packaging = text(pom, "packaging", "jar");
        if (packaging.equals("pom")) {
            return;
        }
        if (!files.containsKey(component.path("", "jar"))) {
            problems.add(key + ": packaging " + packaging + " but no " + component.path("", "jar"));
        }
        byte[] sources = files.get(component.path("-sources", "jar"));
        byte[] javadoc = files.get(component.path("-javadoc", "jar"));
        if (sources == null || entries(sources).keySet().stream().noneMatch(name -> name.endsWith(".java"))) {
            problems.add(key + ": no sources jar with the sources in it");
        }
        if (javadoc == null || !entries(javadoc).containsKey("index.html")) {
            problems.add(key + ": no javadoc jar with the Javadoc in it");
        }
    }

    private void checkSbomSubject(Coordinates component, Map<String, byte[]> files) {
        byte[] sbom = files.get(component.path("-cyclonedx", "json"));
        Map<?, ?> bom = (Map<?, ?>) Json.parse(new String(sbom, StandardCharsets.UTF_8));
        Map<?, ?> subject = (Map<?, ?>) ((Map<?, ?>) bom.get("metadata")).get("component");
        if (!"CycloneDX".equals(bom.get("bomFormat")) || subject == null
                || !component.groupId().equals(subject.get("group"))
                || !component.artifactId().equals(subject.get("name"))
                || !component.version().equals(subject.get("version"))) {
            problems.add(component.key() + ": its SBOM does not describe it");
        }
    }

    /** The POM and its parents, as far as the bundle holds them (a parent outside the bundle is a problem). */
    private List<Element> chain(String key, Element pom, Map<String, Element> poms) {
        List<Element> chain = new ArrayList<>(List.of(pom));
        for (Element parent = child(pom, "parent"); parent != null; ) {
            String parentKey = text(parent, "groupId", "") + ":" + text(parent, "artifactId", "") + ":"
                    + text(parent, "version", "");
            Element parentPom = poms.get(parentKey);
            if (parentPom == null) {
                problems.add(key + ": its parent " + parentKey + " is not in the bundle");
                break;
            }
            chain.add(parentPom);
            parent = child(parentPom, "parent");
        }
        return chain;
    }

    /** An element declared by the POM or inherited; an inherited url or scm must not get the artifactId appended. */
    private void require(String key, List<Element> chain, String name, java.util.function.Predicate<Element> valid) {
        for (int level = 0; level < chain.size(); level++) {
            Element element = child(chain.get(level), name);
            if (element == null) {
                continue;
            }
            if (!valid.test(element)) {
                problems.add(key + ": <" + name + "> is incomplete");
            } else if (level > 0 && name.equals("url")
                    && !"false".equals(chain.get(level).getAttribute("child.project.url.inherit.append.path"))) {
                problems.add(key + ": inherits <url> with its artifactId appended (a page that does not exist)");
            } else if (level > 0 && name.equals("scm")
                    && !"false".equals(element.getAttribute("child.scm.url.inherit.append.path"))) {
                problems.add(key + ": inherits <scm> with its artifactId appended (a path that does not exist)");
            }
            return;
        }
        problems.add(key + ": no <" + name + "> in its POM or its parents'");
    }

    // ---- --selftest: the check refuses a bundle that breaks each rule ----------------------------------------------

    /** Breaks a bundle that passed one rule at a time: the check must name each breach, or it checks nothing. */
    private void selftest(Map<String, byte[]> good, Map<String, String> options) throws Exception {
        Coordinates plugin = good.keySet().stream().map(Coordinates::of)
                .filter(c -> c != null && c.artifactId().equals("keypairs-maven-plugin")).findFirst().orElseThrow();
        Coordinates parent = new Coordinates(plugin.groupId(), "keypairs-parent", plugin.version(), "", "pom");
        Coordinates engine = new Coordinates(plugin.groupId(), "keypairs-engine", plugin.version(), "", "jar");
        Map<String, java.util.function.Consumer<Map<String, byte[]>>> breaches = new LinkedHashMap<>();
        breaches.put("no .asc signature", files -> files.remove(plugin.path("", "jar") + ".asc"));
        breaches.put("does not verify", files -> files.put(engine.path("", "jar") + ".asc",
                files.get(engine.path("-sources", "jar") + ".asc")));
        breaches.put(".sha1: says", files -> files.put(engine.path("", "jar") + ".sha1",
                files.get(engine.path("-sources", "jar") + ".sha1")));
        breaches.put("no .md5 checksum", files -> files.remove(engine.path("", "pom") + ".md5"));
        breaches.put("no javadoc jar", files -> files.remove(engine.path("-javadoc", "jar")));
        breaches.put("no <developers>", files -> edit(files, parent.path("", "pom"),
                pom -> pom.replaceAll("(?s)<developers>.*</developers>", "")));
        breaches.put("with its artifactId appended", files -> edit(files, parent.path("", "pom"),
                pom -> pom.replace("child.project.url.inherit.append.path=\"false\"", "")));
        breaches.put("no CycloneDX SBOM", files -> files.remove(engine.path("-cyclonedx", "json")));
        breaches.put("from nothing its SBOM lists", files -> edit(files, plugin.path("-cyclonedx", "json"),
                sbom -> sbom.replace("\"name\" : \"jackson-core\"", "\"name\" : \"jackson-core-unlisted\"")));
        breaches.put("the bundle holds", files -> files.put(
                plugin.path("", "jar").replace("keypairs-maven-plugin", "keypairs-benchmarks"), new byte[0]));
        breaches.put("SNAPSHOT", files -> {
            Map<String, byte[]> renamed = new TreeMap<>();
            files.forEach((name, bytes) -> renamed.put(name.replace("/" + plugin.version() + "/",
                    "/" + plugin.version() + "-SNAPSHOT/").replace("-" + plugin.version(),
                    "-" + plugin.version() + "-SNAPSHOT"), bytes));
            files.clear();
            files.putAll(renamed);
        });
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, java.util.function.Consumer<Map<String, byte[]>>> breach : breaches.entrySet()) {
            Map<String, byte[]> files = new TreeMap<>(good);
            breach.getValue().accept(files);
            ReleaseCheck check = new ReleaseCheck();
            check.quiet = true;
            check.check("a broken bundle", files, options);
            if (check.problems.stream().noneMatch(problem -> problem.contains(breach.getKey()))) {
                missed.add(breach.getKey() + " (found: " + check.problems + ")");
            }
        }
        missed.forEach(breach -> problems.add("the check let a bundle through that it must refuse: " + breach));
        if (missed.isEmpty()) {
            System.out.println("release check: refuses each of " + breaches.size() + " broken bundles " + breaches.keySet());
        }
    }

    private static void edit(Map<String, byte[]> files, String name, java.util.function.UnaryOperator<String> change) {
        String before = new String(files.get(name), StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("selftest: nothing to change in " + name);
        }
        files.put(name, after.getBytes(StandardCharsets.UTF_8));
    }

    // ---- the shaded jars: their SBOM lists what is inside ----------------------------------------------------------

    /**
     * Both ways: every dependency the module's SBOM lists is inside the shaded jar (all its classes, from the very file
     * whose SHA-256 the SBOM gives), and every class or resource inside comes from a listed dependency or from the
     * module itself (its sources jar, its own META-INF/maven entries).
     */
    private void checkShadedJar(String spec, Map<String, Coordinates> components, Map<String, byte[]> files,
            Path localRepository) throws Exception {
        String[] parts = spec.split(":", 2);
        Coordinates module = components.values().stream().filter(c -> c.artifactId().equals(parts[0])).findFirst()
                .orElse(null);
        if (module == null) {
            problems.add(spec + ": not in the bundle");
            return;
        }
        String classifier = parts.length > 1 ? "-" + parts[1] : "";
        byte[] jar = files.get(module.path(classifier, "jar"));
        byte[] sbom = files.get(module.path("-cyclonedx", "json"));
        byte[] sources = files.get(module.path("-sources", "jar"));
        if (jar == null || sbom == null || sources == null) {
            problems.add(spec + ": the shaded jar, its SBOM or its sources jar is missing");
            return;
        }
        Map<String, byte[]> inside = entries(jar);
        int problemsBefore = problems.size();
        Set<String> accounted = new TreeSet<>();
        List<?> listed = (List<?>) ((Map<?, ?>) Json.parse(new String(sbom, StandardCharsets.UTF_8)))
                .get("components");
        for (Object item : listed) {
            Map<?, ?> dependency = (Map<?, ?>) item;
            String group = (String) dependency.get("group");
            String name = (String) dependency.get("name");
            String version = (String) dependency.get("version");
            String id = group + ":" + name + ":" + version;
            Coordinates sibling = new Coordinates(group, name, version, "", "jar");
            byte[] file = files.get(sibling.path("", "jar"));
            if (file == null) {
                Path local = localRepository.resolve(group.replace('.', '/')).resolve(name).resolve(version)
                        .resolve(name + "-" + version + ".jar");
                file = Files.exists(local) ? LOCAL.computeIfAbsent(local, ReleaseCheck::readAll) : null;
            }
            if (file == null) {
                problems.add(spec + ": its SBOM lists " + id + ", whose jar is neither in the bundle nor in "
                        + localRepository);
                continue;
            }
            String sha256 = digest(file, "SHA-256");
            boolean hashed = ((List<?>) dependency.get("hashes")).stream().map(hash -> (Map<?, ?>) hash)
                    .anyMatch(hash -> "SHA-256".equals(hash.get("alg")) && sha256.equals(hash.get("content")));
            if (!hashed) {
                problems.add(spec + ": its SBOM gives " + id + " a SHA-256 other than its jar's");
            }
            int missing = 0;
            for (String entry : entries(file).keySet()) {
                accounted.add(entry);
                if (entry.endsWith(".class") && !entry.endsWith("module-info.class") && !inside.containsKey(entry)) {
                    missing++;
                }
            }
            if (missing > 0) {
                problems.add(spec + ": its SBOM lists " + id + ", but " + missing + " of its classes are not inside");
            }
        }
        Set<String> own = entries(sources).keySet();
        String ownMetadata = "META-INF/maven/" + module.groupId() + "/" + module.artifactId() + "/";
        int unlisted = 0;
        for (String entry : inside.keySet()) {
            boolean isOwn = own.contains(entry) || entry.startsWith(ownMetadata)
                    || entry.equals("META-INF/MANIFEST.MF") || entry.equals("META-INF/maven/plugin.xml")
                    || (entry.endsWith(".class") && own.contains(entry.replaceFirst("(\\$[^/]*)?\\.class$", ".java")));
            if (!isOwn && !accounted.contains(entry)) {
                if (unlisted++ < 10) {
                    problems.add(spec + ": " + entry + " is inside, but from nothing its SBOM lists");
                }
            }
        }
        if (problems.size() == problemsBefore) {
            say("" + module.path(classifier, "jar") + ": its SBOM's " + listed.size()
                    + " dependencies are what it holds (" + inside.size() + " entries)");
        }
    }

    // ---- reading -----------------------------------------------------------------------------------------------------

    private void say(String line) {
        if (!quiet) {
            System.out.println("release check: " + line);
        }
    }

    private static String digest(byte[] data, String algorithm) {
        return DIGESTED.computeIfAbsent(data, d -> new TreeMap<>()).computeIfAbsent(algorithm, a -> {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance(a).digest(data));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static byte[] readAll(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sidecarOf(String name) {
        return SIDECARS.stream().filter(name::endsWith).findFirst().orElse(null);
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip)) {
            return entries(in.readAllBytes());
        }
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> known = ENTRIES.get(zip);
        if (known != null) {
            return known;
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        ENTRIES.put(zip, entries);
        return entries;
    }

    private static Element parse(byte[] pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(pom)).getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                found.add((Element) node);
            }
        }
        return found;
    }

    private static String text(Element parent, String name, String otherwise) {
        Element element = child(parent, name);
        return element == null ? otherwise : element.getTextContent().trim();
    }

    /** A file of the bundle by the repository layout: group/path/artifactId/version/artifactId-version[-c].ext. */
    record Coordinates(String groupId, String artifactId, String version, String classifier, String extension) {
        static Coordinates of(String path) {
            String[] segments = path.split("/");
            if (segments.length < 4) {
                return null;
            }
            String artifactId = segments[segments.length - 3];
            String version = segments[segments.length - 2];
            String file = segments[segments.length - 1];
            String prefix = artifactId + "-" + version;
            if (!file.startsWith(prefix) || file.length() == prefix.length()) {
                return null;
            }
            String rest = file.substring(prefix.length());
            int dot = rest.indexOf('.');
            if (dot < 0 || (dot > 0 && rest.charAt(0) != '-')) {
                return null;
            }
            String groupId = String.join(".", List.of(segments).subList(0, segments.length - 3));
            return new Coordinates(groupId, artifactId, version, rest.substring(0, dot), rest.substring(dot + 1));
        }

        String key() {
            return groupId + ":" + artifactId + ":" + version;
        }

        String path(String classifier, String extension) {
            return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version
                    + classifier + "." + extension;
        }
    }

    /** Just enough JSON for an SBOM: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("JSON: trailing text at " + json.at);
            }
            return value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    object.put(key, value());
                    space();
                } while (text.charAt(at++) == ',');
                if (text.charAt(at - 1) != '}') {
                    throw new IllegalArgumentException("JSON: } expected at " + (at - 1));
                }
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                do {
                    array.add(value());
                    space();
                } while (text.charAt(at++) == ',');
                if (text.charAt(at - 1) != ']') {
                    throw new IllegalArgumentException("JSON: ] expected at " + (at - 1));
                }
                return array;
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("true", "false", "null")) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("JSON: unexpected " + c + " at " + at);
            }
            return Double.valueOf(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c; (c = text.charAt(at++)) != '"'; ) {
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
            return out.toString();
        }

        private void expect(char c) {
            if (text.charAt(at) != c) {
                throw new IllegalArgumentException("JSON: " + c + " expected at " + at);
            }
            at++;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
