package dev.keypairs.workflow;

import java.nio.file.Path;

/** Runs {@code keypairs:apply} in a process of its own, printing every line at once: for the kill test. */
public final class ApplyProcess {

    private ApplyProcess() {
    }

    public static void main(String[] args) throws Exception {
        Configuration configuration = Configurations.of(Path.of(args[0]), args[1]);
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
