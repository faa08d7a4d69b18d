package dev.keypairs.workflow;

import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.manifest.ManifestReader;
import dev.keypairs.project.Address;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.Rules;
import dev.keypairs.render.GoalWords;
import dev.keypairs.render.ShowText;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreListing;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code keypairs:show}: every key pair of the store with its name, type and size, fingerprints, creation time, a
 * certificate's validity, KeyId, tags (either provider's), Tencent's description and the instances it is bound to, and
 * whether a manifest declares it (when there are manifests to read); logged
 * ({@link ShowText}) and written as show.json ({@link OutputFiles#writeShow}).
 *
 * @param declared the addresses the manifests declare; null when there are no manifests to read
 * @param reporter where the lines go
 */
record StoreShow(Set<Address> declared, Reporter reporter) {

    /** The addresses the manifests declare, or null when none are named and the default one is absent. */
    static Set<Address> declared(Configuration configuration, ProjectPaths project, List<String> manifests) {
        boolean haveManifests = !configuration.manifests().isEmpty()
                || Files.exists(configuration.baseDirectory().resolve(ManifestReader.DEFAULT_MANIFEST));
        return haveManifests ? ManifestReader.read(project, manifests).declaredAddresses() : null;
    }

    /** Reads the store, logs the listing and writes show.json. */
    StoreListing show(KeyPairStore store, StoreCalls calls, Rules rules,
            Function<PublicKey, Optional<CertificateValidity>> certificateValidity, OutputFiles files)
            throws StoreException, InvalidConfigurationException {
        StoreListing listing = StoreListing.read(calls, store, rules, declared == null ? Set.of() : declared,
                declared != null, certificateValidity);
        ShowText.render(listing, store.displayUri()).forEach(reporter::info);
        reporter.info(GoalWords.showWritten(files.writeShow(listing, store.displayUri())));
        return listing;
    }
}
