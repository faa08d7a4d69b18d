package dev.keypairs.keys;

/** A text could not be read as a public key. The message never quotes the text. */
public final class KeyFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient KeyProblem problem;

    /** A failure for the given problem, with an optional detail that holds no key material. */
    KeyFormatException(KeyProblem problem, String detail) {
        super(detail == null ? problem.message() : problem.message() + " (" + detail + ")", null, false, false);
        this.problem = problem;
    }

    KeyFormatException(KeyProblem problem) {
        this(problem, null);
    }

    /** What kind of problem it is. */
    public KeyProblem problem() {
        return problem;
    }
}
