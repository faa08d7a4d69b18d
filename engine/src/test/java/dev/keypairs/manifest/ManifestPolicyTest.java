package dev.keypairs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code policy} section of manifests (SPEC §14): its defaults, each field read, and every refusal. */
class ManifestPolicyTest {

    private static final String REGION = """
            alibaba:
              cn-hangzhou:
                keyPairs:
                  - name: ci
                    publicKeyFile: keys/ci.pub
            """;

    @TempDir
    Path base;
    ManifestProject project;

    @BeforeEach
    void setUp() {
        project = new ManifestProject(base);
        project.key("keys/ci.pub", "rsa-2048.pub");
    }

    @Test
    void withoutAPolicyTheDefaultsHold() {
        project.write("keypairs.yaml", REGION);

        ManifestSet read = project.read();

        assertEquals(List.of(), read.errors());
        assertEquals(Policy.DEFAULT, read.policy());
        assertEquals(Policy.Severity.WARN, read.policy().severity(PolicyRule.WEAK_KEY_TYPE));
        assertEquals(Policy.Severity.OFF, read.policy().severity(PolicyRule.KEY_PAIR_TOO_OLD));
        assertEquals(2048, read.policy().minRsaBits());
        assertEquals(30, read.policy().certificateExpiringDays());
        assertEquals(365, read.policy().maxAgeDays());
    }

    @Test
    void everyFieldIsRead() {
        project.write("keypairs.yaml", """
                policy:
                  rules:
                    WeakKeyType: error
                    ShortRsaKey: error
                    CertificateExpired: warn
                    CertificateExpiring: 'off'
                    LegacyCertificate: off
                    KeyPairTooOld: warn
                  minRsaBits: 3072
                  certificateExpiringDays: 14
                  maxAgeDays: 180
                """ + REGION);

        ManifestSet read = project.read();

        assertEquals(List.of(), read.errors());
        Map<PolicyRule, Policy.Severity> rules = new EnumMap<>(PolicyRule.class);
        rules.put(PolicyRule.WEAK_KEY_TYPE, Policy.Severity.ERROR);
        rules.put(PolicyRule.SHORT_RSA_KEY, Policy.Severity.ERROR);
        rules.put(PolicyRule.CERTIFICATE_EXPIRED, Policy.Severity.WARN);
        rules.put(PolicyRule.CERTIFICATE_EXPIRING, Policy.Severity.OFF);
        rules.put(PolicyRule.LEGACY_CERTIFICATE, Policy.Severity.OFF);
        rules.put(PolicyRule.KEY_PAIR_TOO_OLD, Policy.Severity.WARN);
        assertEquals(new Policy(rules, 3072, 14, 180), read.policy());
    }

    @Test
    void aRuleNotWrittenKeepsItsDefault() {
        project.write("keypairs.yaml", """
                policy:
                  rules: {KeyPairTooOld: error}
                  maxAgeDays: 730
                """);

        Policy policy = project.read().policy();

        assertEquals(Policy.Severity.ERROR, policy.severity(PolicyRule.KEY_PAIR_TOO_OLD));
        assertEquals(Policy.Severity.WARN, policy.severity(PolicyRule.SHORT_RSA_KEY));
        assertEquals(new Policy(Map.of(PolicyRule.KEY_PAIR_TOO_OLD, Policy.Severity.ERROR), 2048, 30, 730), policy);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"',
            value = {"off", "'off'", "false", "no", "Off", "NO", "FALSE", "!!bool n"})
    void offAsYamlReadsItIsOff(String written) {
        project.write("keypairs.yaml", "policy:\n  rules:\n    WeakKeyType: " + written + "\n");

        ManifestSet read = project.read();

        assertEquals(List.of(), read.errors());
        assertEquals(Policy.Severity.OFF, read.policy().severity(PolicyRule.WEAK_KEY_TYPE));
    }

    @Test
    void theBoundsAreAccepted() {
        project.write("keypairs.yaml", """
                policy: {minRsaBits: 1024, certificateExpiringDays: 0, maxAgeDays: 1}
                """);
        ManifestSet low = project.read();
        assertEquals(List.of(), low.errors());
        assertEquals(new Policy(Map.of(), 1024, 0, 1), low.policy());

        project.write("keypairs.yaml", """
                policy: {minRsaBits: 16384, certificateExpiringDays: 36500, maxAgeDays: 36500}
                """);
        ManifestSet high = project.read();
        assertEquals(List.of(), high.errors());
        assertEquals(new Policy(Map.of(), 16384, 36500, 36500), high.policy());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "policy: {rules: {WeakKeyTyp: error}}                | UnknownField    | 1:18 | 'WeakKeyType'",
        "policy: {minRsaBit: 1024}                           | UnknownField    | 1:10 | 'minRsaBits'",
        "policy: {rules: {WeakKeyType: fatal}}               | ManifestSyntax  | 1:31 | error, warn or off",
        "policy: {rules: {WeakKeyType: wrn}}                 | ManifestSyntax  | 1:31 | did you mean 'warn'",
        "policy: {rules: {WeakKeyType: true}}                | ManifestSyntax  | 1:31 | not true or false",
        "policy: {rules: {WeakKeyType: on}}                  | ManifestSyntax  | 1:31 | not true or false",
        "policy: {rules: {WeakKeyType: yes}}                 | ManifestSyntax  | 1:31 | not true or false",
        "policy: {rules: {WeakKeyType: n}}                   | ManifestSyntax  | 1:31 | not 'n'",
        "policy: {rules: {WeakKeyType: oFF}}                 | ManifestSyntax  | 1:31 | not 'oFF'",
        "policy: {rules: {WeakKeyType: 1}}                   | ManifestSyntax  | 1:31 | not a number",
        "policy: {rules: {WeakKeyType: null}}                | ManifestSyntax  | 1:31 | not nothing",
        "policy: {rules: {WeakKeyType: ''}}                  | ManifestSyntax  | 1:31 | not ''",
        "policy: {rules: [WeakKeyType]}                      | ManifestSyntax  | 1:17 | policy rules must be a mapping",
        "policy: [rules]                                     | ManifestSyntax  | 1:9  | policy must be a mapping",
        "policy:                                             | ManifestSyntax  | 1:8  | policy must be a mapping",
        "policy: {minRsaBits: 512}                           | ManifestSyntax  | 1:22 | from 1024 to 16384",
        "policy: {minRsaBits: 16385}                         | ManifestSyntax  | 1:22 | from 1024 to 16384",
        "policy: {minRsaBits: '2048'}                        | ManifestSyntax  | 1:22 | whole number",
        "policy: {minRsaBits: 2048.5}                        | ManifestSyntax  | 1:22 | whole number",
        "policy: {certificateExpiringDays: -1}               | ManifestSyntax  | 1:35 | from 0 to 36500",
        "policy: {certificateExpiringDays: 36501}            | ManifestSyntax  | 1:35 | from 0 to 36500",
        "policy: {maxAgeDays: 0}                             | ManifestSyntax  | 1:22 | from 1 to 36500",
        "policy: {maxAgeDays: 99999999999999999999}          | ManifestSyntax  | 1:22 | fits in 64 bits",
    })
    void refusals(String manifest, String code, String position, String saying) {
        project.write("keypairs.yaml", manifest + "\n");

        List<Diagnostic> errors = project.read().errors();

        assertEquals(1, errors.size(), errors.toString());
        Diagnostic error = errors.get(0);
        assertEquals(code, error.code().code());
        assertEquals("keypairs.yaml:" + position, error.source().toString());
        assertNull(error.address());
        assertTrue(error.message().contains(saying), error.message());
    }

    @Test
    void aFieldWithAProblemKeepsItsDefaultAndTheOthersAreRead() {
        project.write("keypairs.yaml", """
                policy:
                  rules: {WeakKeyType: error, ShortRsaKey: sometimes}
                  minRsaBits: 100
                  maxAgeDays: 90
                """);

        ManifestSet read = project.read();

        assertEquals(List.of("ManifestSyntax", "ManifestSyntax"),
                read.errors().stream().map(error -> error.code().code()).toList());
        assertEquals(new Policy(Map.of(PolicyRule.WEAK_KEY_TYPE, Policy.Severity.ERROR), 2048, 30, 90),
                read.policy());
    }

    @Test
    void aSecondPolicyIsRefusedNamingBothPlaces() {
        project.write("a.yaml", "policy: {minRsaBits: 3072}\n" + REGION);
        project.write("b.yaml", "tencent: {}\n\npolicy: {minRsaBits: 3072}\n");

        ManifestSet read = project.read("a.yaml", "b.yaml");

        assertEquals(1, read.errors().size(), read.errors().toString());
        Diagnostic error = read.errors().get(0);
        assertEquals("ConflictingFields", error.code().code());
        assertEquals(new Source("b.yaml", 3, 1), error.source());
        assertTrue(error.message().contains("a.yaml:1:1"), error.message());
        assertEquals(3072, read.policy().minRsaBits(), "the first one holds");
    }

    @Test
    void aSecondPolicyIsCheckedForItsOwnMistakesToo() {
        project.write("a.yaml", "policy: {}\n");
        project.write("b.yaml", "policy: {maxAgeDays: 0}\n");

        assertEquals(List.of("ManifestSyntax", "ConflictingFields"),
                project.read("a.yaml", "b.yaml").errors().stream().map(error -> error.code().code()).toList());
    }
}
