package dev.keypairs.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;

/**
 * Many distinct, valid {@code ssh-rsa} public keys, made in milliseconds, for tests that fill regions
 * (Tencent refuses the same public key twice in a region). Each modulus is the product of two primes from a
 * small pool, so n primes give n(n-1)/2 keys: fine for tests, never for real keys, which must not share
 * primes. The keys are the same on every run (a fixed seed), so failures reproduce.
 */
public final class TestKeys {

    private static final BigInteger F4 = BigInteger.valueOf(65_537);
    private static final int POOL = 48;
    private static final List<String> KEYS = new ArrayList<>();

    private TestKeys() {
    }

    /** The i-th key (from 0) of the 1024-bit pool, as an OpenSSH line with a comment. */
    public static synchronized String rsa(int index) {
        if (KEYS.isEmpty()) {
            KEYS.addAll(pool(512, POOL, 20_26));
        }
        return KEYS.get(index);
    }

    /** {@code count} distinct keys whose moduli are {@code 2 * primeBits} bits long. */
    public static List<String> distinct(int primeBits, int count, long seed) {
        int primes = 2;
        while (primes * (primes - 1) / 2 < count) {
            primes++;
        }
        return pool(primeBits, primes, seed).subList(0, count);
    }

    private static List<String> pool(int primeBits, int primeCount, long seed) {
        Random random = new Random(seed);
        List<BigInteger> primes = new ArrayList<>();
        while (primes.size() < primeCount) {
            BigInteger prime = BigInteger.probablePrime(primeBits, random);
            // The two top bits set make every product exactly 2 * primeBits long (OpenSSH refuses 1,023 bits).
            if (!prime.testBit(primeBits - 2) || !prime.subtract(BigInteger.ONE).gcd(F4).equals(BigInteger.ONE)
                    || primes.contains(prime)) {
                continue;
            }
            primes.add(prime);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < primes.size(); i++) {
            for (int j = i + 1; j < primes.size(); j++) {
                byte[] blob;
                try {
                    blob = OpenSSHPublicKeyUtil.encodePublicKey(
                            new RSAKeyParameters(false, primes.get(i).multiply(primes.get(j)), F4));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                keys.add("ssh-rsa " + Base64.getEncoder().encodeToString(blob) + " test-" + keys.size());
            }
        }
        return keys;
    }
}
