package dev.keypairs.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs {@code keypairs:apply} in a process of its own, printing every line at once: for the kill test. */
public final class ApplyProcess {

    private ApplyProcess() {
    }

    public static void main(String[] args) throws Exception {
        Configuration configuration = new Configuration(Path.of(args[0]), List.of(), args[1], null, List.of(), null,
                false, Map.of(), null);
        Keypairs.apply(configuration, new Reporter() {
            @Override
            public void info(String line) {
                System.out.println(line);
                System.out.flush();
            }

            @Override
            public void warn(String line) {
                info(line);
            }
        });
    }
}
