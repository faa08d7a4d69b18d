/**
 * What the two providers' SDK clients share, and nothing of either SDK: where calls go ({@link
 * dev.keypairs.cloud.client.ClientSettings}), where credentials come from before an SDK's own chain ({@link
 * dev.keypairs.cloud.client.CredentialSources}), and how an SDK's answers and failures become the store's
 * ({@link dev.keypairs.cloud.client.Answers}).
 */
package dev.keypairs.cloud.client;
