package dev.keypairs.emulator.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The named parameters of a request (a query string, an HTML form, or both), decoded. A name given twice with
 * different values is refused: which one a provider would take is undocumented, and a client that sends both
 * has a bug worth hearing about.
 */
public final class Parameters {

    /** How many parameters one request may carry; far above any documented call's. */
    public static final int MAX_COUNT = 2_000;

    private final Map<String, String> values;

    private Parameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** No parameters. */
    public static Parameters none() {
        return new Parameters(new LinkedHashMap<>());
    }

    /**
     * Reads {@code name=value&...} as a query string or an HTML form body has it.
     *
     * @throws WireException {@link ProtocolCode#MALFORMED_PARAMETERS} for bad percent-encoding, too many
     *     parameters, or a name given twice with different values
     */
    public static Parameters parse(String encoded) throws WireException {
        return none().with(encoded);
    }

    /** These parameters and those of {@code encoded}, by the rules of {@link #parse}. */
    public Parameters with(String encoded) throws WireException {
        LinkedHashMap<String, String> merged = new LinkedHashMap<>(values);
        if (encoded.isEmpty()) {
            return this;
        }
        int start = 0;
        while (start <= encoded.length()) {
            int end = encoded.indexOf('&', start);
            if (end < 0) {
                end = encoded.length();
            }
            String pair = encoded.substring(start, end);
            start = end + 1;
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            put(merged, name, value);
        }
        return new Parameters(merged);
    }

    private static void put(Map<String, String> into, String name, String value) throws WireException {
        String earlier = into.putIfAbsent(name, value);
        if (earlier != null && !earlier.equals(value)) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                    "The parameter " + name + " is given twice, with different values.");
        }
        if (into.size() > MAX_COUNT) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                    "The request carries more than " + MAX_COUNT + " parameters.");
        }
    }

    private static String decode(String text) throws WireException {
        try {
            return PercentCoding.decode(text);
        } catch (PercentCoding.MalformedInputException e) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                    "The parameters are not valid percent-encoding: " + e.getMessage() + ".");
        }
    }

    /** The value of a parameter, when given. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of a parameter, or null when not given. */
    public String orNull(String name) {
        return values.get(name);
    }

    /** Every name, in the order first given. */
    public Set<String> names() {
        return values.keySet();
    }

    /** The parameters sorted by name, as the canonical strings of the signatures take them. */
    public Map<String, String> sorted() {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
