package dev.keypairs.provider;

import dev.keypairs.keys.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * Everything one validation call found about one key pair request.
 *
 * @param publicKey the public key read from the request, when it was given and could be read
 * @param errors every problem, in the order the request's parameters are documented; empty when valid
 */
public record ValidationResult(Optional<PublicKey> publicKey, List<ApiError> errors) {

    public ValidationResult {
        errors = List.copyOf(errors);
    }

    /** Whether the provider would accept the request. */
    public boolean isValid() {
        return errors.isEmpty();
    }
}
