package dev.keypairs.plan;

import dev.keypairs.project.Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code keypairs.target}: address globs, {@code *} matching within one segment ({@code alibaba/*\/ci-*}). A
 * region's address ({@code alibaba/cn-hangzhou}) targets every key pair of that region. No globs: everything.
 */
public final class TargetFilter {

    private final List<String> globs;
    private final List<Pattern> patterns;

    private TargetFilter(List<String> globs) {
        this.globs = globs;
        // Plain loops, not lambdas or streams: each lambda is linked on first use, and a goal runs once on a cold
        // JVM (performance.md); targets() runs for every key pair.
        List<Pattern> compiled = new ArrayList<>(globs.size());
        for (String glob : globs) {
            compiled.add(compile(glob));
        }
        this.patterns = compiled;
    }

    /** The filter of these globs; blank ones are ignored. */
    public static TargetFilter of(List<String> globs) {
        List<String> given = new ArrayList<>(globs.size());
        for (String glob : globs) {
            String stripped = glob.strip();
            if (!stripped.isEmpty()) {
                given.add(stripped);
            }
        }
        return new TargetFilter(given);
    }

    /** Whether globs were given: without any, everything is in scope. */
    public boolean isSet() {
        return !globs.isEmpty();
    }

    /** The globs, in order, that match none of these addresses. */
    public List<String> matchingNone(Collection<Address> addresses) {
        List<String> none = new ArrayList<>();
        for (int i = 0; i < globs.size(); i++) {
            if (!matchesAny(patterns.get(i), addresses)) {
                none.add(globs.get(i));
            }
        }
        return none;
    }

    private static boolean matchesAny(Pattern pattern, Collection<Address> addresses) {
        for (Address address : addresses) {
            if (pattern.matcher(address.toString()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A glob's pattern: {@code *} matches any run of characters within one segment (no {@code /}). */
    public static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        String[] parts = glob.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[^/]*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return regex.toString();
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder(regex(glob));
        // A glob of two segments names a region: it targets the key pairs in it.
        int slash = glob.indexOf('/');
        if (slash >= 0 && slash == glob.lastIndexOf('/')) {
            regex.append("(/.*)?");
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /**
     * Whether a region is in scope: some glob matches its address or could match a key pair's in it (its first two
     * segments match the region's). No globs: every region. Decided before the region is read, so that a run reads,
     * and needs the credentials of, only the regions its targets cover.
     */
    public boolean covers(Address region) {
        if (globs.isEmpty()) {
            return true;
        }
        String text = region.toString();
        for (String glob : globs) {
            String[] segments = glob.split("/", 3);
            if (segments.length >= 2 && text.matches(regex(segments[0] + "/" + segments[1]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an address is in scope. */
    public boolean targets(Address address) {
        if (patterns.isEmpty()) {
            return true;
        }
        String text = address.toString();
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
