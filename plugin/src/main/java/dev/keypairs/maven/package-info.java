/**
 * The Maven plugin: one small Mojo per goal, each mapping its {@code keypairs.*} parameters to one engine
 * {@link dev.keypairs.workflow.Configuration}, making one call, and turning the engine's typed failures into
 * {@link org.apache.maven.plugin.MojoFailureException}s that say what to fix.
 */
package dev.keypairs.maven;
