package dev.keypairs.maven;

import dev.keypairs.plan.Summary;
import dev.keypairs.workflow.Approval;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deletes every key pair the manifests declare (or, with {@code keypairs.target}, those targeted), and nothing
 * else: undeclared key pairs are never touched. A key pair declared with {@code protect: true} refuses, and
 * nothing is deleted while any does. After showing the plan it asks for approval when Maven is interactive; in
 * batch mode ({@code -B}, CI) it refuses unless {@code keypairs.autoApprove} is set, as Terraform does without
 * {@code -auto-approve}. {@code mvn keypairs:plan -Dkeypairs.destroy=true} previews it.
 */
@Mojo(name = "destroy", requiresProject = false, aggregator = true, threadSafe = true)
public class DestroyMojo extends AbstractPlanningMojo {

    /** Destroy without asking: for batch mode, where no one can answer a prompt. */
    @Parameter(property = "keypairs.autoApprove", defaultValue = "false")
    boolean autoApprove;

    /** Whether Maven may ask the user (false with {@code -B}). */
    @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
    boolean interactiveMode;

    @Override
    void run(Reporter reporter) throws KeypairsException {
        new Keypairs(configuration(), reporter).destroy(approval(reporter));
    }

    private Approval approval(Reporter reporter) {
        if (autoApprove) {
            return Approval.GIVEN;
        }
        if (!interactiveMode) {
            return summary -> {
                reporter.warn("Batch mode: no one can approve the destroy here; -Dkeypairs.autoApprove=true approves"
                        + " it.");
                return false;
            };
        }
        return this::ask;
    }

    /** Terraform's question: only {@code yes} approves. */
    private boolean ask(Summary summary) {
        String question = "Destroy " + (summary.deletes() == 1 ? "1 key pair" : summary.deletes() + " key pairs")
                + "? This cannot be undone. Only 'yes' will be accepted to approve: ";
        java.io.Console console = System.console();
        String answer;
        if (console != null) {
            answer = console.readLine("%s", question);
        } else {
            System.out.print(question);
            System.out.flush();
            try {
                answer = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
            } catch (IOException e) {
                answer = null;
            }
        }
        return answer != null && answer.strip().equals("yes");
    }
}
