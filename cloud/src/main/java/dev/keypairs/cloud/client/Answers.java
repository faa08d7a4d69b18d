package dev.keypairs.cloud.client;

import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ApiCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.StoreUnavailableException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * How what an SDK answers becomes what the store answers: a cloud's refusal an {@link ApiErrorException} with the
 * code as it came (classified by {@link ApiCode#of}, so throttling and 5xx are transient and authentication and
 * permission refusals denied), a call that never got an answer a transient {@link StoreUnavailableException}, and
 * the key pairs' fields in the forms the store's records take.
 */
public final class Answers {

    private Answers() {
    }

    /**
     * Where a signature refusal's message goes on to the server's string to sign or canonical request (Alibaba's
     * {@code server string to sign is:...}, the emulator's {@code String to sign: ...}): a dump of the request.
     */
    private static final Pattern REQUEST_DUMP = Pattern.compile(
            "[\\s:,;(]*\\b(?:server\\s+)?(?:string\\s*to\\s*sign|canonical\\s*request)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The cloud refused the call.
     *
     * @param provider whose API answered
     * @param code the code as answered
     * @param message the message as answered; a dump of the signed request in it is left out ({@link #withoutDump})
     * @param httpStatus the HTTP status it came with (Alibaba's errors carry one; Tencent's come with 200)
     * @param requestId the RequestId of the call; null when none came back
     * @param signedWith the access key the call was signed with and where it came from, for a denial's words
     */
    public static ApiErrorException refusal(Provider provider, String code, String message, OptionalInt httpStatus,
            String requestId, AccessKeyInUse signedWith) {
        ApiCode apiCode = ApiCode.of(provider, code == null || code.isBlank() ? "UnknownError" : code, httpStatus);
        return new ApiErrorException(new ApiError(provider, apiCode, withoutDump(message), httpStatus),
                requestId == null ? localRequestId() : requestId, signedWith);
    }

    /**
     * A cloud's message without the dump of the request that a signature refusal appends (the string to sign, the
     * canonical request): it says nothing a user can act on, and it is not kept anywhere (clouds.md).
     */
    static String withoutDump(String message) {
        if (message == null) {
            return "";
        }
        Matcher dump = REQUEST_DUMP.matcher(message);
        return dump.find() ? message.substring(0, dump.start()).strip() : message;
    }

    /**
     * The call got no answer: the endpoint could not be reached, the connection broke or the answer timed out.
     * Transient, so keypairs tries again, unless TLS refused the endpoint's certificate; the message names the
     * endpoint and the failure, never the request.
     *
     * @param provider whose API was called
     * @param call which call
     * @param endpoint where it went, for the message
     * @param failure what the SDK threw
     */
    public static StoreUnavailableException unanswered(Provider provider, ApiCall call, String endpoint,
            Throwable failure) {
        return unanswered(provider, call.action(), endpoint, failure);
    }

    /**
     * The call of an action that is none of {@link ApiCall}'s (Alibaba's DescribeInstances) got no answer: as
     * {@link #unanswered(Provider, ApiCall, String, Throwable)}.
     *
     * @param action the action's name
     */
    public static StoreUnavailableException unanswered(Provider provider, String action, String endpoint,
            Throwable failure) {
        String what = null;
        Throwable root = failure;
        for (Throwable cause = failure; cause != null && what == null; cause = cause.getCause()) {
            root = cause;
            // OkHttp ends a call that timed out by closing its socket: the timeout is above the root cause.
            if (cause instanceof SocketTimeoutException
                    || (cause instanceof InterruptedIOException && "timeout".equals(cause.getMessage()))) {
                what = "no answer came in time";
            } else if (cause instanceof UnknownHostException) {
                what = "the host is unknown (" + cause.getMessage() + ")";
            } else if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                what = "the connection was refused or failed";
            } else if (cause instanceof SSLException) {
                what = "TLS failed (" + cause.getMessage() + ")";
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (what == null) {
            what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
        }
        // A certificate the endpoint does not pass fails the same way however often it is tried.
        boolean trustRefused = root instanceof SSLHandshakeException || root instanceof SSLPeerUnverifiedException
                || root instanceof CertificateException;
        // The root cause alone goes along (for -e): the SDKs' own exceptions may carry the request.
        String message = provider.id() + " " + action + " at " + endpoint + " got no answer: " + what;
        ErrorKind kind = trustRefused ? ErrorKind.FINAL : ErrorKind.TRANSIENT;
        return connectionFailed(failure) ? StoreUnavailableException.unanswered(message, root, kind)
                : new StoreUnavailableException(message, root, kind);
    }

    /**
     * Whether the connection itself failed (refused, reset, timed out, TLS, an unknown host): an I/O failure of the
     * JDK's beneath the SDK's, not an answer that could not be read (the JSON parsers' own exceptions).
     */
    private static boolean connectionFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // The JDK's connection failures only: a body that could not be read (an EOF, a bad encoding, a broken
            // gzip stream) did come from a server that answers.
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
                    || cause instanceof SocketException || cause instanceof SSLException
                    || (cause instanceof InterruptedIOException && "timeout".equals(cause.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asks an SDK's default credential chain, at most this long: the chains may ask an instance's metadata service,
     * and one that does not answer would hold the goal. Whatever the chain throws means it found nothing.
     *
     * @return what the chain found; empty when it found nothing, failed or took too long
     */
    public static <T> Optional<T> askChain(String provider, Duration patience, Callable<T> chain) {
        FutureTask<T> lookup = new FutureTask<>(chain);
        Thread thread = new Thread(lookup, "keypairs-" + provider + "-credentials");
        thread.setDaemon(true);
        thread.start();
        try {
            return Optional.ofNullable(lookup.get(patience.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException nothingFound) {
            lookup.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            lookup.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A RequestId for a refusal made here, before any call (a region outside the catalogue). */
    public static String localRequestId() {
        return UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * A public key as the store's records hold it, the OpenSSH one-line form without comment; null stays null, and
     * a text that is not a key the reader knows is kept as it came (the plan then compares fingerprints).
     */
    public static String publicKeyLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip();
        int space = line.indexOf(' ');
        int second = space < 0 ? -1 : line.indexOf(' ', space + 1);
        if (space > 0 && line.indexOf('\n') < 0 && line.indexOf('\t') < 0) {
            // TYPE BASE64, or TYPE BASE64 COMMENT (Tencent answers the KeyId as the comment): a region of 500 keys
            // is not parsed again here. A key blob's base64 starts AAAA (the length of its type name).
            if (second < 0) {
                return line;
            }
            if (line.startsWith("AAAA", space + 1) && line.indexOf(' ', second + 1) < 0) {
                return line.substring(0, second);
            }
        }
        return PublicKeyReader.readIfKey(line).map(PublicKey::toOpenSshLine).orElse(line);
    }

    /**
     * {@code YYYY-MM-DDTHH:MM[:SS]Z} read by hand: a region of 500 key pairs is 500 times, and java.time's parser
     * is slow on the cold JVM a goal runs on. Null when the text is in another form.
     */
    private static Instant utcInstant(String text) {
        int length = text.length();
        if ((length != 17 && length != 20) || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || (length == 20 && text.charAt(16) != ':')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = length == 20 ? digits(text, 17, 2) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L
                    + minute * 60L + second);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A creation time as the clouds write it ({@code 2024-05-01T10:00Z}, {@code 2024-05-01T10:00:00Z}); null if none. */
    public static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant utc = utcInstant(text);
        if (utc != null) {
            return utc;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
