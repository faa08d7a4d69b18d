package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Authorization} header of the two header-signed schemes (ACS3 and TC3), read into its
 * {@code Name=value} fields: both share this form, so they share its parsing and its refusals.
 *
 * @param scheme the scheme the header names
 * @param fields the fields after the scheme's name, by name
 */
record AuthorizationHeader(SignatureScheme scheme, Map<String, String> fields) {

    AuthorizationHeader {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * The request's header, read as {@code SCHEME Name=value,Name=value,...}.
     *
     * @throws WireException {@code MALFORMED_SIGNATURE} when it is missing, names another scheme, or a field is
     *     not {@code Name=value} or repeats
     */
    static AuthorizationHeader read(WireRequest request, SignatureScheme scheme) throws WireException {
        String name = scheme.wireName();
        String header = request.header("authorization").orElse("");
        if (!header.startsWith(name + " ")) {
            throw notInForm(name);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : header.substring(name.length() + 1).split(",", -1)) {
            String trimmed = part.strip();
            int equals = trimmed.indexOf('=');
            if (equals <= 0 || fields.putIfAbsent(trimmed.substring(0, equals), trimmed.substring(equals + 1)) != null) {
                throw notInForm(name);
            }
        }
        return new AuthorizationHeader(scheme, fields);
    }

    /**
     * A field's value.
     *
     * @throws WireException {@code MALFORMED_SIGNATURE} when it is missing or empty
     */
    String field(String name) throws WireException {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new WireException(ProtocolCode.MALFORMED_SIGNATURE, "The Authorization header has no " + name + ".");
        }
        return value;
    }

    /**
     * The {@code SignedHeaders} list: lowercase names, each present in the request, covering those required,
     * as a signature leaving one out would let it be changed in transit.
     *
     * @throws WireException {@code MALFORMED_SIGNATURE} when the field is missing or the list is not so
     */
    List<String> signedHeaders(List<String> required, WireRequest request) throws WireException {
        String list = field("SignedHeaders");
        List<String> names = List.of(list.split(";", -1));
        for (String name : names) {
            if (name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT))) {
                throw new WireException(ProtocolCode.MALFORMED_SIGNATURE,
                        "SignedHeaders '" + list + "' is not a list of lowercase header names separated by ';'.");
            }
            if (request.header(name).isEmpty()) {
                throw new WireException(ProtocolCode.MALFORMED_SIGNATURE,
                        "SignedHeaders names " + name + ", which the request does not carry.");
            }
        }
        for (String name : required) {
            if (!names.contains(name)) {
                throw new WireException(ProtocolCode.MALFORMED_SIGNATURE,
                        "SignedHeaders '" + list + "' leaves out " + name + ", which the signature must cover.");
            }
        }
        return names;
    }

    private static WireException notInForm(String scheme) {
        return new WireException(ProtocolCode.MALFORMED_SIGNATURE, "The Authorization header is not " + scheme
                + " Credential=...,SignedHeaders=...,Signature=...");
    }
}
