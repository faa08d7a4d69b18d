package dev.keypairs.plan;

/** What a plan does with one address, with the symbol the text plan shows for it. */
public enum Action {
    IMPORT("import", "+"),
    CREATE("create", "+"),
    REPLACE("replace", "-/+"),
    /** Tencent: the key pair stored under the old name takes the declared one in place (ModifyKeyPairAttribute). */
    RENAME("rename", "~"),
    UPDATE("update", "~"),
    DELETE("delete", "-"),
    NOOP("no-op", "=");

    private final String id;
    private final String symbol;

    Action(String id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }

    /** The action as plan.json writes it. */
    public String id() {
        return id;
    }

    /** The Terraform-style symbol of the text plan. */
    public String symbol() {
        return symbol;
    }

    /** Whether the action changes the store. */
    public boolean isChange() {
        return this != NOOP;
    }

    @Override
    public String toString() {
        return id;
    }
}
