package dev.keypairs.workflow;

import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.FailureWords;

/** A goal's parameters are unusable (a region catalogue that cannot be read, an unwritable output directory). */
public final class InvalidConfigurationException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient ConfigurationProblem problem;

    InvalidConfigurationException(ConfigurationProblem problem, Throwable cause, Setting setting) {
        super(problem.code(), FailureWords.of(problem), cause, setting);
        this.problem = problem;
    }

    /** What is wrong, as typed values. */
    public ConfigurationProblem problem() {
        return problem;
    }
}
