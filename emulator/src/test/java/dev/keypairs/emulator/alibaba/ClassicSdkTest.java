package dev.keypairs.emulator.alibaba;

/** The conformance suite through {@code com.aliyun:aliyun-java-sdk-ecs}, which signs HMAC-SHA1. */
class ClassicSdkTest extends AlibabaSdkConformance {

    @Override
    AlibabaSdk sdk(String hostAndPort, String accessKeyId, String secret) {
        return new ClassicSdk(hostAndPort, accessKeyId, secret);
    }
}
