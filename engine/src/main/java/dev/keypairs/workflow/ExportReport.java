package dev.keypairs.workflow;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code keypairs:export} wrote.
 *
 * @param manifest the manifest written
 * @param regions how many regions it declares
 * @param keyPairs how many key pairs it declares (one key file each)
 * @param leftOut the addresses of key pairs whose public key the store did not return: never guessed
 */
public record ExportReport(Path manifest, int regions, int keyPairs, List<String> leftOut) {

    public ExportReport {
        leftOut = List.copyOf(leftOut);
    }
}
