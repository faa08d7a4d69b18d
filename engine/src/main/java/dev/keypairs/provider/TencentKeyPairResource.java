package dev.keypairs.provider;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key pair as Tencent Cloud's Tag API names it: the six-segment resource description
 * {@code qcs::cvm:REGION:uin/UIN:keypair/KEYID} (Tencent Cloud's "Resource Description Method", CAM product 598,
 * and the Tag API's parameter {@code Resource}). The account's uin may be left empty, as Terraform's tencentcloud
 * provider sends it ({@code BuildTagResourceName}), or be the account's number.
 *
 * @param regionId the region segment
 * @param uin the account after {@code uin/}: empty, or digits
 * @param keyId the KeyId after {@code keypair/}
 */
public record TencentKeyPairResource(String regionId, String uin, String keyId) {

    /** Anything but {@code :} in the region, digits or nothing for the uin, anything after {@code keypair/}. */
    private static final Pattern FORM = Pattern.compile("qcs::cvm:([^:]*):uin/([0-9]*):keypair/(.*)", Pattern.DOTALL);

    public TencentKeyPairResource {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(uin, "uin");
        Objects.requireNonNull(keyId, "keyId");
    }

    /** The key pair of this KeyId in this region, with the uin left empty (the cloud fills in the caller's). */
    public static TencentKeyPairResource of(String regionId, String keyId) {
        return new TencentKeyPairResource(regionId, "", keyId);
    }

    /**
     * The key pair a resource description names, when it is in the six-segment form of a CVM key pair; whether its
     * region and KeyId exist is {@link TencentTagRules#checkResource}'s to say.
     */
    public static Optional<TencentKeyPairResource> parse(String resource) {
        if (resource == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(resource);
        return matcher.matches() ? Optional.of(new TencentKeyPairResource(matcher.group(1), matcher.group(2),
                matcher.group(3))) : Optional.empty();
    }

    /** The six-segment form, e.g. {@code qcs::cvm:ap-guangzhou:uin/:keypair/skey-a1b2c3d4}. */
    public String name() {
        return "qcs::cvm:" + regionId + ":uin/" + uin + ":keypair/" + keyId;
    }

    @Override
    public String toString() {
        return name();
    }
}
