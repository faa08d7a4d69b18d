package dev.keypairs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publicKeyFile: containment first (lexical and through symlinks, dangling ones too), then existence. */
class ProjectFilesTest {

    @TempDir
    Path root;

    private List<Diagnostic> errorsFor(Path base, String keyFile) {
        ManifestProject project = new ManifestProject(base);
        project.write("keypairs.yaml", "alibaba: {cn-hangzhou: {keyPairs: [{name: k, publicKeyFile: '" + keyFile
                + "'}]}}\n");
        return project.read().errors();
    }

    private String onlyCode(List<Diagnostic> errors) {
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0).code().code();
    }

    @Test
    void lexicalEscapeIsOutside() throws Exception {
        Path base = Files.createDirectories(root.resolve("project"));
        Files.writeString(root.resolve("outside.pub"), Fixtures.text("rsa-2048.pub"));
        assertEquals("FileOutsideProject", onlyCode(errorsFor(base, "../outside.pub")));
        assertEquals("FileOutsideProject", onlyCode(errorsFor(base, root.resolve("outside.pub").toString())));
        assertEquals("FileOutsideProject", onlyCode(errorsFor(base, "../missing.pub")),
                "containment is checked before existence");
    }

    @Test
    void aSiblingWhoseNameStartsWithTheProjectsIsOutside() throws Exception {
        Path base = Files.createDirectories(root.resolve("project"));
        Path sibling = Files.createDirectories(root.resolve("project-old"));
        Files.writeString(sibling.resolve("key.pub"), Fixtures.text("rsa-2048.pub"));
        Files.createSymbolicLink(base.resolve("old.pub"), sibling.resolve("key.pub"));

        assertEquals("FileOutsideProject", onlyCode(errorsFor(base, "../project-old/key.pub")));
        assertEquals("FileOutsideProject", onlyCode(errorsFor(base, sibling.resolve("key.pub").toString())));
        assertEquals("FileOutsideProject", onlyCode(errorsFor(base, "old.pub")));
    }

    @Test
    void symlinkOutIsOutsideEvenWhenDangling() throws Exception {
        Path base = Files.createDirectories(root.resolve("project"));
        Files.writeString(root.resolve("outside.pub"), Fixtures.text("rsa-2048.pub"));
        Files.createSymbolicLink(base.resolve("link.pub"), root.resolve("outside.pub"));
        Files.createSymbolicLink(base.resolve("dangling.pub"), root.resolve("nowhere.pub"));
        Files.createSymbolicLink(base.resolve("dir"), root);

        assertEquals("FileOutsideProject", onlyCode(errorsFor(base, "link.pub")));
        assertEquals("FileOutsideProject", onlyCode(errorsFor(base, "dangling.pub")));
        assertEquals("FileOutsideProject", onlyCode(errorsFor(base, "dir/outside.pub")));
    }

    @Test
    void symlinksInsideAreFineAndADanglingOneIsNotFound() throws Exception {
        Path base = Files.createDirectories(root.resolve("project"));
        Files.createDirectories(base.resolve("keys"));
        Files.writeString(base.resolve("keys/real.pub"), Fixtures.text("rsa-2048.pub"));
        Files.createSymbolicLink(base.resolve("alias.pub"), Path.of("keys/real.pub"));
        Files.createSymbolicLink(base.resolve("gone.pub"), Path.of("keys/gone.pub"));

        assertEquals(List.of(), errorsFor(base, "alias.pub"));
        assertEquals("FileNotFound", onlyCode(errorsFor(base, "gone.pub")));
        assertEquals("FileNotFound", onlyCode(errorsFor(base, "keys")));
    }

    @Test
    void aSymlinkedWorkspaceWorks() throws Exception {
        Path real = Files.createDirectories(root.resolve("real-workspace"));
        Files.writeString(real.resolve("k.pub"), Fixtures.text("rsa-2048.pub"));
        Path link = Files.createSymbolicLink(root.resolve("workspace"), real);

        assertEquals(List.of(), errorsFor(link, "k.pub"));
        assertEquals(List.of(), errorsFor(link, root.resolve("workspace/k.pub").toString()));
        assertTrue(new ProjectPaths(link).contains(link.resolve("k.pub")));
        assertFalse(new ProjectPaths(link).contains(root.resolve("elsewhere")));
    }

    @Test
    void messagesNameThePathNotTheContent() throws Exception {
        Path base = Files.createDirectories(root.resolve("project"));
        String secret = "SECRET-CONTENT-" + System.nanoTime();
        Files.writeString(root.resolve("secret.txt"), secret);
        Diagnostic error = errorsFor(base, "../secret.txt").get(0);
        assertFalse(error.message().contains(secret));
        assertTrue(error.message().contains("../secret.txt"), error.message());
    }
}
