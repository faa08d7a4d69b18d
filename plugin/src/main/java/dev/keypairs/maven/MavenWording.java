package dev.keypairs.maven;

import dev.keypairs.cloud.client.CredentialSources;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.render.AccessAdvice;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Setting;

/**
 * Maven's words for the engine's failures, as Jib's {@code HelpfulSuggestions} gives each front end its own: the
 * engine names what to change by its configuration key, this says how a Maven user changes it.
 */
final class MavenWording {

    private MavenWording() {
    }

    /** The failure's message, followed by how to change the setting it names, in Maven's terms. */
    static String describe(KeypairsException failure) {
        StringBuilder message = new StringBuilder(failure.getMessage());
        if (failure.code() == ToolCode.STALE_PLAN) {
            message.append(" Run mvn keypairs:plan for the new plan.");
        } else if (failure.code() == ToolCode.CHANGES_PENDING || failure.code() == ToolCode.APPLY_FAILED) {
            message.append(" (The apply goal: mvn keypairs:apply.)");
        }
        if (failure.getCause() instanceof ApiErrorException refused && refused.kind() == ErrorKind.DENIED) {
            Provider provider = refused.error().provider();
            message.append(" The ").append(provider.id()).append(" account refused the access key or its permissions,"
                    + " so nothing was retried or changed: check the key in the settings.xml server keypairs-")
                    .append(provider.id()).append(" (or -Dkeypairs.").append(provider.id()).append(".serverId), else ")
                    .append(CredentialSources.Variables.of(provider).id()).append(" and ")
                    .append(CredentialSources.Variables.of(provider).secret())
                    .append(" in the environment: that it is the intended, enabled key, and that its ")
                    .append(AccessAdvice.policy(provider))
                    .append(". A clock far off also fails signatures.");
        }
        Setting setting = failure.setting();
        if (setting != null) {
            message.append(" (Set ").append(setting.key()).append(" with -D").append(setting.key())
                    .append("=... on the command line, or <").append(parameter(setting))
                    .append("> in the plugin's <configuration>.)");
        }
        return message.toString();
    }

    /** The Mojo parameter a setting is, as written in a pom. */
    static String parameter(Setting setting) {
        return switch (setting) {
            case MANIFESTS -> "manifests";
            case STORE -> "store";
            case OUT -> "out";
            case PLAN -> "plan";
            case REGIONS_ALIBABA -> "alibabaRegions";
            case REGIONS_TENCENT -> "tencentRegions";
            case AUTO_APPROVE -> "autoApprove";
            case EXPORT_REGIONS -> "regions";
            case EXPORT_TO -> "to";
        };
    }
}
