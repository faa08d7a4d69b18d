package dev.keypairs.workflow;

import dev.keypairs.apply.ApplyResult;
import dev.keypairs.plan.Plan;
import dev.keypairs.render.ApplyJson;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.PlanJson;
import dev.keypairs.render.PlanMarkdown;
import dev.keypairs.render.ShowDocument;
import dev.keypairs.store.StoreListing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A run's files in its output directory: plan.json, plan.md, apply.json, show.json, each replaced whole. */
final class OutputFiles {

    private final Path directory;

    OutputFiles(Path directory) {
        this.directory = directory;
    }

    /** Writes plan.json and plan.md. */
    PlanReport writePlan(Plan plan) throws InvalidConfigurationException {
        Path json = write("plan.json", PlanJson.write(plan));
        Path markdown = write("plan.md", PlanMarkdown.render(plan));
        return new PlanReport(plan, json, markdown);
    }

    /**
     * After a goal failed before it could plan: removes plan.json, which no tool may take for the current plan (its
     * format has no failed form), and writes plan.md saying that the plan failed, why, and that nothing was planned.
     * Answers plan.md; a failure to do so is added to the goal's failure, never put in its place.
     */
    Path writePlanFailed(KeypairsException failure) {
        try {
            Files.deleteIfExists(directory.resolve("plan.json"));
            return write("plan.md", PlanMarkdown.failed(failure.code().code(), failure.getMessage()));
        } catch (IOException | InvalidConfigurationException e) {
            failure.addSuppressed(e);
            return null;
        }
    }

    /** Writes apply.json; {@code interrupted} when a signal ended the apply and the result is what it did so far. */
    Path writeApply(Plan plan, ApplyResult result, boolean interrupted) throws InvalidConfigurationException {
        return write("apply.json", ApplyJson.write(plan, result, interrupted));
    }

    /** Writes show.json: the listing of the store with this (redacted) URI. */
    Path writeShow(StoreListing listing, String store) throws InvalidConfigurationException {
        return write("show.json", ShowDocument.of(listing, store).toJson());
    }

    /** Writes a file aside, then moves it into place, so that no reader sees half of it. */
    private Path write(String name, String text) throws InvalidConfigurationException {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            Path temporary = file.resolveSibling(name + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidConfigurationException(new ConfigurationProblem.OutputNotWritable(name, directory,
                    e.toString()), e, Setting.OUT);
        }
    }
}
