package dev.keypairs.provider;

/** The key pair calls of the providers' APIs that keypairs makes, by their documented action names. */
public enum ApiCall {
    IMPORT_KEY_PAIR("ImportKeyPair"),
    CREATE_KEY_PAIR("CreateKeyPair"),
    DESCRIBE_KEY_PAIRS("DescribeKeyPairs"),
    DELETE_KEY_PAIRS("DeleteKeyPairs"),
    TAG_RESOURCES("TagResources"),
    UNTAG_RESOURCES("UntagResources"),
    JOIN_RESOURCE_GROUP("JoinResourceGroup"),
    /** Tencent Cloud CVM: renames (and describes) a key pair in place. */
    MODIFY_KEY_PAIR_ATTRIBUTE("ModifyKeyPairAttribute"),
    /** Tencent Cloud's Tag API: changes a key pair's tags in place. */
    MODIFY_RESOURCE_TAGS("ModifyResourceTags"),
    /**
     * Alibaba Cloud ECS, read by the plan: the instances bound to a key pair it would delete or replace
     * ({@code KeyPairName}), retried and paced as every other read.
     */
    DESCRIBE_INSTANCES("DescribeInstances");

    private final String action;

    ApiCall(String action) {
        this.action = action;
    }

    /** The action name, as the API and apply.json spell it. */
    public String action() {
        return action;
    }

    @Override
    public String toString() {
        return action;
    }
}
