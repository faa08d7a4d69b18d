package dev.keypairs.maven;

import dev.keypairs.manifest.DidYouMean;
import dev.keypairs.project.ToolCode;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * A {@code -Dkeypairs.*} property given on the command line wins over the same parameter in the pom's
 * {@code <configuration>} (goals.md), as in Flyway and Jib, so that a CI job can override a project's settings:
 * Maven itself lets the pom win. Each parameter's property is read from the plugin's own descriptor, so every
 * parameter, present or future, follows the one rule. Lists ({@code manifests}, {@code target}) are lists in the pom
 * and comma-separated on the command line. A {@code keypairs.*} property no goal of the plugin knows is refused
 * ({@code UnknownSetting}), naming the closest known one: Maven ignores an unknown {@code -D}, and a misspelt store
 * would otherwise mean the embedded default one.
 */
final class CommandLineSettings {

    /** The properties' namespace: keypairs' own, every property in it one of the plugin's. */
    private static final String NAMESPACE = "keypairs.";
    /**
     * The properties that tell a build's later steps where an emulator it started listens (SPEC §5): set for them,
     * never a parameter of a goal, so known although no descriptor names them.
     */
    private static final String EMULATOR_NAMESPACE = "keypairs.emulator.";

    private CommandLineSettings() {
    }

    /**
     * Sets each of the Mojo's parameters whose {@code keypairs.*} property the command line gives to the command
     * line's value.
     *
     * @param mojo the Mojo whose fields Maven configured from the pom
     * @param plugin the plugin's descriptor, naming each parameter's property
     * @param commandLine the command line's {@code -D} properties
     * @param baseDirectory where a relative file is resolved, as Maven resolves a file parameter; null for none
     * @param emptyLeftToEngine the properties whose empty value the engine refuses itself, in its own words (the
     *     settings that name a place); every other one given empty is refused here
     * @throws MojoFailureException {@code UnknownSetting} for a {@code keypairs.*} property no goal of the plugin
     *     knows, {@code EmptySetting} for a property given empty, {@code InvalidSetting} for a value the parameter
     *     cannot take
     */
    static void apply(Object mojo, PluginDescriptor plugin, Properties commandLine, File baseDirectory,
            Set<String> emptyLeftToEngine) throws MojoFailureException {
        if (plugin == null || commandLine == null) {
            return;
        }
        refuseUnknown(plugin, commandLine);
        // A loop, not a stream: every goal runs this on a cold JVM, where each lambda is linked on first use.
        MojoDescriptor descriptor = null;
        for (MojoDescriptor candidate : plugin.getMojos()) {
            if (mojo.getClass().getName().equals(candidate.getImplementation())) {
                descriptor = candidate;
                break;
            }
        }
        if (descriptor == null || descriptor.getParameters() == null) {
            return;
        }
        for (Parameter parameter : descriptor.getParameters()) {
            String property = property(parameter.getExpression());
            String value = property == null ? null : commandLine.getProperty(property);
            if (value != null && value.isBlank() && !emptyLeftToEngine.contains(property)) {
                // An unset CI variable must never mean a parameter's default.
                throw emptySetting(property);
            }
            if (value != null) {
                set(mojo, parameter.getName(), property, value, baseDirectory, emptyLeftToEngine);
            }
        }
    }

    /**
     * Refuses the {@code keypairs.*} properties that no goal of the plugin knows; those of another goal (such as
     * {@code keypairs.export.to} given to {@code keypairs:plan}) are the plugin's and pass.
     *
     * @throws MojoFailureException {@code UnknownSetting}, naming each unknown property and the known one it was
     *     probably meant to be
     */
    static void refuseUnknown(PluginDescriptor plugin, Properties commandLine) throws MojoFailureException {
        Set<String> known = known(plugin);
        // Compared without the namespace, so that "keypairs." does not make every short name look alike.
        Map<String, String> byName = new TreeMap<>();
        for (String property : known) {
            byName.put(property.substring(NAMESPACE.length()), property);
        }
        Set<String> unknown = new TreeSet<>();
        for (String property : commandLine.stringPropertyNames()) {
            if (property.startsWith(NAMESPACE) && !property.startsWith(EMULATOR_NAMESPACE)
                    && !known.contains(property)) {
                unknown.add(property);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        List<String> refusals = new ArrayList<>();
        for (String property : unknown) {
            refusals.add("-D" + property + " is not a property of keypairs" + DidYouMean.closest(
                    property.substring(NAMESPACE.length()), byName.keySet())
                    .map(name -> " (did you mean -D" + byName.get(name) + "?)").orElse(""));
        }
        throw new MojoFailureException(ToolCode.UNKNOWN_SETTING.code() + ": " + String.join("; ", refusals)
                + ". Spell it as goals.md does (mvn keypairs:help -Ddetail lists each goal's), or leave it out."
                + " Nothing was read or changed.");
    }

    /** Every {@code keypairs.*} property a goal of the plugin takes. */
    static Set<String> known(PluginDescriptor plugin) {
        Set<String> known = new TreeSet<>();
        for (MojoDescriptor goal : plugin.getMojos()) {
            if (goal.getParameters() != null) {
                for (Parameter parameter : goal.getParameters()) {
                    String property = property(parameter.getExpression());
                    if (property != null) {
                        known.add(property);
                    }
                }
            }
        }
        return known;
    }

    /** {@code keypairs.store} of {@code ${keypairs.store}}; null for any other expression. */
    static String property(String expression) {
        if (expression == null || !expression.startsWith("${keypairs.") || !expression.endsWith("}")) {
            return null;
        }
        return expression.substring(2, expression.length() - 1);
    }

    private static void set(Object mojo, String name, String property, String value, File baseDirectory,
            Set<String> emptyLeftToEngine) throws MojoFailureException {
        Field field = field(mojo.getClass(), name);
        if (field == null) {
            throw new IllegalStateException("the plugin's descriptor names a parameter " + name + " it does not have");
        }
        Object converted;
        Class<?> type = field.getType();
        if (type == String.class) {
            converted = value;
        } else if (type == File.class) {
            File file = new File(value);
            converted = file.isAbsolute() || baseDirectory == null ? file : new File(baseDirectory, value);
        } else if (type == boolean.class || type == Boolean.class) {
            converted = bool(property, value);
        } else if (type == List.class && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class) {
            // Empty parts kept: "-Dkeypairs.manifests=," (two unset variables) is given empty, never the default.
            List<String> parts = Arrays.asList(value.split(",", -1));
            if (parts.stream().allMatch(String::isBlank) && !emptyLeftToEngine.contains(property)) {
                throw emptySetting(property);
            }
            converted = parts;
        } else {
            throw new IllegalStateException("the plugin's parameter " + name + " is of a type the command line cannot"
                    + " set: " + type.getName());
        }
        try {
            field.setAccessible(true);
            field.set(mojo, converted);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the plugin's own parameter " + name + " cannot be set", e);
        }
    }

    private static MojoFailureException emptySetting(String property) {
        return new MojoFailureException(ToolCode.EMPTY_SETTING.code() + ": " + property + " is given but empty: give it"
                + " a value (-D" + property + "=...), or leave it out for its default. Nothing was read or changed.");
    }

    private static Boolean bool(String property, String value) throws MojoFailureException {
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        throw new MojoFailureException(ToolCode.INVALID_SETTING.code() + ": -D" + property + "=" + value + " is neither true nor false;"
                + " nothing was read or changed.");
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            try {
                return declaring.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared further up, if anywhere
            }
        }
        return null;
    }
}
