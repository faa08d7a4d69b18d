package dev.keypairs.render;

import dev.keypairs.provider.Provider;

/**
 * The one wording of what an access key needs: the provider's policy and the calls it must allow, used wherever a
 * denial is explained (an apply's failure, a goal's failure in a front end).
 */
public final class AccessAdvice {

    private AccessAdvice() {
    }

    /** {@code RAM policy allows ecs:DescribeKeyPairs, …} or {@code CAM policy allows cvm:DescribeKeyPairs, …}. */
    public static String policy(Provider provider) {
        return provider == Provider.ALIBABA ? "RAM policy allows ecs:DescribeKeyPairs, ecs:ImportKeyPair,"
                + " ecs:CreateKeyPair, ecs:DeleteKeyPairs, ecs:TagResources, ecs:UntagResources and"
                + " ecs:JoinResourceGroup" : "CAM policy allows cvm:DescribeKeyPairs, cvm:ImportKeyPair,"
                + " cvm:CreateKeyPair and cvm:DeleteKeyPairs";
    }
}
