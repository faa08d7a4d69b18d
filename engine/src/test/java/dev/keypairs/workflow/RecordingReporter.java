package dev.keypairs.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps every line the engine reports, for assertions. */
public class RecordingReporter implements Reporter {

    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String line) {
        lines.add(line);
    }

    @Override
    public void warn(String line) {
        lines.add("WARN " + line);
    }

    /** Every line so far, one a line. */
    public String text() {
        return String.join("\n", lines);
    }
}
