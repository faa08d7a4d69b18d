package dev.keypairs.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Finding;
import dev.keypairs.plan.FindingFacts;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanError;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.Summary;
import dev.keypairs.plan.Unmanaged;
import dev.keypairs.project.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * plan.json's one definition (goals.md, "plan.json"): written by {@link PlanJson} and read back for a saved
 * plan through these records, so the field names live here once. Tools outside the project read the file, so the
 * names, their order (the records' component order) and which fields may be absent are a contract.
 *
 * @param formatVersion {@link Plan#FORMAT_VERSION}
 * @param basis the plan's basis
 * @param options the options it was made with
 * @param store the store's redacted URI
 * @param changes every declared address and every planned delete
 * @param unmanaged undeclared key pairs left alone
 * @param errors every problem
 * @param findings the key policy's findings (SPEC §14), of declared and unmanaged key pairs
 * @param summary the counts
 */
public record PlanDocument(int formatVersion, String basis, Options options, String store, List<ChangeEntry> changes,
        List<UnmanagedEntry> unmanaged, List<ErrorEntry> errors, List<FindingEntry> findings, SummaryEntry summary) {

    /**
     * Reads what it knows of a plan.json and passes over the rest, as the file's readers outside the project may.
     * A class of its own, so that writing a plan never starts Jackson's data binding.
     */
    private static final class Reading {
        static final ObjectReader READER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readerFor(PlanDocument.class);
    }

    /**
     * {@code options}; {@code policyAsOf} only when given, {@code execution} (the configuration's name among the
     * project's several, Maven's execution id) only when the plan was made by one.
     */
    public record Options(List<String> manifests, List<String> target, Boolean prune,
            @JsonInclude(JsonInclude.Include.NON_NULL) String policyAsOf,
            @JsonInclude(JsonInclude.Include.NON_NULL) String execution) {

        /** Options without {@code policyAsOf} and {@code execution}. */
        public Options(List<String> manifests, List<String> target, Boolean prune) {
            this(manifests, target, prune, null, null);
        }
    }

    /**
     * One of {@code changes}; {@code renamedFrom}, the old name, only for a rename (in place, or done as a replace),
     * whose {@code before} is the key pair stored under it.
     */
    public record ChangeEntry(String address, String provider, String region, String name, String action,
            String reason, SourceEntry source, BeforeState before, AfterState after,
            @JsonInclude(JsonInclude.Include.NON_NULL) String renamedFrom) {
    }

    /** A change's manifest position. */
    public record SourceEntry(String file, int line) {
    }

    /** {@code before}: what the store holds. */
    public record BeforeState(String keyType, Integer bits, String fingerprint, String sha256, Map<String, String> tags,
            String resourceGroupId, Long projectId, String keyId, String createdAt) {
    }

    /** {@code after}: what the manifest asks for; a create not yet applied has no fingerprints. */
    public record AfterState(String keyType, Integer bits,
            @JsonInclude(JsonInclude.Include.NON_NULL) String fingerprint,
            @JsonInclude(JsonInclude.Include.NON_NULL) String sha256, Map<String, String> tags,
            String resourceGroupId, Long projectId) {
    }

    /** One of {@code unmanaged}. */
    public record UnmanagedEntry(String address, String fingerprint) {
    }

    /** One of {@code errors}. */
    public record ErrorEntry(String address, String code, String message, String file, Integer line, Integer column) {
    }

    /** One of {@code findings}: the rule's name as its code, {@code error} or {@code warning}, and its facts. */
    public record FindingEntry(String address, String code, String severity, boolean unmanaged, String message,
            FactsEntry facts) {
    }

    /** A finding's facts: those its rule looked at, the others left out. */
    public record FactsEntry(@JsonInclude(JsonInclude.Include.NON_NULL) String keyType,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer bits,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer minRsaBits,
            @JsonInclude(JsonInclude.Include.NON_NULL) String notAfter,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long daysLeft,
            @JsonInclude(JsonInclude.Include.NON_NULL) String createdAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long ageDays,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxAgeDays) {
    }

    /** {@code summary}. */
    public record SummaryEntry(@JsonProperty("import") int imports,
            @JsonProperty("create") int creates,
            @JsonProperty("replace") int replaces,
            @JsonProperty("rename") int renames,
            @JsonProperty("update") int updates,
            @JsonProperty("delete") int deletes,
            @JsonProperty("noop") int noops, int unmanaged, int errors, int findings) {
    }

    /** The document of a plan. */
    public static PlanDocument of(Plan plan) {
        // Plain loops, not streams: each lambda is linked on first use, and a goal runs once on a cold JVM.
        List<ChangeEntry> changes = new ArrayList<>(plan.changes().size());
        for (Change change : plan.changes()) {
            changes.add(change(change));
        }
        List<UnmanagedEntry> unmanaged = new ArrayList<>(plan.unmanaged().size());
        for (Unmanaged each : plan.unmanaged()) {
            unmanaged.add(new UnmanagedEntry(each.address(), each.fingerprint()));
        }
        List<ErrorEntry> errors = new ArrayList<>(plan.errors().size());
        for (PlanError error : plan.errors()) {
            errors.add(error(PlanWords.diagnostic(error)));
        }
        List<FindingEntry> findings = new ArrayList<>(plan.findings().size());
        for (Finding finding : plan.findings()) {
            findings.add(finding(finding));
        }
        return new PlanDocument(Plan.FORMAT_VERSION, plan.basis(), new Options(plan.options().manifests(),
                plan.options().targets(), plan.options().prune(),
                plan.options().policyAsOf() == null ? null : plan.options().policyAsOf().toString(),
                plan.options().execution()), plan.store(), Collections.unmodifiableList(changes),
                Collections.unmodifiableList(unmanaged), Collections.unmodifiableList(errors),
                Collections.unmodifiableList(findings), summary(plan.summary()));
    }

    private static ChangeEntry change(Change change) {
        KeyPairState before = change.before();
        KeyPairState after = change.after();
        return new ChangeEntry(change.address().toString(), change.address().provider().id(), change.address().region(),
                change.address().name(), change.action().id(), ReasonWords.of(change.reason()),
                change.source() == null ? null : new SourceEntry(change.source().file(), change.source().line()),
                before == null ? null : new BeforeState(before.keyType(), before.bits(), before.fingerprint(),
                        before.sha256(), before.tags(), before.resourceGroupId(), before.projectId(), before.keyId(),
                        InstantText.of(before.createdAt())),
                after == null ? null : new AfterState(after.keyType(), after.bits(), after.fingerprint(),
                        after.fingerprint() == null ? null : after.sha256(), after.tags(), after.resourceGroupId(),
                        after.projectId()), renamedFrom(change));
    }

    private static String renamedFrom(Change change) {
        if (change.reason() instanceof Reason.Renamed renamed) {
            return renamed.from();
        }
        return change.reason() instanceof Reason.RenamedByReplace renamed ? renamed.from() : null;
    }

    private static ErrorEntry error(Diagnostic error) {
        return new ErrorEntry(error.address(), error.code().code(), error.message(),
                error.source() == null ? null : error.source().file(),
                error.source() == null ? null : error.source().line(),
                error.source() == null ? null : error.source().column());
    }

    private static FindingEntry finding(Finding finding) {
        return new FindingEntry(finding.address().toString(), finding.rule().code(), finding.severity().id(),
                finding.unmanaged(), FindingWords.message(finding), facts(finding.facts()));
    }

    private static FactsEntry facts(FindingFacts facts) {
        if (facts instanceof FindingFacts.Key key) {
            return new FactsEntry(key.keyType(), key.bits(), null, null, null, null, null, null);
        } else if (facts instanceof FindingFacts.RsaSize size) {
            return new FactsEntry(size.keyType(), size.bits(), size.minRsaBits(), null, null, null, null, null);
        } else if (facts instanceof FindingFacts.Validity validity) {
            return new FactsEntry(validity.keyType(), null, null, validity.notAfter().toString(), validity.daysLeft(),
                    null, null, null);
        }
        FindingFacts.Age age = (FindingFacts.Age) facts;
        return new FactsEntry(null, null, null, null, null, age.createdAt().toString(), age.ageDays(), age.maxAgeDays());
    }

    private static SummaryEntry summary(Summary summary) {
        return new SummaryEntry(summary.imports(), summary.creates(), summary.replaces(), summary.renames(),
                summary.updates(),
                summary.deletes(), summary.noops(), summary.unmanaged(), summary.errors(), summary.findings());
    }

    /** As plan.json text: two-space indent, fields in component order, a final newline. */
    public String toJson() {
        JsonText json = new JsonText(1024 + 1100 * changes.size());
        json.startObject().field("formatVersion", formatVersion).field("basis", basis).name("options").startObject()
                .field("manifests", options.manifests()).field("target", options.target())
                .field("prune", options.prune()).fieldUnlessNull("policyAsOf", options.policyAsOf())
                .fieldUnlessNull("execution", options.execution()).endObject().field("store", store).name("changes")
                .startArray();
        // Loops, not lambdas: each lambda is linked on first use, and this runs once on a cold JVM.
        for (ChangeEntry change : changes) {
            write(json, change);
        }
        json.endArray().name("unmanaged").startArray();
        for (UnmanagedEntry each : unmanaged) {
            json.startObject().field("address", each.address()).field("fingerprint", each.fingerprint()).endObject();
        }
        json.endArray().name("errors").startArray();
        for (ErrorEntry error : errors) {
            json.startObject().field("address", error.address()).field("code", error.code())
                    .field("message", error.message()).field("file", error.file()).field("line", error.line())
                    .field("column", error.column()).endObject();
        }
        json.endArray().name("findings").startArray();
        for (FindingEntry finding : findings) {
            write(json, finding);
        }
        return json.endArray().name("summary").startObject().field("import", summary.imports())
                .field("create", summary.creates()).field("replace", summary.replaces())
                .field("rename", summary.renames()).field("update", summary.updates())
                .field("delete", summary.deletes()).field("noop", summary.noops())
                .field("unmanaged", summary.unmanaged()).field("errors", summary.errors())
                .field("findings", summary.findings()).endObject().endObject().document();
    }

    private static void write(JsonText json, ChangeEntry change) {
        json.startObject().field("address", change.address()).field("provider", change.provider())
                .field("region", change.region()).field("name", change.name()).field("action", change.action())
                .field("reason", change.reason()).name("source");
        if (change.source() == null) {
            json.nullValue();
        } else {
            json.startObject().field("file", change.source().file()).field("line", change.source().line()).endObject();
        }
        BeforeState before = change.before();
        json.name("before");
        if (before == null) {
            json.nullValue();
        } else {
            json.startObject().field("keyType", before.keyType()).field("bits", before.bits())
                    .field("fingerprint", before.fingerprint()).field("sha256", before.sha256())
                    .field("tags", before.tags()).field("resourceGroupId", before.resourceGroupId())
                    .field("projectId", before.projectId()).field("keyId", before.keyId())
                    .field("createdAt", before.createdAt()).endObject();
        }
        AfterState after = change.after();
        json.name("after");
        if (after == null) {
            json.nullValue();
        } else {
            json.startObject().field("keyType", after.keyType()).field("bits", after.bits())
                    .fieldUnlessNull("fingerprint", after.fingerprint()).fieldUnlessNull("sha256", after.sha256())
                    .field("tags", after.tags()).field("resourceGroupId", after.resourceGroupId())
                    .field("projectId", after.projectId()).endObject();
        }
        json.fieldUnlessNull("renamedFrom", change.renamedFrom()).endObject();
    }

    private static void write(JsonText json, FindingEntry finding) {
        json.startObject().field("address", finding.address()).field("code", finding.code())
                .field("severity", finding.severity()).field("unmanaged", finding.unmanaged())
                .field("message", finding.message()).name("facts");
        FactsEntry facts = finding.facts();
        if (facts == null) {
            json.nullValue();
        } else {
            json.startObject().fieldUnlessNull("keyType", facts.keyType()).fieldUnlessNull("bits", facts.bits())
                    .fieldUnlessNull("minRsaBits", facts.minRsaBits()).fieldUnlessNull("notAfter", facts.notAfter())
                    .fieldUnlessNull("daysLeft", facts.daysLeft()).fieldUnlessNull("createdAt", facts.createdAt())
                    .fieldUnlessNull("ageDays", facts.ageDays()).fieldUnlessNull("maxAgeDays", facts.maxAgeDays())
                    .endObject();
        }
        json.endObject();
    }

    /** Reads a plan.json; what it lacks is null. */
    public static PlanDocument read(Path file) throws IOException {
        return Reading.READER.readValue(file.toFile());
    }
}
