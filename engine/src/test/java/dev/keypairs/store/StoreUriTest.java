package dev.keypairs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Every output shows a store URI redacted: passwords and every option named like a secret. */
class StoreUriTest {

    @Test
    void everyOptionNamedLikeASecretIsRedacted() throws Exception {
        StoreUri uri = StoreUri.parse("postgresql://ops:hunter2@db:5432/keys?securityToken=t0k&accessKeySecret=s3c"
                + "&key-secret=k&myCredentialFile=/x&PASSWORD=p&apiKey=ak&tencentQuota=3&schema=kp");
        String shown = uri.redacted();
        assertEquals("postgresql://ops:***@db:5432/keys?securityToken=***&accessKeySecret=***&key-secret=***"
                + "&myCredentialFile=***&PASSWORD=***&apiKey=***&tencentQuota=3&schema=kp", shown);
        for (String secret : new String[] {"hunter2", "t0k", "s3c", "=k&", "/x", "=p&", "=ak"}) {
            assertFalse(shown.contains(secret), secret);
        }
        assertEquals(shown, uri.toString());
    }

    @Test
    void aPasswordWithRawSlashesAtSignsOrQuestionMarksIsRedactedWhole() throws Exception {
        for (String password : new String[] {"p/ss", "p@ss", "p?ss=1&x", "a/b?c", "::"}) {
            StoreUri uri = StoreUri.parse("postgresql://ops:" + password + "@db:5432/keys?schema=kp");
            assertEquals("postgresql://ops:***@db:5432/keys?schema=kp", uri.redacted(), password);
            assertEquals("kp", uri.options().get("schema"), password);
            assertFalse(uri.redacted().contains(password), password);
        }
        assertEquals("postgresql://db/keys?note=a@b", StoreUri.parse("postgresql://db/keys?note=a@b").redacted(),
                "an @ in the query is not user info");
        assertEquals("postgresql://ops@db/keys", StoreUri.parse("postgresql://ops@db/keys").redacted());
    }

    @Test
    void aPasswordIsRedactedWithoutAPathInAnEmbeddedUrlAndBesideAnAtInTheQuery() throws Exception {
        assertEquals("postgresql://u:***@host", StoreUri.parse("postgresql://u:secret@host").redacted());
        assertEquals("postgresql://u:***@host:5432?schema=x",
                StoreUri.parse("postgresql://u:secret@host:5432?schema=x").redacted());
        assertEquals("cloud:http://ak:***@proxy:8080", StoreUri.parse("cloud:http://ak:secret@proxy:8080").redacted());
        assertEquals("cloud:?alibabaEndpoint=http://ak:***@proxy:8080".replace("cloud:?", "cloud:x?"),
                StoreUri.parse("cloud:x?alibabaEndpoint=http://ak:secret@proxy:8080").redacted());
        for (String ambiguous : new String[] {"postgresql://u:pw@host/db?x=a@b/c", "postgresql://ops:a@b/c?d@@db/keys"}) {
            StoreUnavailableException refused = assertThrows(StoreUnavailableException.class,
                    () -> StoreUri.parse(ambiguous), ambiguous);
            assertFalse(refused.getMessage().contains("pw") || refused.getMessage().contains("b/c"), refused.getMessage());
        }
    }

    @Test
    void credentialsFoundElsewhereTakeThePlaceOfTheUris() throws Exception {
        assertEquals("postgresql://ops:p%40ss%2Fw%3Frd@db:5432/keys?schema=kp",
                StoreUri.parse("postgresql://db:5432/keys?schema=kp").withUserInfo("ops", "p@ss/w?rd"));
        assertEquals("postgresql://ops:new@db/keys", StoreUri.parse("postgresql://old:pw@db/keys").withUserInfo("ops", "new"));
        assertEquals("postgresql://ops:***@db:5432/keys?schema=kp", StoreUri.parse(StoreUri.parse(
                "postgresql://db:5432/keys?schema=kp").withUserInfo("ops", "p@ss/w?rd")).redacted());
        assertEquals("sqlite:/x.db", StoreUri.parse("sqlite:/x.db").withUserInfo("ops", "pw"));
    }
}
