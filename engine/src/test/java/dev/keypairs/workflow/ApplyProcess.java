package dev.keypairs.workflow;

import java.nio.file.Path;

/** Runs {@code keypairs:apply} in a process of its own, printing every line at once: for the kill test. */
public final class ApplyProcess {

    /**
     * The first line it prints, as the apply starts: a parent that reads it knows the process came this far, so a
     * process that never started cannot pass for one killed early.
     */
    public static final String STARTING = "ApplyProcess: starting the apply";

    private ApplyProcess() {
    }

    public static void main(String[] args) throws Exception {
        Configuration configuration = Configurations.of(Path.of(args[0]), args[1]);
        System.out.println(STARTING);
        System.out.flush();
        new Keypairs(configuration, new Reporter() {
            @Override
            public void info(String line) {
                System.out.println(line);
                System.out.flush();
            }

            @Override
            public void warn(String line) {
                info(line);
            }
        }).apply();
    }
}
