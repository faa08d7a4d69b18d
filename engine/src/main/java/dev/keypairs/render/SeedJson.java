package dev.keypairs.render;

import dev.keypairs.apply.ApplyResult;
import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.project.Address;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A seed's answer (emulator.md): {@code {"summary": {…as apply.json's…}, "privateKeys": {ADDRESS: PEM}}}, the
 * private keys of the key pairs the seed created, as the store returned them. The one document keypairs writes that
 * holds key material: it is the answer to the caller who asked for those keys, and is never written to a file.
 */
public final class SeedJson {

    private SeedJson() {
    }

    /** The seed's answer as JSON text. */
    public static String write(ApplyResult result) {
        JsonText json = new JsonText(1024 + 4096 * result.privateKeys().size()).startObject();
        ApplyJson.summary(json, result);
        json.name("privateKeys").startObject();
        for (Map.Entry<Address, PrivateKeyPem> key : result.privateKeys().entrySet()) {
            json.field(key.getKey().toString(), new String(key.getValue().pemBytes(), StandardCharsets.US_ASCII));
        }
        return json.endObject().endObject().document();
    }
}
