package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keypairs.manifest.PruneScope;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.TagChange;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The words of every reason the planner decides, as the text plan, plan.md and plan.json's reason show them. */
class ReasonWordsTest {

    static Map<Reason, String> everyReason() {
        Map<Reason, String> words = new LinkedHashMap<>();
        words.put(new Reason.NotInStore(), "not in store");
        words.put(new Reason.GeneratedByStore(), "not in store; the store generates an RSA-2048 key pair");
        words.put(new Reason.SameKey(), "in store with the same key");
        words.put(new Reason.CreatedKeptAsIs(), "exists; a created key pair is never re-created");
        words.put(new Reason.KeyChanged("3f:aa", "9a:bb"), "key changed: 3f:aa → 9a:bb");
        words.put(new Reason.CertificateResigned("9a:bb"),
                "certificate re-signed: the same key (9a:bb) in a different certificate");
        words.put(new Reason.ProjectMoved(0L, 5L), "projectId 0 → 5 (a key pair's project cannot change in place)");
        words.put(new Reason.AttributesDiffer(List.of(new TagChange.Added("added", "y"),
                new TagChange.Changed("owner", "old", "new"), new TagChange.Removed("gone")),
                new Reason.ResourceGroupMove("rg-a", "rg-b")),
                "tags +added=y, owner: old → new, -gone; resourceGroupId rg-a → rg-b");
        words.put(new Reason.NotDeclared(PruneScope.of("ci-", Map.of("team", "a", "env", "x"))),
                "not declared; prune namePrefix 'ci-' and tags env=x, team=a");
        words.put(new Reason.Destroy(), "declared; destroy");
        words.put(new Reason.Renamed("ops_old", List.of(new TagChange.Added("team", "web"))),
                "renamed from ops_old in place, keeping its KeyId; then tags +team=web");
        words.put(new Reason.RenamedByReplace("old-name", null, false), "renamed from old-name as a replace: alibaba"
                + " has no rename call; the new name lands first, then old-name is deleted");
        return words;
    }

    @Test
    void everyReasonHasItsWords() {
        everyReason().forEach((reason, words) -> assertEquals(words, ReasonWords.of(reason), reason.toString()));
    }

    @Test
    void theWordsCoverEveryKindOfReason() {
        Set<Class<?>> kinds = Arrays.stream(Reason.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(kinds, everyReason().keySet().stream().map(Object::getClass).collect(Collectors.toSet()));
    }

    @Test
    void updatesWordOnlyWhatDiffers() {
        assertEquals("tags -gone", ReasonWords.of(new Reason.AttributesDiffer(List.of(new TagChange.Removed("gone")),
                null)));
        assertEquals("resourceGroupId null → rg-b", ReasonWords.of(new Reason.AttributesDiffer(List.of(),
                new Reason.ResourceGroupMove(null, "rg-b"))));
    }

    @Test
    void aRenameSaysWhatItKeepsAndWhyAndInWhichOrderItIsAReplace() {
        assertEquals("renamed from ops_old in place, keeping its KeyId", ReasonWords.of(new Reason.Renamed("ops_old",
                List.of())));
        assertEquals("renamed from ops_old as a replace: key changed: 3f:aa → 9a:bb; the new name lands first, then"
                + " ops_old is deleted", ReasonWords.of(new Reason.RenamedByReplace("ops_old",
                        new Reason.KeyChanged("3f:aa", "9a:bb"), false)));
        assertEquals("renamed from ops_old as a replace: projectId 0 → 5 (a key pair's project cannot change in"
                + " place); ops_old is deleted, then the new name imported", ReasonWords.of(
                        new Reason.RenamedByReplace("ops_old", new Reason.ProjectMoved(0L, 5L), true)));
    }

    @Test
    void pruneScopesAreWordedAsTheManifestSetsThem() {
        assertEquals("prune", ReasonWords.pruneScope(PruneScope.ALL));
        assertEquals("no prune", ReasonWords.pruneScope(PruneScope.NONE));
        assertEquals("prune namePrefix 'ci-'", ReasonWords.pruneScope(PruneScope.prefix("ci-")));
        assertEquals("prune tags managed-by=keypairs",
                ReasonWords.pruneScope(PruneScope.of(null, Map.of("managed-by", "keypairs"))));
    }
}
