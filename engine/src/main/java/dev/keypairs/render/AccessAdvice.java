package dev.keypairs.render;

import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKeyInUse;

/**
 * The one wording of what an access key needs: the provider's policy and the calls it must allow, used wherever a
 * denial is explained (an apply's failure, a goal's failure in a front end).
 */
public final class AccessAdvice {

    private AccessAdvice() {
    }

    /**
     * Where a key came from, in the engine's words (clouds.md); a front end names its own place for the first, as the
     * Maven plugin names the settings.xml server.
     */
    public static String source(AccessKeyInUse.Source source) {
        return switch (source) {
            case FRONT_END -> "given by the front end, for Maven a settings.xml server";
            case ENVIRONMENT -> "from the environment";
            case SDK_DEFAULT_CHAIN -> "from the SDK's default chain";
        };
    }

    /** {@code RAM policy allows ecs:DescribeKeyPairs, …} or {@code CAM policy allows cvm:DescribeKeyPairs, …}. */
    public static String policy(Provider provider) {
        return provider == Provider.ALIBABA ? "RAM policy allows ecs:DescribeKeyPairs, ecs:ImportKeyPair,"
                + " ecs:CreateKeyPair, ecs:DeleteKeyPairs, ecs:TagResources, ecs:UntagResources, ecs:JoinResourceGroup"
                + " and ecs:DescribeInstances" : "CAM policy allows cvm:DescribeKeyPairs, cvm:ImportKeyPair,"
                + " cvm:CreateKeyPair, cvm:DeleteKeyPairs, cvm:ModifyKeyPairAttribute and tag:ModifyResourceTags";
    }
}
