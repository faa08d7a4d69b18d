package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.junit.jupiter.api.Test;

/**
 * goals.md's table of properties says which goals take each: held to the plugin descriptor this build generated,
 * so that the page cannot drift from the Mojos' parameters again.
 */
class GoalsPageTest {

    private static final Path GOALS_PAGE = Path.of("..", "src", "site", "markdown", "goals.md");
    /** A property's expression in a Mojo's configuration: {@code ${keypairs.store}}. */
    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{(keypairs\\.[^}]+)}$");
    /** The table of properties' header; other tables name properties too (those keypairs:start sets). */
    private static final String TABLE_HEADER = "| property | goals | default | meaning |";
    /** A row of the table: the properties, then the goals. */
    private static final Pattern ROW = Pattern.compile("^\\| (`keypairs\\.[^|]+) \\| ([^|]+) \\|");

    @Test
    void eachPropertysGoalsAreTheGoalsThatTakeIt() throws Exception {
        Map<String, Set<String>> described = new TreeMap<>();
        Set<String> everyGoal = new TreeSet<>();
        for (MojoDescriptor mojo : descriptor().getMojos()) {
            everyGoal.add(mojo.getGoal());
            if (mojo.getMojoConfiguration() == null) {
                continue;
            }
            for (var parameter : mojo.getMojoConfiguration().getChildren()) {
                Matcher expression = EXPRESSION.matcher(parameter.getValue(""));
                if (expression.matches()) {
                    described.computeIfAbsent(expression.group(1), key -> new TreeSet<>()).add(mojo.getGoal());
                }
            }
        }

        Map<String, Set<String>> documented = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(GOALS_PAGE, StandardCharsets.UTF_8)) {
            if (line.startsWith(TABLE_HEADER)) {
                inTable = true;
            } else if (!line.startsWith("|")) {
                inTable = false;
            }
            Matcher row = ROW.matcher(line);
            if (!inTable || !row.find()) {
                continue;
            }
            Set<String> goals = goals(row.group(2).strip(), everyGoal);
            for (String property : row.group(1).split(",")) {
                documented.put(property.strip().replace("`", ""), goals);
            }
        }

        assertFalse(documented.isEmpty(), "goals.md's table of properties was not found");
        assertEquals(described, documented, "goals.md's properties and their goals, against plugin.xml");
    }

    /** A row's goals: a list, or "every goal but X". */
    private static Set<String> goals(String cell, Set<String> everyGoal) {
        Set<String> goals = new TreeSet<>();
        if (cell.startsWith("every goal but ")) {
            goals.addAll(everyGoal);
            goals.remove(cell.substring("every goal but ".length()));
            return goals;
        }
        for (String goal : cell.split(",")) {
            goals.add(goal.strip());
        }
        return goals;
    }

    private static PluginDescriptor descriptor() throws Exception {
        try (InputStream in = GoalsPageTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin.xml the build generated (process-classes)");
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PluginDescriptorBuilder().build(reader);
            }
        }
    }
}
