package dev.keypairs.apply;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into consecutive batches of at most a provider's largest batch. */
final class Batches {

    private Batches() {
    }

    static <T> List<List<T>> of(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            batches.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return batches;
    }
}
