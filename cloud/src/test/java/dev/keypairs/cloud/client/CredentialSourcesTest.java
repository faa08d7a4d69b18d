package dev.keypairs.cloud.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.CloudCredentials;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first two of the three ways, in their order: what the front end was given, then the environment. */
class CredentialSourcesTest {

    private static final CloudCredentials SETTINGS = new CloudCredentials(
            Map.of(Provider.ALIBABA, new AccessKey("from-settings", "s1", null)),
            Map.of(Provider.ALIBABA, "the settings.xml server keypairs-alibaba",
                    Provider.TENCENT, "the settings.xml server keypairs-tencent"));
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "ALIBABA_CLOUD_ACCESS_KEY_ID", "from-env", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s2",
            "TENCENTCLOUD_SECRET_ID", "tencent-env", "TENCENTCLOUD_SECRET_KEY", "s3",
            "TENCENTCLOUD_SESSION_TOKEN", "sts-token");

    @Test
    void theFrontEndsKeyWinsOverTheEnvironment() {
        CredentialSources.Found found = new CredentialSources(SETTINGS, ENVIRONMENT).find(Provider.ALIBABA).orElseThrow();
        assertEquals("from-settings", found.key().id());
        assertEquals("the settings.xml server keypairs-alibaba", found.origin());
        assertEquals(new AccessKeyInUse("from-settings", AccessKeyInUse.Source.FRONT_END), found.inUse());
    }

    @Test
    void theEnvironmentIsNextWithItsSecurityToken() {
        CredentialSources.Found found = new CredentialSources(SETTINGS, ENVIRONMENT).find(Provider.TENCENT).orElseThrow();
        assertEquals(new AccessKey("tencent-env", "s3", "sts-token"), found.key());
        assertTrue(found.origin().contains("TENCENTCLOUD_SECRET_ID"), found.origin());
        assertEquals(new AccessKeyInUse("tencent-env", AccessKeyInUse.Source.ENVIRONMENT), found.inUse());
        assertEquals(Optional.of("from-env"), new CredentialSources(CloudCredentials.NONE, ENVIRONMENT)
                .find(Provider.ALIBABA).map(key -> key.key().id()));
    }

    @Test
    void anIdWithoutItsSecretOrABlankValueIsNoKey() {
        assertEquals(Optional.empty(), new CredentialSources(CloudCredentials.NONE,
                Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "id-only")).find(Provider.ALIBABA));
        assertEquals(Optional.empty(), new CredentialSources(CloudCredentials.NONE,
                Map.of("TENCENTCLOUD_SECRET_ID", " ", "TENCENTCLOUD_SECRET_KEY", "k")).find(Provider.TENCENT));
    }

    @Test
    void theMessageNamesWhereTheFrontEndAndTheEnvironmentWereLookedIn() {
        String lookedIn = new CredentialSources(SETTINGS, Map.of()).lookedIn(Provider.TENCENT);
        assertTrue(lookedIn.startsWith("the settings.xml server keypairs-tencent; "), lookedIn);
        assertTrue(lookedIn.contains("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"), lookedIn);
    }

    @Test
    void anAccessKeyNeverPrintsItsSecret() {
        String printed = new AccessKey("LTAI-id", "the-secret", "the-token").toString();
        assertTrue(printed.contains("LTAI-id") && !printed.contains("the-secret") && !printed.contains("the-token"),
                printed);
    }
}
