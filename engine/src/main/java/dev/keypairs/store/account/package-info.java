/**
 * The account model: the documented behaviour of a provider account (semantics.md) as one
 * {@link dev.keypairs.store.KeyPairStore}, {@link dev.keypairs.store.account.Account}, over a small transactional
 * {@link dev.keypairs.store.account.Storage}. The rules that depend on what an account holds are functions of
 * {@link dev.keypairs.store.account.AccountRules}, which the planner predicts with too. Each provider's
 * DescribeKeyPairs (its filters, paging and answer) is a class of its own, {@code AlibabaDescribeKeyPairs} and
 * {@code TencentDescribeKeyPairs}, which the account calls once the region is checked. Storages (SQLite, memory)
 * keep only rows beneath it.
 */
package dev.keypairs.store.account;
