package dev.keypairs.emulator.alibaba;

/** The conformance suite through {@code com.aliyun:ecs20140526}, which signs ACS3-HMAC-SHA256. */
class TeaSdkTest extends AlibabaSdkConformance {

    @Override
    AlibabaSdk sdk(String hostAndPort, String accessKeyId, String secret) throws Exception {
        return new TeaSdk(hostAndPort, accessKeyId, secret);
    }
}
