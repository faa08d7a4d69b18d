package dev.keypairs.emulator.state;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where an emulator is in its life: starting (listening, not yet ready), ready, or stopping. Health answers it;
 * moves go one way only, so a late {@link #ready()} never revives an emulator that is stopping.
 */
public final class Readiness {

    /** A stage of an emulator's life, as health spells it in lower case. */
    public enum Status {
        /** Listening, still preparing: health answers 503. */
        STARTING,
        /** Serving: health answers 200. */
        READY,
        /** Closing: calls in flight finish, new ones are refused; health answers 503. */
        STOPPING;

        /** The status as health's JSON spells it: {@code ready}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final AtomicReference<Status> status = new AtomicReference<>(Status.STARTING);

    /** The current stage. */
    public Status status() {
        return status.get();
    }

    /** Starting is over: serving. Does nothing once stopping. */
    public void ready() {
        status.compareAndSet(Status.STARTING, Status.READY);
    }

    /** Stopping, for good. */
    public void stopping() {
        status.set(Status.STOPPING);
    }
}
