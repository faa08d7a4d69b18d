package dev.keypairs.workflow;

/** Where the engine's lines go: the Maven log, a test's list. */
public interface Reporter {

    /** A line of output: the text plan, progress. */
    void info(String line);

    /** Something the user should notice that does not stop the run. */
    void warn(String line);

    /** Detail for debugging; never key material. */
    default void debug(String line) {
    }
}
