/** Alibaba Cloud ECS through {@code com.aliyun:ecs20140526}: the only package that knows that SDK. */
package dev.keypairs.cloud.alibaba;
