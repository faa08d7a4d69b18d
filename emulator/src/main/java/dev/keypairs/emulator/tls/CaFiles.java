package dev.keypairs.emulator.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * The local CA's two PEM files: the certificate at the path given ({@code keypairs.serve.tls.ca}), which clients
 * trust, and its private key beside it, {@code NAME-key.pem} (mkcert's {@code rootCA.pem} and
 * {@code rootCA-key.pem}), readable by its owner alone. Made at the first start, read at every later one, so a
 * trust store built from the certificate stays valid; replaced only once the certificate has expired.
 *
 * <p>Emulators starting at once (two modules of one build, parallel tests) share one CA: the files are made under
 * a lock ({@code NAME.lock} beside them, and a lock within the JVM) and written whole or not at all (a temporary
 * file moved into place).
 */
public final class CaFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private CaFiles() {
    }

    /** Where the CA's private key is kept for this certificate file: {@code NAME-key.pem} beside it. */
    public static Path keyFile(Path certificateFile) {
        String name = certificateFile.getFileName().toString();
        String stem = name.endsWith(".pem") ? name.substring(0, name.length() - ".pem".length()) : name;
        return certificateFile.resolveSibling(stem + "-key.pem");
    }

    /**
     * The CA these files hold, made and written first when there is none: when neither file exists, when only the
     * key does (a CA whose certificate was never written, so nobody trusts it yet), or when the certificate has
     * expired (or is not yet valid) at {@code now}.
     *
     * @throws CaFileException when the files cannot be read or written, are not a CA certificate and its key, or
     *     the key may be read by others; a certificate without its key is refused too (never replaced: it may be
     *     trusted)
     */
    public static CertificateAuthority loadOrMake(Path certificateFile, Instant now) throws CaFileException {
        Path certificate = certificateFile.toAbsolutePath().normalize();
        Path key = keyFile(certificate);
        // One JVM-wide lock: two threads of one JVM cannot both hold the file lock (OverlappingFileLockException).
        synchronized (CaFiles.class) {
            try {
                createDirectory(certificate.getParent());
            } catch (IOException e) {
                throw new CaFileException("cannot create the directory " + certificate.getParent() + " ("
                        + reason(e) + "): make it, or name a file in another", e);
            }
            Path lockFile = certificate.resolveSibling(certificate.getFileName() + ".lock");
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                if (Files.exists(certificate) && Files.exists(key)) {
                    // A directory the emulator may not write to (a CA mounted read-only): read, never write.
                    return read(certificate, key, now, false);
                }
                throw new CaFileException("cannot write in " + certificate.getParent() + " (" + reason(e)
                        + "): name a file in a directory the emulator may write to", e);
            }
            try (channel; FileLock lock = channel.lock()) {
                return read(certificate, key, now, true);
            } catch (IOException e) {
                throw new CaFileException("cannot lock " + lockFile + " (" + reason(e) + ")", e);
            }
        }
    }

    private static CertificateAuthority read(Path certificate, Path key, Instant now, boolean mayWrite)
            throws CaFileException {
        boolean hasCertificate = Files.exists(certificate);
        if (!hasCertificate && mayWrite) {
            return written(CertificateAuthority.make(now), certificate, key);
        }
        if (!Files.exists(key)) {
            throw new CaFileException(certificate + " has no key beside it (" + key + "): put the key there, or"
                    + " delete the certificate for a new CA (to be trusted again)", null);
        }
        refuseKeyOthersMayRead(key);
        CertificateAuthority authority = CertificateAuthority.of(readCertificate(certificate), readKey(key),
                certificate.toString());
        if (!authority.validAt(now) && mayWrite) {
            // An expired CA is trusted by nobody any more: a new one in its place, to be trusted once again.
            return written(CertificateAuthority.make(now), certificate, key);
        }
        return authority;
    }

    private static X509Certificate readCertificate(Path file) throws CaFileException {
        Object pem = firstPemObject(file);
        if (!(pem instanceof X509CertificateHolder holder)) {
            throw new CaFileException(file + " is not a PEM certificate (-----BEGIN CERTIFICATE-----): delete it"
                    + " and its key for a new CA (to be trusted again)", null);
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new CaFileException(file + " holds a certificate the JDK cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static PrivateKey readKey(Path file) throws CaFileException {
        Object pem = firstPemObject(file);
        try {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (pem instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (pem instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
        } catch (PEMException e) {
            throw new CaFileException(file + " holds a key the JDK cannot read (" + e.getMessage() + ")", e);
        }
        throw new CaFileException(file + " is not an unencrypted PEM private key (-----BEGIN PRIVATE KEY-----)", null);
    }

    private static Object firstPemObject(Path file) throws CaFileException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            return parser.readObject();
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle reports malformed PEM and DER as IOExceptions or as runtime ones: either is unreadable.
            throw new CaFileException("cannot read " + file + " (" + reason(e) + ")", e);
        }
    }

    /** As ssh refuses a private key others may read: a key others read lets them mint certificates you trust. */
    private static void refuseKeyOthersMayRead(Path key) throws CaFileException {
        PosixFileAttributeView view = Files.getFileAttributeView(key, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            for (PosixFilePermission permission : permissions) {
                if (!permission.name().startsWith("OWNER_")) {
                    throw new CaFileException(key + " may be read by others ("
                            + PosixFilePermissions.toString(permissions) + "): chmod 600 it", null);
                }
            }
        } catch (IOException e) {
            throw new CaFileException("cannot read " + key + " (" + reason(e) + ")", e);
        }
    }

    private static CertificateAuthority written(CertificateAuthority authority, Path certificate, Path key)
            throws CaFileException {
        try {
            // The key first: a start killed between the two leaves a key without a certificate, which the next
            // start replaces (nobody can trust a certificate that was never written).
            writeAtomically(key, pem("PRIVATE KEY", authority.key().getEncoded()), OWNER_ONLY);
            writeAtomically(certificate, pem("CERTIFICATE", authority.certificate().getEncoded()), WORLD_READABLE);
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new CaFileException("cannot write " + certificate + " and " + key + " (" + reason(e)
                    + "): name a file in a directory the emulator may write to", e);
        }
        return authority;
    }

    private static String pem(String type, byte[] der) throws IOException {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        }
        return text.toString();
    }

    /** A temporary file, owner-only from its creation, filled, then moved over the target in one step. */
    private static void writeAtomically(Path target, String text, Set<PosixFilePermission> permissions)
            throws IOException {
        Path directory = target.getParent();
        boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
        FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp", attributes);
        try {
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            if (posix) {
                Files.setPosixFilePermissions(temporary, permissions);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The directory of the files, owner-only when made here (~/.keypairs holds the CA's key). */
    private static void createDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (Files.getFileAttributeView(directory.getRoot(), PosixFileAttributeView.class) != null) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException files && files.getReason() != null) {
            return files.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
