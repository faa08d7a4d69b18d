package dev.keypairs.project;

/**
 * The one meaning of {@code ~} in the paths keypairs reads from manifests and settings: the user's home directory
 * ({@code user.home}). Such values often reach us without a shell having expanded them, e.g.
 * {@code -Dkeypairs.store=sqlite:~/...} or a manifest's {@code privateKeyFile}.
 */
public final class UserHome {

    private UserHome() {
    }

    /**
     * A path with a leading {@code ~} (alone, or followed by {@code /}) replaced by the user's home directory, as a
     * shell would; any other path unchanged. {@code ~user} is left alone: the JDK cannot look up another user's home.
     *
     * @param path a path as the user wrote it
     * @return the path with the home directory in place of {@code ~}, otherwise {@code path} itself
     */
    public static String expand(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }
}
