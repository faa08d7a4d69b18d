package dev.keypairs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        for (String password : new String[] {"p/ss", "p@ss", "p?ss=1&x", "a@b/c?d@", "::"}) {
            StoreUri uri = StoreUri.parse("postgresql://ops:" + password + "@db:5432/keys?schema=kp");
            assertEquals("postgresql://ops:***@db:5432/keys?schema=kp", uri.redacted(), password);
            assertEquals("kp", uri.options().get("schema"), password);
            assertFalse(uri.redacted().contains(password), password);
        }
        assertEquals("postgresql://db/keys?note=a@b", StoreUri.parse("postgresql://db/keys?note=a@b").redacted(),
                "an @ in the query is not user info");
        assertEquals("postgresql://ops@db/keys", StoreUri.parse("postgresql://ops@db/keys").redacted());
    }
}
