package dev.keypairs.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Stops the emulator {@code keypairs:start} started in this project (bound to {@code post-integration-test}): it
 * stops taking calls, lets those in flight finish, closes the store and says
 * {@code keypairs emulator stopped after N requests}. Without an emulator started in this project it says so and does
 * nothing.
 */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopMojo extends AbstractMojo {

    /** Skips the goal (the emulator, if started, then stops as the build ends). */
    @Parameter(property = "keypairs.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() {
        if (skip) {
            getLog().info("keypairs: skipped (keypairs.skip)");
            return;
        }
        Object kept = getPluginContext() == null ? null : getPluginContext().remove(BackgroundEmulator.CONTEXT_KEY);
        if (kept instanceof BackgroundEmulator background) {
            getLog().info(background.stop());
        } else {
            getLog().warn("keypairs:stop: no emulator was started in this project (keypairs:start did not run before"
                    + " it, or was skipped); nothing to stop.");
        }
    }
}
