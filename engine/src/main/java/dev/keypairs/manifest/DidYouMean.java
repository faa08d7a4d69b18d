package dev.keypairs.manifest;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known word a misspelt one was probably meant to be. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The closest known word, if it is close enough to be a likely misspelling: at most a third of its
     * letters differ (case ignored), and at least one.
     */
    public static Optional<String> closest(String word, Collection<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        return known.stream()
                .map(candidate -> new Scored(candidate, distance(lower, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance <= Math.max(1, scored.word.length() / 3))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::word))
                .map(Scored::word);
    }

    /** A "did you mean" clause for a message, or nothing. */
    public static String suggestion(String word, Collection<String> known) {
        return closest(word, known).map(found -> "; did you mean '" + found + "'?").orElse("");
    }

    /**
     * A message with the suggestion for a misspelt word after it: a message that ends its sentence gets the
     * suggestion as a sentence of its own ({@code "... not a Tencent Cloud region. Did you mean 'x'?"}).
     */
    public static String appendTo(String message, String word, Collection<String> known) {
        return closest(word, known).map(found -> message.endsWith(".")
                ? message + " Did you mean '" + found + "'?" : message + "; did you mean '" + found + "'?")
                .orElse(message);
    }


    private record Scored(String word, int distance) {
    }

    /** Optimal string alignment distance: Levenshtein with transpositions, for typical typos. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
