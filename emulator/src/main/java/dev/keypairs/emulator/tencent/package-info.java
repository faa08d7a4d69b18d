/**
 * Tencent Cloud's APIs for key pairs, on the wire: CVM (2017-03-12) and the Tag API (2018-08-13) on the same port,
 * a JSON body (or a GET query or form, lists flattened from 0), the TC3 signature or signature version 1, answers
 * in the {@code Response} envelope, errors with HTTP 200 ({@code TencentEnvelope}), and each action mapped onto the
 * store's wire-shaped requests (emulator.md).
 */
package dev.keypairs.emulator.tencent;
