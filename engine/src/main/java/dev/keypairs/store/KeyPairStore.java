package dev.keypairs.store;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.CreateKeyPairRequest;
import dev.keypairs.provider.ImportKeyPairRequest;
import dev.keypairs.provider.Provider;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A backing store of key pairs that behaves as the providers document their APIs: every call is validated
 * by the provider's rules, every response carries a fresh {@code RequestId}, and every refusal is an
 * {@link ApiErrorException} with its code, message and (Alibaba) HTTP status. The emulated stores are the
 * account model ({@code dev.keypairs.store.account.Account}) over a storage; the real clouds answer for
 * themselves.
 *
 * <p>Implementations are safe for use from several threads at once (apply works on regions in parallel)
 * and, where they say so, from several processes.
 */
public interface KeyPairStore extends AutoCloseable {

    /** The store's URI with any credentials redacted: safe to print and to record in plans. */
    String displayUri();

    /**
     * How many key pairs the region may hold, where the store knows it: Alibaba's documented 500; Tencent's
     * per-region setting of an emulated store, or the {@code tencentQuota} a {@code cloud:} URI gives. Empty when
     * the store cannot tell (a real Tencent account without {@code tencentQuota}): the plan then predicts no quota
     * refusal, and apply reports the cloud's own.
     */
    OptionalInt quota(Provider provider, String regionId) throws StoreException;

    /**
     * The calls whose documented rate this store holds its callers to, which keypairs paces at that rate
     * ({@link StoreCalls}): an emulated account with its rate limit on enforces Tencent's ImportKeyPair and
     * CreateKeyPair; the real clouds enforce every documented rate.
     */
    Set<ApiCall> ratedCalls();

    /**
     * How many regions keypairs works on at once against this store: the embedded stores are bound by this
     * machine's processors, the clouds by their latency.
     */
    default int concurrency() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * How many regions keypairs reads at once: one for the embedded stores, whose reads are this machine's work
     * and gain nothing from threads on the cold JVM a goal runs on (performance.md); the clouds read as many as they
     * work on, each region a round trip away.
     */
    default int readConcurrency() {
        return 1;
    }

    /**
     * Readies the store for calls on these providers' regions, before the run makes any: the real clouds find
     * each provider's credentials here, so that a missing one fails before anything is read or changed.
     *
     * @throws StoreUnavailableException when the store cannot serve one of them; the message says what to fix
     */
    default void prepare(Set<Provider> providers) throws StoreException {
    }

    /** ImportKeyPair of Alibaba Cloud or Tencent Cloud. */
    ImportKeyPairResponse importKeyPair(ImportKeyPairRequest request) throws StoreException;

    /**
     * CreateKeyPair of Alibaba Cloud or Tencent Cloud: the store generates an RSA-2048 pair, keeps the public
     * half and returns the private key once.
     */
    CreateKeyPairResponse createKeyPair(CreateKeyPairRequest request) throws StoreException;

    /** DescribeKeyPairs: one page of a region's key pairs that match the request, ordered by name. */
    DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest request) throws StoreException;

    /** DeleteKeyPairs: up to 100 names (Alibaba) or KeyIds (Tencent) of one region. */
    DeleteKeyPairsResponse deleteKeyPairs(DeleteKeyPairsRequest request) throws StoreException;

    /** TagResources (Alibaba Cloud): adds or overwrites tags on key pairs of one region. */
    Acknowledgement tagResources(TagResourcesRequest request) throws StoreException;

    /** UntagResources (Alibaba Cloud): removes tags, by key, from key pairs of one region. */
    Acknowledgement untagResources(UntagResourcesRequest request) throws StoreException;

    /** JoinResourceGroup (Alibaba Cloud): moves a key pair into a resource group. */
    Acknowledgement joinResourceGroup(JoinResourceGroupRequest request) throws StoreException;

    /**
     * ModifyKeyPairAttribute (Tencent Cloud): renames a key pair in place, keeping its KeyId and every binding, and
     * sets its description.
     */
    Acknowledgement modifyKeyPairAttribute(ModifyKeyPairAttributeRequest request) throws StoreException;

    /**
     * ModifyResourceTags of Tencent Cloud's Tag API for a key pair: adds or overwrites some tags and removes others,
     * in one call.
     */
    Acknowledgement modifyResourceTags(ModifyResourceTagsRequest request) throws StoreException;

    /**
     * The instances a described key pair is bound to, for a plan that would delete or replace it (the clouds refuse
     * to delete a bound key pair). Tencent reports them with the key pair ({@code AssociatedInstanceIds}), which is
     * what this answers unless a store knows better; Alibaba's DescribeKeyPairs does not, and a store that serves
     * real accounts asks (DescribeInstances by {@code KeyPairName}). Emulated accounts hold no instances.
     *
     * @param keyPair a key pair this store described
     */
    default List<String> instancesBoundTo(StoredKeyPair keyPair) throws StoreException {
        return keyPair.associatedInstanceIds();
    }

    /**
     * Empties the store: every key pair of every provider and region, their tags, and the rate window, in one
     * transaction, so that a call in flight finishes first and a call after it finds an empty account. The
     * emulator's reset (emulator.md) calls it; no plan or apply does.
     *
     * @throws StoreUnavailableException when the store cannot be emptied: the real clouds ({@code cloud:}) refuse
     *     as {@code ErrorKind.DENIED}, for keypairs never empties a real account
     */
    void clear() throws StoreException;

    /** Releases the store's resources; calls after it fail. */
    @Override
    void close() throws StoreException;
}
