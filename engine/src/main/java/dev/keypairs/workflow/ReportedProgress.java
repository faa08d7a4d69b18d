package dev.keypairs.workflow;

import dev.keypairs.apply.ApplyListener;
import dev.keypairs.apply.ApplyWarning;
import dev.keypairs.render.ApplyWords;
import dev.keypairs.render.GoalWords;

/** An apply's progress and warnings, put into words and given to the run's reporter as they come. */
final class ReportedProgress implements ApplyListener {

    private final Reporter reporter;

    ReportedProgress(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void progress(String region, int done, int failed, int total) {
        reporter.info(GoalWords.progress(region, done, failed, total));
    }

    @Override
    public void warn(ApplyWarning warning) {
        reporter.warn(ApplyWords.warning(warning));
    }
}
