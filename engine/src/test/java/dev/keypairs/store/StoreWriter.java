package dev.keypairs.store;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A writer in a process of its own, for the tests of several processes and of crashes: imports Alibaba key
 * pairs named {@code PREFIX0}, {@code PREFIX1}, ... into each region in turn and prints one line per answer,
 * flushed at once, so that a line on stdout means the store acknowledged the call.
 *
 * <pre>java -cp ... dev.keypairs.store.StoreWriter URI REGION[,REGION...] PREFIX COUNT_PER_REGION [--await-go]</pre>
 *
 * <p>Lines: {@code ready} (with {@code --await-go}: then it waits for a line on stdin, so that several
 * writers start together), {@code ok NAME}, {@code refused CODE NAME}, {@code done}.
 */
public final class StoreWriter {

    private StoreWriter() {
    }

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        List<String> regions = List.of(args[1].split(","));
        String prefix = args[2];
        int count = Integer.parseInt(args[3]);
        boolean awaitGo = args.length > 4 && args[4].equals("--await-go");
        // Alibaba takes the same key under many names; one real ssh-keygen key serves every import.
        String key = Fixtures.text("rsa-2048.pub");
        try (KeyPairStore store = KeyPairStores.open(uri)) {
            if (awaitGo) {
                System.out.println("ready");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            int number = 0;
            for (String region : regions) {
                for (int i = 0; i < count; i++) {
                    String name = prefix + number++;
                    try {
                        store.importKeyPair(AlibabaKeyPairRequest.importing(region, name, key, List.of(), null));
                        System.out.println("ok " + name);
                    } catch (ApiErrorException e) {
                        System.out.println("refused " + e.error().code().code() + " " + name);
                    }
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
        System.out.flush();
    }
}
