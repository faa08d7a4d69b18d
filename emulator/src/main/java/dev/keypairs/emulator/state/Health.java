package dev.keypairs.emulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.wire.Documents;
import java.util.List;
import java.util.Objects;

/**
 * What {@code GET /_keypairs/health} answers: {@code {"status", "version", "store", "providers"}}.
 *
 * @param status where the emulator is in its life
 * @param version the release of keypairs serving, as its jar carries it
 * @param store the store behind both APIs, redacted (never a password)
 * @param providers the providers served, by their ids
 */
public record Health(Readiness.Status status, String version, String store, List<String> providers) {

    public Health {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(store, "store");
        providers = List.copyOf(providers);
    }

    /** Whether the emulator serves: 200 then, 503 while starting or stopping. */
    public boolean ready() {
        return status == Readiness.Status.READY;
    }

    /** The HTTP status health answers with. */
    public int httpStatus() {
        return ready() ? 200 : 503;
    }

    /** The JSON document, its fields in the order above. */
    public ObjectNode document() {
        ObjectNode document = Documents.object();
        document.put("status", status.word());
        document.put("version", version);
        document.put("store", store);
        providers.forEach(document.putArray("providers")::add);
        return document;
    }
}
