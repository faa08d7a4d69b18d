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
        this.patterns = globs.stream().map(TargetFilter::compile).toList();
    }

    /** The filter of these globs; blank ones are ignored. */
    public static TargetFilter of(List<String> globs) {
        return new TargetFilter(globs.stream().map(String::strip).filter(glob -> !glob.isEmpty()).toList());
    }

    /** Whether globs were given: without any, everything is in scope. */
    public boolean isSet() {
        return !globs.isEmpty();
    }

    /** The globs, in order, that match none of these addresses. */
    public List<String> matchingNone(Collection<Address> addresses) {
        List<String> none = new ArrayList<>();
        for (int i = 0; i < globs.size(); i++) {
            Pattern pattern = patterns.get(i);
            if (addresses.stream().noneMatch(address -> pattern.matcher(address.toString()).matches())) {
                none.add(globs.get(i));
            }
        }
        return none;
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
        if (glob.chars().filter(c -> c == '/').count() == 1) {
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
        return globs.isEmpty() || globs.stream().anyMatch(glob -> {
            String[] segments = glob.split("/", 3);
            return segments.length >= 2 && region.toString().matches(regex(segments[0] + "/" + segments[1]));
        });
    }

    /** Whether an address is in scope. */
    public boolean targets(Address address) {
        return patterns.isEmpty() || patterns.stream().anyMatch(pattern -> pattern.matcher(address.toString()).matches());
    }
}
