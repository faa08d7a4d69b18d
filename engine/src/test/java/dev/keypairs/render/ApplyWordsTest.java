package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keypairs.apply.ApplyWarning;
import dev.keypairs.apply.Failure;
import dev.keypairs.apply.FailureCause;
import dev.keypairs.plan.Action;
import dev.keypairs.provider.ApiCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKeyInUse;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The words of an apply's failures and warnings, as apply.json and the log show them. */
class ApplyWordsTest {

    static final String ADDRESS = "alibaba/cn-hangzhou/deploy";
    static final ApiError TAKEN = new ApiError(Provider.ALIBABA, ErrorCode.KEY_PAIR_ALREADY_EXIST,
            "The key pair already exists.");

    static List<FailureCause> everyCause() {
        return List.of(new FailureCause.Refused(TAKEN, FailureCause.Advice.NONE),
                new FailureCause.Unavailable("the store sqlite:/x.db is locked"),
                new FailureCause.NotAttempted(3, "alibaba CreateKeyPair at 127.0.0.1:8080 got no answer: the"
                        + " connection was refused or failed"),
                new FailureCause.PrivateKeyFileAppeared("secrets/deploy.pem"),
                new FailureCause.PrivateKeyFileNotWritable("secrets/deploy.pem", "secrets is not a directory"),
                new FailureCause.PrivateKeyFileNotReserved("secrets/deploy.pem",
                        FailureCause.NotReserved.HELD_BY_ANOTHER_RUN),
                new FailureCause.PrivateKeyMayBeLost(List.of("InternalError", "Throttling")),
                new FailureCause.PrivateKeyNotWritten("secrets/deploy.pem", "AccessDeniedException"),
                new FailureCause.OldNameKept("old-deploy", new FailureCause.Refused(new ApiError(Provider.ALIBABA,
                        ErrorCode.INVALID_PARAMETER_KEYPAIR_ALREADY_ATTACHED_INSTANCE, "Bound to instances."),
                        FailureCause.Advice.DETACH_FROM_INSTANCES)));
    }

    @Test
    void everyFailureIsWordedOnOneLine() {
        assertEquals(List.of(
                ADDRESS + ": create failed: KeyPair.AlreadyExist: The key pair already exists.",
                ADDRESS + ": create failed: StoreUnavailable: the store sqlite:/x.db is locked",
                ADDRESS + ": create failed: StoreUnavailable: not attempted: the store's endpoint left 3 calls in a"
                        + " row unanswered, each after its retries, so this run stopped calling it for the region (the"
                        + " last: alibaba CreateKeyPair at 127.0.0.1:8080 got no answer: the connection was refused or"
                        + " failed). Check that the endpoint is up and reachable, then apply again.",
                ADDRESS + ": create failed: FileExists: privateKeyFile secrets/deploy.pem appeared since the plan; it is"
                        + " never overwritten. Move it away and apply again.",
                ADDRESS + ": create failed: FileNotWritable: privateKeyFile secrets/deploy.pem cannot be created"
                        + " (secrets is not a directory), so the key pair was not created: its key would have been"
                        + " lost. Name a place you can write and apply again.",
                ADDRESS + ": create failed: FileNotWritable: privateKeyFile secrets/deploy.pem cannot be created"
                        + " (another run held it for the whole wait), so the key pair was not created: its key would"
                        + " have been lost. Apply again once the other run is done.",
                ADDRESS + ": create failed: PrivateKeyFileNotWritten: the key pair exists after a try whose answer was"
                        + " lost (InternalError, Throttling): if that try created it, its private key is lost. Delete"
                        + " the key pair and apply again.",
                ADDRESS + ": create failed: PrivateKeyFileNotWritten: the key pair was created but its private key"
                        + " could not be written to secrets/deploy.pem (AccessDeniedException); it is lost. Delete the"
                        + " key pair and apply again.",
                ADDRESS + ": create failed: InvalidParameter.KeypairAlreadyAttachedInstance: Bound to instances. The"
                        + " key pair was imported under its new name, and old-deploy is left in place beside it, still"
                        + " bound to instances: detach it from them (DetachKeyPair), then delete old-deploy (until then"
                        + " the plan reports both names)."),
                everyCause().stream().map(cause -> ApplyWords.line(new Failure(ADDRESS, Action.CREATE, cause, false)))
                        .toList());
        assertEquals(Set.of(FailureCause.class.getPermittedSubclasses()),
                everyCause().stream().map(Object::getClass).collect(Collectors.toSet()));
    }

    @Test
    void everyReasonAReservationFailsForIsWorded() {
        assertEquals(List.of("another run kept replacing it while this one reserved it",
                "another run held it for the whole wait",
                "the apply was interrupted while it waited for another run to let go of it"),
                Arrays.stream(FailureCause.NotReserved.values()).map(reason -> ApplyWords.message(new Failure(ADDRESS,
                        Action.CREATE, new FailureCause.PrivateKeyFileNotReserved("k.pem", reason), false)))
                        .map(message -> message.substring(message.indexOf('(') + 1, message.indexOf(')'))).toList());
    }

    @Test
    void aKeyPairBoundToInstancesIsToldHowToDetachPerProvider() {
        ApiError alibabaBound = new ApiError(Provider.ALIBABA, ErrorCode.INVALID_PARAMETER_KEYPAIR_ALREADY_ATTACHED_INSTANCE,
                "Bound to instances.");
        assertEquals("Bound to instances. The key pair is still bound to instances: detach it from them first"
                + " (DetachKeyPair), then apply again. The old key pair is left in place; nothing was imported.",
                ApplyWords.message(new Failure(ADDRESS, Action.REPLACE,
                        new FailureCause.Refused(alibabaBound, FailureCause.Advice.DETACH_FROM_INSTANCES), false)));
        ApiError tencentBound = new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER_VALUE_KEY_PAIR_NOT_SUPPORTED,
                "Bound to instances.");
        assertEquals("Bound to instances. The key pair is still bound to instances: detach it from them first"
                + " (DisassociateInstancesKeyPairs), then apply again.",
                ApplyWords.message(new Failure("tencent/ap-guangzhou/deploy", Action.DELETE,
                        new FailureCause.Refused(tencentBound, FailureCause.Advice.DETACH_FROM_INSTANCES), false)));
    }

    @Test
    void anOldNameThatCouldNotBeDeletedSaysBothNamesAreHeld() {
        assertEquals("The key pair already exists. The key pair was imported under its new name, and old-deploy is"
                + " left in place beside it: delete old-deploy once nothing uses it (until then the plan reports both"
                + " names).", ApplyWords.message(new Failure(ADDRESS, Action.REPLACE, new FailureCause.OldNameKept(
                        "old-deploy", new FailureCause.Refused(TAKEN, FailureCause.Advice.NONE)), false)));
    }

    @Test
    void aDenialNamesThePolicyAndItsCalls() {
        ApiError denied = new ApiError(Provider.TENCENT, ApiCode.of(Provider.TENCENT, "UnauthorizedOperation",
                OptionalInt.of(403)), "No permission.", OptionalInt.of(403));
        assertEquals(ErrorKind.DENIED, denied.kind());
        assertEquals("No permission. The account refused the access key or its permissions, so this was not retried:"
                + " check that the key keypairs found (clouds.md) is the intended one and that its CAM policy allows"
                + " cvm:DescribeKeyPairs, cvm:ImportKeyPair, cvm:CreateKeyPair, cvm:DeleteKeyPairs,"
                + " cvm:ModifyKeyPairAttribute and tag:ModifyResourceTags.",
                ApplyWords.message(new Failure("tencent/ap-guangzhou/deploy", Action.IMPORT,
                        new FailureCause.Refused(denied, FailureCause.Advice.CHECK_ACCESS), false)));
    }

    @Test
    void aDenialOfACloudNamesTheKeyAndWhereItCameFrom() {
        ApiError denied = new ApiError(Provider.ALIBABA, ApiCode.of(Provider.ALIBABA, "Forbidden.RAM",
                OptionalInt.of(403)), "Not authorized.", OptionalInt.of(403));
        assertEquals("Not authorized. The account refused the access key LTAI-EXAMPLE (from the environment) or its"
                + " permissions, so this was not retried: check that it is the intended one and that its RAM policy"
                + " allows ecs:DescribeKeyPairs, ecs:ImportKeyPair, ecs:CreateKeyPair, ecs:DeleteKeyPairs,"
                + " ecs:TagResources, ecs:UntagResources, ecs:JoinResourceGroup and ecs:DescribeInstances.",
                ApplyWords.message(new Failure(ADDRESS, Action.IMPORT, new FailureCause.Refused(denied,
                        FailureCause.Advice.CHECK_ACCESS, new AccessKeyInUse("LTAI-EXAMPLE",
                                AccessKeyInUse.Source.ENVIRONMENT)), false)));
        assertEquals(List.of("given by the front end, for Maven a settings.xml server", "from the environment",
                "from the SDK's default chain"), Arrays.stream(AccessKeyInUse.Source.values())
                        .map(AccessAdvice::source).toList());
    }

    @Test
    void aReplaceLeftHalfWaySaysTheNextApplyImports() {
        assertEquals(ADDRESS + ": replace failed: KeyPair.AlreadyExist: The key pair already exists. The key pair is"
                + " now absent from the store; the next apply imports it.", ApplyWords.line(new Failure(ADDRESS,
                        Action.REPLACE, new FailureCause.Refused(TAKEN, FailureCause.Advice.NONE), true)));
    }

    @Test
    void everyWarningIsWorded() {
        List<ApplyWarning> warnings = List.of(new ApplyWarning.CreatedWithFileByAnotherRun(ADDRESS, "deploy.pem"),
                new ApplyWarning.CreatedByAnotherRun(ADDRESS, "deploy.pem"));
        assertEquals(List.of(ADDRESS + ": created meanwhile by another run, which wrote deploy.pem",
                ADDRESS + ": created meanwhile by another run; its private key went there, not to deploy.pem"),
                warnings.stream().map(ApplyWords::warning).toList());
        assertEquals(Set.of(ApplyWarning.class.getPermittedSubclasses()),
                warnings.stream().map(Object::getClass).collect(Collectors.toSet()));
        assertEquals(Arrays.asList(ApplyWarning.class.getPermittedSubclasses()).size(), warnings.size());
    }
}
