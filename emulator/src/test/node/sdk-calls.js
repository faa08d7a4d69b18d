// The providers' official Node.js SDKs against a running emulator, as a user's code calls them. Run by
// NodeSdkTest: `node sdk-calls.js HOST:PORT ACCESS_KEY_ID SECRET PUBLIC_KEY_FILE [http|https]`; prints one JSON
// object of what each SDK answered, or the code it was refused with. Over https, Node.js trusts the emulator's CA
// through NODE_EXTRA_CA_CERTS, as a user's process is told to.
'use strict';
const fs = require('fs');
const RPCClient = require('@alicloud/pop-core');
const Ecs = require('@alicloud/ecs20140526');
const { $OpenApiUtil } = require('@alicloud/openapi-core');
const tencentcloud = require('tencentcloud-sdk-nodejs-cvm');
const intl = require('tencentcloud-sdk-nodejs-intl-en');

const [hostPort, accessKeyId, secret, keyFile, scheme = 'http'] = process.argv.slice(2);
const publicKey = fs.readFileSync(keyFile, 'utf8').trim();

async function outcome(call) {
  try {
    return { ok: await call() };
  } catch (e) {
    return { code: e.code || (e.data && e.data.Code) || String(e) };
  }
}

async function main() {
  const result = {};

  // @alicloud/pop-core: classic HMAC-SHA1; POST puts every parameter, Signature included, in a form body.
  const pop = new RPCClient({ accessKeyId, accessKeySecret: secret, endpoint: `${scheme}://${hostPort}`,
    apiVersion: '2014-05-26' });
  result.popImport = await outcome(async () => (await pop.request('ImportKeyPair',
    { RegionId: 'cn-hangzhou', KeyPairName: 'from-pop-core', PublicKeyBody: publicKey }, { method: 'POST' })).KeyPairFingerPrint);
  result.popDescribe = await outcome(async () => (await pop.request('DescribeKeyPairs',
    { RegionId: 'cn-hangzhou', KeyPairName: 'from-*' }, { method: 'GET' })).TotalCount);
  const popWrong = new RPCClient({ accessKeyId, accessKeySecret: 'wrong', endpoint: `${scheme}://${hostPort}`,
    apiVersion: '2014-05-26' });
  result.popWrongSecret = await outcome(async () => popWrong.request('DescribeRegions', {}, { method: 'POST' }));

  // @alicloud/ecs20140526 over @alicloud/openapi-core: ACS3-HMAC-SHA256.
  const ecs = new Ecs.default(new $OpenApiUtil.Config({ accessKeyId, accessKeySecret: secret, endpoint: hostPort,
    protocol: scheme }));
  result.teaImport = await outcome(async () => (await ecs.importKeyPair(new Ecs.ImportKeyPairRequest({
    regionId: 'cn-hangzhou', keyPairName: 'from-node-tea', publicKeyBody: publicKey,
    tag: [new Ecs.ImportKeyPairRequestTag({ key: 'sdk', value: 'node' })] }))).body.keyPairFingerPrint);
  result.teaDescribe = await outcome(async () => {
    const body = (await ecs.describeKeyPairs(new Ecs.DescribeKeyPairsRequest({ regionId: 'cn-hangzhou',
      pageSize: 50, includePublicKey: true }))).body;
    return body.keyPairs.keyPair.map((k) => `${k.keyPairName} ${k.keyPairFingerPrint}`).sort();
  });
  result.teaDuplicate = await outcome(async () => ecs.importKeyPair(new Ecs.ImportKeyPairRequest({
    regionId: 'cn-hangzhou', keyPairName: 'from-node-tea', publicKeyBody: publicKey })));

  // tencentcloud-sdk-nodejs: TC3, signing the host without its port and the service "127" for 127.0.0.1.
  const Cvm = tencentcloud.cvm.v20170312.Client;
  const cvm = new Cvm({ credential: { secretId: accessKeyId, secretKey: secret }, region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: hostPort, protocol: `${scheme}://` } } });
  result.tencentImport = await outcome(async () => (await cvm.ImportKeyPair({ KeyName: 'from_node', ProjectId: 0,
    PublicKey: publicKey })).KeyId);
  result.tencentDescribe = await outcome(async () => (await cvm.DescribeKeyPairs({ Filters: [{ Name: 'key-name',
    Values: ['from_node'] }] })).KeyPairSet.map((k) => k.KeyName));
  const cvmGet = new Cvm({ credential: { secretId: accessKeyId, secretKey: secret }, region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: hostPort, protocol: `${scheme}://`, reqMethod: 'GET' } } });
  result.tencentGet = await outcome(async () => (await cvmGet.DescribeKeyPairs({ Limit: 5 })).TotalCount);
  result.tencentDuplicate = await outcome(async () => cvm.ImportKeyPair({ KeyName: 'again', ProjectId: 0,
    PublicKey: publicKey }));
  const cvmWrong = new Cvm({ credential: { secretId: accessKeyId, secretKey: 'wrong' }, region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: hostPort, protocol: `${scheme}://` } } });
  result.tencentWrongSecret = await outcome(async () => cvmWrong.DescribeRegions({}));

  // tencentcloud-sdk-nodejs-intl-en with its defaults but the endpoint and plain HTTP: signature version 1,
  // HmacSHA256, POST with a form body, the host signed with its port; callbacks, not promises. In another
  // region, where the same public key is not yet imported.
  const { ClientProfile, HttpProfile, Credential } = intl.common;
  const CvmIntl = intl.cvm.v20170312.Client;
  const intlClient = (secretKey, signMethod, reqMethod) => new CvmIntl(new Credential(accessKeyId, secretKey),
    'ap-shanghai', new ClientProfile(signMethod, new HttpProfile(`${scheme}://`, hostPort, reqMethod)));
  const call = (client, action, request) => new Promise((resolve, reject) =>
    client[action](request, (error, response) => (error ? reject(error) : resolve(response))));
  const cvmIntl = intlClient(secret);
  result.intlImport = await outcome(async () => (await call(cvmIntl, 'ImportKeyPair', { KeyName: 'from_intl',
    ProjectId: 0, PublicKey: publicKey })).KeyId);
  result.intlDescribe = await outcome(async () => (await call(cvmIntl, 'DescribeKeyPairs', { Filters: [{
    Name: 'key-name', Values: ['from_intl'] }] })).KeyPairSet.map((k) => k.KeyName));
  result.intlGet = await outcome(async () => (await call(intlClient(secret, undefined, 'GET'), 'DescribeKeyPairs', {
    KeyIds: [result.intlImport.ok], Limit: 5 })).KeyPairSet.map((k) => k.KeyName));
  result.intlSha1 = await outcome(async () => (await call(intlClient(secret, 'HmacSHA1', 'GET'), 'DescribeKeyPairs',
    { Limit: 100 })).TotalCount);
  result.intlDuplicate = await outcome(async () => call(cvmIntl, 'ImportKeyPair', { KeyName: 'again_intl',
    ProjectId: 0, PublicKey: publicKey }));
  result.intlWrongSecret = await outcome(async () => call(intlClient('wrong'), 'DescribeRegions', {}));
  result.intlWrongSecretGet = await outcome(async () => call(intlClient('wrong', 'HmacSHA1', 'GET'),
    'DescribeKeyPairs', {}));
  result.intlUnknownId = await outcome(async () => call(new CvmIntl(new Credential('AKIDnobody', secret),
    'ap-guangzhou', new ClientProfile(undefined, new HttpProfile(`${scheme}://`, hostPort))), 'DescribeRegions', {}));

  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write(`sdk-calls failed: ${e && e.stack || e}\n`);
  process.exit(1);
});
