package dev.keypairs.maven;

import dev.keypairs.cloud.client.CredentialSources;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.render.AccessAdvice;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.workflow.InvalidConfigurationException;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Setting;
import java.util.Map;

/**
 * Maven's words for the engine's failures, as Jib's {@code HelpfulSuggestions} gives each front end its own: the
 * engine names what to change by its configuration key, this says how a Maven user changes it.
 */
final class MavenWording {

    private MavenWording() {
    }

    /** The failure's message, followed by how to change the setting it names, in Maven's terms. */
    static String describe(KeypairsException failure) {
        return describe(failure, Map.of());
    }

    /**
     * The failure's message, followed by how to change the setting it names, in Maven's terms.
     *
     * @param serverIds the settings.xml server each provider's key is read from, where the goal has a store; the
     *     default ids otherwise
     */
    static String describe(KeypairsException failure, Map<Provider, String> serverIds) {
        StringBuilder message = new StringBuilder(failure.getMessage());
        if (failure.code() == ToolCode.STALE_PLAN) {
            message.append(" Run mvn keypairs:plan for the new plan.");
        } else if (failure instanceof InvalidConfigurationException invalid
                && invalid.problem() instanceof ConfigurationProblem.OtherConfiguration other) {
            message.append(" (Its own execution applies it: mvn keypairs:apply").append(at(other.plan().execution()))
                    .append(" -Dkeypairs.plan=").append(other.file()).append("; this one's plan: mvn keypairs:plan")
                    .append(at(other.goal().execution())).append(".)");
        } else if (failure.code() == ToolCode.CHANGES_PENDING || failure.code() == ToolCode.APPLY_FAILED) {
            message.append(" (The apply goal: mvn keypairs:apply.)");
        }
        if (failure.getCause() instanceof ApiErrorException refused && refused.kind() == ErrorKind.DENIED) {
            Provider provider = refused.error().provider();
            String serverId = serverIds.getOrDefault(provider, "keypairs-" + provider.id());
            message.append(" The ").append(provider.id()).append(" account refused ");
            refused.accessKey().ifPresentOrElse(key -> message.append("the access key ").append(key.id())
                    .append(" from ").append(source(provider, key.source(), serverId))
                    .append(" or its permissions, so nothing was retried or changed: check that it is the intended,"
                            + " enabled key"), () -> message.append("the access key or its permissions, so nothing"
                            + " was retried or changed: check the key in the settings.xml server ").append(serverId)
                            .append(" (or -Dkeypairs.").append(provider.id()).append(".serverId), else ")
                            .append(CredentialSources.Variables.of(provider).id()).append(" and ")
                            .append(CredentialSources.Variables.of(provider).secret())
                            .append(" in the environment: that it is the intended, enabled key"));
            message.append(", and that its ").append(AccessAdvice.policy(provider))
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

    /**
     * How a goal is named to run as this execution: {@code @prod}; nothing for a goal run by its name
     * ({@code default-cli}) or a plan that names no execution.
     */
    private static String at(String execution) {
        return execution == null || execution.equals("default-cli") ? "" : "@" + execution;
    }

    /** Which of the three places (clouds.md) a provider's key came from, as a Maven user gives it. */
    private static String source(Provider provider, AccessKeyInUse.Source source, String serverId) {
        CredentialSources.Variables variables = CredentialSources.Variables.of(provider);
        return switch (source) {
            case FRONT_END -> "the settings.xml server " + serverId;
            case ENVIRONMENT -> "the environment (" + variables.id() + " and " + variables.secret() + ")";
            case SDK_DEFAULT_CHAIN -> "the " + provider.id() + " SDK's default chain (a profile file, OIDC or the"
                    + " instance's role), as neither the settings.xml server " + serverId + " nor the environment ("
                    + variables.id() + ") held a key";
        };
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
            case POLICY_AS_OF -> "policyAsOf";
        };
    }
}
