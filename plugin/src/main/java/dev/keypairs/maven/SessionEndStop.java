package dev.keypairs.maven;

import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;

/**
 * Stops an emulator {@code keypairs:start} kept when Maven's session ends, whether the build succeeded or failed
 * (Maven fires {@code SessionEnded} from a {@code finally}), before the build's summary is logged: a build that
 * fails between {@code keypairs:start} and {@code keypairs:stop} leaves nothing running, also where the JVM lives on
 * (an IDE, the Maven daemon). It wraps the session's listener and hands every event on to it, as Maven's own
 * listeners chain.
 */
final class SessionEndStop implements ExecutionListener {

    private final ExecutionListener next;
    private final BackgroundEmulator background;
    private final Log log;

    private SessionEndStop(ExecutionListener next, BackgroundEmulator background, Log log) {
        this.next = next;
        this.background = background;
        this.log = log;
    }

    /** Has the session's end stop the emulator (if {@code keypairs:stop} has not by then). */
    static void register(MavenSession session, BackgroundEmulator background, Log log) {
        MavenExecutionRequest request = session.getRequest();
        // Modules built in parallel (-T) each add theirs: one at a time.
        synchronized (request) {
            request.setExecutionListener(new SessionEndStop(request.getExecutionListener(), background, log));
        }
    }

    @Override
    public void sessionEnded(ExecutionEvent event) {
        background.stopAtSessionEnd(log::warn);
        if (next != null) {
            next.sessionEnded(event);
        }
    }

    @Override
    public void projectDiscoveryStarted(ExecutionEvent event) {
        if (next != null) {
            next.projectDiscoveryStarted(event);
        }
    }

    @Override
    public void sessionStarted(ExecutionEvent event) {
        if (next != null) {
            next.sessionStarted(event);
        }
    }

    @Override
    public void projectSkipped(ExecutionEvent event) {
        if (next != null) {
            next.projectSkipped(event);
        }
    }

    @Override
    public void projectStarted(ExecutionEvent event) {
        if (next != null) {
            next.projectStarted(event);
        }
    }

    @Override
    public void projectSucceeded(ExecutionEvent event) {
        if (next != null) {
            next.projectSucceeded(event);
        }
    }

    @Override
    public void projectFailed(ExecutionEvent event) {
        if (next != null) {
            next.projectFailed(event);
        }
    }

    @Override
    public void mojoSkipped(ExecutionEvent event) {
        if (next != null) {
            next.mojoSkipped(event);
        }
    }

    @Override
    public void mojoStarted(ExecutionEvent event) {
        if (next != null) {
            next.mojoStarted(event);
        }
    }

    @Override
    public void mojoSucceeded(ExecutionEvent event) {
        if (next != null) {
            next.mojoSucceeded(event);
        }
    }

    @Override
    public void mojoFailed(ExecutionEvent event) {
        if (next != null) {
            next.mojoFailed(event);
        }
    }

    @Override
    public void forkStarted(ExecutionEvent event) {
        if (next != null) {
            next.forkStarted(event);
        }
    }

    @Override
    public void forkSucceeded(ExecutionEvent event) {
        if (next != null) {
            next.forkSucceeded(event);
        }
    }

    @Override
    public void forkFailed(ExecutionEvent event) {
        if (next != null) {
            next.forkFailed(event);
        }
    }

    @Override
    public void forkedProjectStarted(ExecutionEvent event) {
        if (next != null) {
            next.forkedProjectStarted(event);
        }
    }

    @Override
    public void forkedProjectSucceeded(ExecutionEvent event) {
        if (next != null) {
            next.forkedProjectSucceeded(event);
        }
    }

    @Override
    public void forkedProjectFailed(ExecutionEvent event) {
        if (next != null) {
            next.forkedProjectFailed(event);
        }
    }
}
