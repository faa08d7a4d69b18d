package dev.keypairs.plan;

import dev.keypairs.project.Address;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.Code;
import dev.keypairs.provider.ErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One problem of a plan, as a typed value: plan.json's {@code errors}, worded by the renderers. A plan with any is
 * never applied.
 */
public sealed interface PlanError {

    /** The problem's code, a provider's or keypairs' own. */
    Code code();

    /** The key pair's or region's address; null for a problem of a file as a whole. */
    String address();

    /** Where in which manifest; null when the problem has no place in a manifest. */
    Source source();

    /**
     * A problem worded where it was found: by the manifest reader, or a provider's documented error for a
     * declaration, a region or a change the account would refuse.
     *
     * @param diagnostic the problem
     */
    record Found(Diagnostic diagnostic) implements PlanError {
        public Found {
            Objects.requireNonNull(diagnostic, "diagnostic");
        }

        @Override
        public Code code() {
            return diagnostic.code();
        }

        @Override
        public String address() {
            return diagnostic.address();
        }

        @Override
        public Source source() {
            return diagnostic.source();
        }
    }

    /**
     * A planned create whose {@code privateKeyFile} holds something already: it is never overwritten.
     *
     * @param keyPair the key pair
     * @param source the {@code privateKeyFile} field
     * @param declaredPath the file as the manifest names it
     */
    record PrivateKeyFileExists(Address keyPair, Source source, String declaredPath) implements PlanError {
        @Override
        public Code code() {
            return ToolCode.FILE_EXISTS;
        }

        @Override
        public String address() {
            return keyPair.toString();
        }
    }

    /**
     * A planned create whose {@code privateKeyFile} cannot be created: the key would be lost.
     *
     * @param keyPair the key pair
     * @param source the {@code privateKeyFile} field
     * @param declaredPath the file as the manifest names it
     * @param why what stands in the way, as the file system check says it
     */
    record PrivateKeyFileNotWritable(Address keyPair, Source source, String declaredPath, String why)
            implements PlanError {
        @Override
        public Code code() {
            return ToolCode.FILE_NOT_WRITABLE;
        }

        @Override
        public String address() {
            return keyPair.toString();
        }
    }

    /**
     * A replace or destroy of a key pair declared with {@code protect: true}.
     *
     * @param keyPair the key pair
     * @param source its declaration
     * @param wouldBe why it would otherwise be replaced or deleted
     */
    record Protected(Address keyPair, Source source, Reason wouldBe) implements PlanError {
        @Override
        public Code code() {
            return ToolCode.PROTECTED;
        }

        @Override
        public String address() {
            return keyPair.toString();
        }
    }

    /**
     * A declaration whose {@code renamedFrom} names a key pair the store holds beside the one under the declared
     * name: which of the two is meant cannot be told, so neither is touched.
     *
     * @param keyPair the declared key pair (the new name)
     * @param renamedFrom the old name's address
     * @param source the {@code renamedFrom} field
     */
    record RenameConflict(Address keyPair, Address renamedFrom, Source source) implements PlanError {
        @Override
        public Code code() {
            return ToolCode.CONFLICTING_FIELDS;
        }

        @Override
        public String address() {
            return keyPair.toString();
        }
    }

    /**
     * A delete or replace of a key pair the store reports bound to instances: the cloud refuses to delete it
     * (Alibaba {@code InvalidParameter.KeypairAlreadyAttachedInstance}, Tencent
     * {@code InvalidParameterValue.KeyPairNotSupported}), so the plan predicts that refusal instead of failing half
     * way through an apply.
     *
     * @param keyPair the address of the planned change
     * @param source its declaration, or the region's for a key pair deleted by pruning
     * @param action the planned action: {@link Action#DELETE} or {@link Action#REPLACE}
     * @param bound the bound key pair's name (the old name, for a rename done as a replace)
     * @param instances the instances it is bound to, as the store reports them
     */
    record BoundToInstances(Address keyPair, Source source, Action action, String bound, List<String> instances)
            implements PlanError {
        public BoundToInstances {
            instances = List.copyOf(instances);
        }

        /** The provider's documented refusal of deleting a bound key pair. */
        @Override
        public Code code() {
            return Arrays.stream(ErrorCode.values())
                    .filter(code -> code.meansBoundToInstances() && code.isDocumentedBy(keyPair.provider()))
                    .findFirst().orElseThrow();
        }

        @Override
        public String address() {
            return keyPair.toString();
        }
    }

    /**
     * An {@code error} finding of the key policy on a declared key pair (SPEC §14): nothing is applied.
     *
     * @param finding the finding
     * @param source the key pair's declaration
     */
    record PolicyViolation(Finding finding, Source source) implements PlanError {
        public PolicyViolation {
            Objects.requireNonNull(finding, "finding");
        }

        @Override
        public Code code() {
            return finding.rule();
        }

        @Override
        public String address() {
            return finding.address().toString();
        }
    }

    /**
     * A region the plan would take past its quota, reported once at the region.
     *
     * @param refusal the provider's quota error
     * @param region the region
     * @param source the region's declaration
     * @param held the key pairs it holds now
     * @param deleted the key pairs the plan deletes
     * @param added the key pairs the plan adds (imports and creates)
     * @param quota the region's quota
     */
    record OverQuota(ApiError refusal, Address region, Source source, int held, long deleted, long added, int quota)
            implements PlanError {
        @Override
        public Code code() {
            return refusal.code();
        }

        @Override
        public String address() {
            return region.toString();
        }

        /** The key pairs the region would hold after the plan. */
        public long total() {
            return held - deleted + added;
        }
    }
}
