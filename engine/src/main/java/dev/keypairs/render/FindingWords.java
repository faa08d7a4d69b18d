package dev.keypairs.render;

import dev.keypairs.plan.Finding;
import dev.keypairs.plan.FindingFacts;
import java.time.Instant;
import java.time.ZoneOffset;

/** The key policy's findings in words (policy.md): what each found and what to do. */
public final class FindingWords {

    private FindingWords() {
    }

    /** What was found and what to do; of an unmanaged key pair, that it never blocks. */
    public static String message(Finding finding) {
        String message = switch (finding.rule()) {
            case WEAK_KEY_TYPE -> weakKeyType((FindingFacts.Key) finding.facts());
            case SHORT_RSA_KEY -> shortRsaKey((FindingFacts.RsaSize) finding.facts());
            case CERTIFICATE_EXPIRED -> expired((FindingFacts.Validity) finding.facts());
            case CERTIFICATE_EXPIRING -> expiring((FindingFacts.Validity) finding.facts());
            case LEGACY_CERTIFICATE -> legacy((FindingFacts.Key) finding.facts());
            case KEY_PAIR_TOO_OLD -> tooOld((FindingFacts.Age) finding.facts(), finding.unmanaged());
        };
        return finding.unmanaged() ? message + " (not declared: an audit finding, it never blocks)" : message;
    }

    /** {@code address: Code: message}, as the log shows a finding. */
    public static String line(Finding finding) {
        return finding.address() + ": " + finding.rule().code() + ": " + message(finding);
    }

    private static String weakKeyType(FindingFacts.Key facts) {
        return "a DSA key (" + facts.keyType() + ", " + facts.bits() + " bits): OpenSSH disabled DSA by default in"
                + " 9.8 and has removed it since, so no current client can use it; replace it with an ed25519 key"
                + " (ssh-keygen -t ed25519)";
    }

    private static String shortRsaKey(FindingFacts.RsaSize facts) {
        return "an RSA key of " + facts.bits() + " bits (" + facts.keyType() + "), below the policy's minRsaBits of "
                + facts.minRsaBits() + ": replace it with an ed25519 key, or an RSA key of at least "
                + facts.minRsaBits() + " bits";
    }

    private static String expired(FindingFacts.Validity facts) {
        return "the certificate (" + facts.keyType() + ") expired on " + day(facts.notAfter()) + ": no server accepts"
                + " it; sign the key again (ssh-keygen -s) and declare the new certificate";
    }

    private static String expiring(FindingFacts.Validity facts) {
        return "the certificate (" + facts.keyType() + ") expires on " + day(facts.notAfter()) + ", in "
                + Plural.of(facts.daysLeft(), "day") + ": sign the key again (ssh-keygen -s) before then and declare"
                + " the new certificate";
    }

    private static String legacy(FindingFacts.Key facts) {
        return "a v00 certificate (" + facts.keyType() + "), a layout no current OpenSSH makes or accepts: sign the"
                + " key again with a current ssh-keygen (-s), which writes a v01 certificate";
    }

    private static String tooOld(FindingFacts.Age facts, boolean unmanaged) {
        String found = "created in the store on " + day(facts.createdAt()) + ", " + Plural.of(facts.ageDays(), "day")
                + " ago, more than the policy's maxAgeDays of " + facts.maxAgeDays() + ": rotate it";
        return unmanaged ? found + " (or delete it)"
                : found + ": a new key under the same name is a replace; under a new name, renamedFrom or a prune";
    }

    /** An instant as the day it falls on (UTC), or the instant itself when it is not a day's start. */
    private static String day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0
                ? instant.atOffset(ZoneOffset.UTC).toLocalDate().toString() : instant.toString();
    }
}
