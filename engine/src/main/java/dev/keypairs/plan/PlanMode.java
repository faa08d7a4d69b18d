package dev.keypairs.plan;

/** What a plan is for: the manifests' changes, or the deletion of what they declare. */
public enum PlanMode {
    /** {@code keypairs:plan} and {@code keypairs:apply}: make the store match the manifests. */
    APPLY,
    /**
     * {@code keypairs:destroy} (and its preview): delete every declared key pair the store holds, protected ones
     * refused, nothing undeclared touched.
     */
    DESTROY
}
