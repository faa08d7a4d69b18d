package dev.keypairs.provider;

import dev.keypairs.keys.KeyReading;
import dev.keypairs.keys.KeyType;
import dev.keypairs.keys.PublicKey;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * The documented stateless rules of one provider's key pair API: what a request may hold, whatever the account
 * holds. The account model ({@code dev.keypairs.store.account}) enforces them, the planner predicts them; both
 * call these methods, so the rules live here once.
 */
public abstract sealed class ProviderRules permits AlibabaRules, TencentRules {

    private final RegionCatalogue regions;

    ProviderRules(RegionCatalogue regions) {
        this.regions = regions;
    }

    /** The rules of a provider with its built-in region catalogue: {@link Rules#builtIn()} holds both. */
    static ProviderRules of(Provider provider) {
        return of(provider, RegionCatalogue.builtIn(provider));
    }

    /** The rules of a provider with the given region catalogue: {@link Rules#with} is how others get them. */
    static ProviderRules of(Provider provider, RegionCatalogue regions) {
        if (regions.provider() != provider) {
            throw new IllegalArgumentException("a " + regions.provider() + " catalogue given for " + provider);
        }
        return switch (provider) {
            case ALIBABA -> new AlibabaRules(regions);
            case TENCENT -> new TencentRules(regions);
        };
    }

    /** The provider these rules are of. */
    public abstract Provider provider();

    /** The regions the provider has. */
    public RegionCatalogue regions() {
        return regions;
    }

    /** The number of key pairs a region holds unless the store sets another (Alibaba: always 500). */
    public abstract int defaultQuota();

    /** The largest page DescribeKeyPairs returns ({@code PageSize} ≤ 50, {@code Limit} ≤ 100). */
    public abstract int maxDescribePageSize();

    /** The most key pairs DeleteKeyPairs takes in one call (100 names or KeyIds). */
    public abstract int maxDeleteBatch();

    /**
     * The most key pairs one call changes the tags of: Alibaba's TagResources and UntagResources take 50; Tencent's
     * ModifyResourceTags one.
     */
    public abstract int maxTagBatch();

    /** A call's documented rate limit per second, where there is one (Tencent: 10 for CVM's calls, 20 for tags). */
    public abstract OptionalInt requestsPerSecond(ApiCall call);

    /** Whether a region refuses the same public key under a second name (Tencent: {@code InvalidPublicKey.Duplicate}). */
    public abstract boolean publicKeysUniquePerRegion();

    /**
     * The error for a public key the region holds already under another name; only where
     * {@link #publicKeysUniquePerRegion()}.
     */
    public abstract ApiError publicKeyTaken(String regionId, String holderName);

    /** The error for a call beyond its documented rate; only where {@link #requestsPerSecond} has one. */
    public abstract ApiError requestLimitExceeded(ApiCall call);

    /** The key types ImportKeyPair accepts. */
    public abstract Set<KeyType> acceptedKeyTypes();

    /** The code for a public key the provider refuses ({@code *.Malformed}). */
    public ErrorCode malformedKeyCode() {
        return malformedKeyCode(provider());
    }

    /**
     * The code for a public key the provider refuses: Alibaba {@code InvalidPublicKeyBody.Malformed}, Tencent
     * {@code InvalidPublicKey.Malformed}.
     */
    public static ErrorCode malformedKeyCode(Provider provider) {
        return switch (provider) {
            case ALIBABA -> ErrorCode.INVALID_PUBLIC_KEY_BODY_MALFORMED;
            case TENCENT -> ErrorCode.INVALID_PUBLIC_KEY_MALFORMED;
        };
    }

    /**
     * Every problem the provider would report for this request, not only the first.
     *
     * @throws IllegalArgumentException when the request is of another provider
     */
    public abstract ValidationResult validate(KeyPairRequest request);

    /** The problems of a region id: missing, or not in the catalogue. */
    public abstract Optional<ApiError> checkRegion(String regionId);

    /** The problems of a key pair name; the name must not be null. */
    public abstract List<ApiError> checkName(String name);

    /**
     * The problems of a DescribeKeyPairs page: a page number from 1 and a page size from 1 to
     * {@link #maxDescribePageSize()} (Tencent's {@code Offset} is {@code (pageNumber - 1) * pageSize}).
     */
    public abstract Optional<ApiError> checkDescribePage(int pageNumber, int pageSize);

    /**
     * The problems of a DeleteKeyPairs batch: at least one and at most {@link #maxDeleteBatch()} names
     * (Alibaba) or KeyIds (Tencent).
     */
    public abstract Optional<ApiError> checkDeleteBatch(List<String> keyPairIds);

    /** The error for an import or create into a region that holds its quota already. */
    public abstract ApiError quotaExceeded(String regionId, int quota);

    /** The error for a name the region already holds. */
    public abstract ApiError nameTaken(String regionId, String name);

    /** A {@code MissingParameter} error naming the parameter, in the provider's documented words. */
    public ApiError missingParameter(String parameter) {
        return new ApiError(provider(), ErrorCode.MISSING_PARAMETER, "The input parameter \"" + parameter
                + "\" that is mandatory for processing this request is not supplied.");
    }

    /**
     * Checks that a key text read as a key and that the provider accepts its type. The message of a refused key
     * says why and never quotes the key, which may be a private key pasted in the wrong place.
     *
     * @param parameter the request parameter holding the key, for the message
     * @param reading what reading the key text gave
     * @return the key, or the error the provider would answer
     */
    public KeyCheck checkPublicKey(String parameter, KeyReading reading) {
        if (reading instanceof KeyReading.Unreadable unreadable) {
            return new KeyCheck(Optional.empty(), Optional.of(new ApiError(provider(), malformedKeyCode(),
                    parameter + ": " + unreadable.problem().getMessage())));
        }
        PublicKey key = reading.key().orElseThrow();
        if (!acceptedKeyTypes().contains(key.type())) {
            String accepted = acceptedKeyTypes().stream().map(KeyType::wireName).sorted()
                    .collect(Collectors.joining(", "));
            return new KeyCheck(Optional.empty(), Optional.of(new ApiError(provider(), malformedKeyCode(),
                    parameter + ": " + provider() + " does not accept " + key.type().wireName()
                            + " keys; it accepts " + accepted)));
        }
        return new KeyCheck(Optional.of(key), Optional.empty());
    }

    /** Adds the error, if there is one: an if, not {@code ifPresent(errors::add)}, on a cold JVM's hot path. */
    static void addIfPresent(List<ApiError> errors, Optional<ApiError> error) {
        if (error.isPresent()) {
            errors.add(error.get());
        }
    }

    /**
     * The outcome of {@link #checkPublicKey}: exactly one of the two is present.
     *
     * @param key the accepted key
     * @param error why the provider refuses it
     */
    public record KeyCheck(Optional<PublicKey> key, Optional<ApiError> error) {
    }

    /**
     * The distinct characters of {@code text} from code point {@code from} on that are not allowed, described for a
     * message; empty when all are. A loop, not a stream: it runs for every name checked, mostly on a cold JVM.
     */
    static String illegalCharacters(String text, int from, IntPredicate allowed) {
        StringBuilder illegal = null;
        Set<Integer> seen = null;
        int index = 0;
        for (int offset = 0; offset < text.length(); index++) {
            int cp = text.codePointAt(offset);
            offset += Character.charCount(cp);
            if (index < from || allowed.test(cp)) {
                continue;
            }
            if (illegal == null) {
                illegal = new StringBuilder();
                seen = new HashSet<>();
            }
            if (seen.add(cp)) {
                illegal.append(illegal.length() == 0 ? "" : ", ").append(describeCharacter(cp));
            }
        }
        return illegal == null ? "" : illegal.toString();
    }

    /**
     * A name for a message: at most 64 characters, control and undefined characters as U+XXXX, so that a hostile
     * tag key cannot break a log line or flood it.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int offset = 0; offset < text.length() && shown < 64; shown++) {
            int cp = text.codePointAt(offset);
            offset += Character.charCount(cp);
            if (Character.isISOControl(cp) || !Character.isDefined(cp)) {
                out.append(String.format("U+%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return text.codePointCount(0, text.length()) > 64 ? out + "…" : out.toString();
    }

    /** A character for a message: printable ones quoted, others as U+XXXX so the message stays readable. */
    static String describeCharacter(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || !Character.isDefined(codePoint)) {
            return String.format("U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }
}
