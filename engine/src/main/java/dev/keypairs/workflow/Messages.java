package dev.keypairs.workflow;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.render.Plural;
import java.util.List;

/** The wording shared by the failures that list problems. */
final class Messages {

    /** At most this many problems are spelt out in a failure message; the plan files have them all. */
    static final int MAX_LISTED = 50;

    private Messages() {
    }

    static String errorList(List<Diagnostic> errors, String whatToDo) {
        StringBuilder text = new StringBuilder();
        text.append(Plural.of(errors.size(), "problem")).append(":\n");
        errors.stream().limit(MAX_LISTED).forEach(error -> text.append("  ").append(error.describe()).append('\n'));
        if (errors.size() > MAX_LISTED) {
            text.append("  ... and ").append(errors.size() - MAX_LISTED).append(" more\n");
        }
        return text.append(whatToDo).toString();
    }
}
