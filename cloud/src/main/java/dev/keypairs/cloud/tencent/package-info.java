/** Tencent Cloud CVM through {@code com.tencentcloudapi:tencentcloud-sdk-java-cvm}: the only package that knows that SDK. */
package dev.keypairs.cloud.tencent;
