package dev.keypairs.render;

import dev.keypairs.project.ToolCode;
import java.nio.file.Path;
import java.util.List;

/**
 * What makes a goal's configuration unusable, as typed values: {@link FailureWords#of(ConfigurationProblem)} says
 * it in words. Each names its code.
 */
public sealed interface ConfigurationProblem {

    /** The code the failure reports. */
    ToolCode code();

    /**
     * Settings given but left empty: never taken for the default.
     *
     * @param keys their configuration keys, e.g. {@code keypairs.store}
     */
    record EmptySettings(List<String> keys) implements ConfigurationProblem {
        public EmptySettings {
            keys = List.copyOf(keys);
        }

        @Override
        public ToolCode code() {
            return ToolCode.EMPTY_SETTING;
        }
    }

    /**
     * The project's base directory cannot be used.
     *
     * @param directory the directory
     * @param cause why, as the failure says it; null when it does not exist
     */
    record ProjectDirectory(Path directory, String cause) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.FILE_NOT_FOUND;
        }
    }

    /**
     * A region catalogue file that cannot be read.
     *
     * @param provider the provider's id
     * @param cause the catalogue's own message, naming the file and the line
     */
    record RegionCatalogue(String provider, String cause) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.INVALID_SETTING;
        }
    }

    /**
     * An output file (plan.json, plan.md, apply.json) that cannot be written.
     *
     * @param name the file's name
     * @param directory the output directory
     * @param cause the I/O failure, as it says itself
     */
    record OutputNotWritable(String name, Path directory, String cause) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.FILE_NOT_WRITABLE;
        }
    }

    /**
     * A saved plan that cannot be read.
     *
     * @param file the file
     * @param failure the simple name of the I/O failure's class
     */
    record SavedPlanUnreadable(Path file, String failure) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.FILE_NOT_FOUND;
        }
    }

    /**
     * A saved plan that is no plan.json of the format this version writes.
     *
     * @param file the file
     * @param formatVersion the format expected
     */
    record NotASavedPlan(Path file, int formatVersion) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.INVALID_SETTING;
        }
    }

    /**
     * A saved plan made for another configuration (another execution of the pom, other manifests, another store):
     * refused before anything is read, as applying it would read one account with another's options.
     *
     * @param file the saved plan
     * @param plan the configuration it was made for
     * @param goal the configuration the goal runs with
     */
    record OtherConfiguration(Path file, ConfigurationIdentity plan, ConfigurationIdentity goal)
            implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.OTHER_CONFIGURATION;
        }
    }

    /**
     * A {@code keypairs.policy.asOf} that is no date of the form {@code YYYY-MM-DD}.
     *
     * @param given the value as given
     */
    record InvalidPolicyAsOf(String given) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.INVALID_SETTING;
        }
    }

    /** A destroy given a saved plan: it makes its own. */
    record DestroyWithSavedPlan() implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.INVALID_SETTING;
        }
    }

    /** An export without regions: it never guesses which to read. */
    record NoExportRegions() implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.NO_EXPORT_REGIONS;
        }
    }

    /**
     * An export region glob naming no provider keypairs knows.
     *
     * @param glob the glob
     * @param suggestion the glob with the closest provider id, and the closest region id where its region matched
     *     none, when one is close enough to be a likely misspelling; null otherwise
     */
    record UnknownProvider(String glob, String suggestion) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.UNKNOWN_PROVIDER;
        }
    }

    /**
     * An export region glob matching no region of the catalogue.
     *
     * @param glob the glob
     * @param example a region address that would match, {@code PROVIDER/REGION}; null when the glob names no region
     * @param suggestion the region address closest to the glob, {@code PROVIDER/REGION}, when one is close enough to
     *     be a likely misspelling; null otherwise
     */
    record NoSuchRegion(String glob, String example, String suggestion) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.NO_SUCH_REGION;
        }
    }

    /**
     * The export's manifest outside the project.
     *
     * @param manifest the manifest as given
     * @param base the project's base directory
     */
    record ExportOutsideProject(String manifest, Path base) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.FILE_OUTSIDE_PROJECT;
        }
    }

    /**
     * A key file the export would write that leads outside the project (through a link).
     *
     * @param file the key file, relative to the base
     * @param base the project's base directory
     */
    record KeyFileOutsideProject(String file, Path base) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.FILE_OUTSIDE_PROJECT;
        }
    }

    /**
     * A key file the export cannot write, found before anything was written.
     *
     * @param file the key file, relative to the base
     * @param why why not, as the check says it
     */
    record KeyFileNotWritable(String file, String why) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.FILE_NOT_WRITABLE;
        }
    }

    /**
     * The export failed while writing; what it had written is removed again.
     *
     * @param cause the I/O failure, as it says itself
     */
    record ExportNotWritten(String cause) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.FILE_NOT_WRITABLE;
        }
    }

    /**
     * A file the export would write exists, and overwriting was not asked for.
     *
     * @param file the file as shown to the user
     */
    record ExportFileExists(String file) implements ConfigurationProblem {
        @Override
        public ToolCode code() {
            return ToolCode.FILE_EXISTS;
        }
    }
}
