package dev.keypairs.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsResponseBody.DescribeKeyPairsResponseBodyKeyPairsKeyPair;
import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.PublicKeyReader;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link KeypairsSeed} from the class path, on the class and on a test, with {@link ResetBetweenTests}: the official
 * SDKs see the seeded key pairs, an imported one by its fingerprint, and a created one's private key, which the test
 * takes from {@link Seeded}, is the private half of the public key the store holds.
 */
@ExtendWith(KeypairsEmulatorExtension.class)
@ResetBetweenTests
@KeypairsSeed(KeypairsEmulatorExtensionSeedTest.ALIBABA_SEED)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeypairsEmulatorExtensionSeedTest {

    static final String ALIBABA_SEED = "dev/keypairs/emulator/junit/alibaba-seed.yaml";
    static final String TENCENT_SEED = "/dev/keypairs/emulator/junit/tencent-seed.yaml";
    static final String BASTION = "alibaba/cn-hangzhou/bastion";
    static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    @BeforeAll
    static void theClassSeedIsThereForBeforeAll(Emulator emulator, Seeded seeded) throws Exception {
        assertEquals(List.of("bastion", "deploy"), alibaba(emulator).keySet().stream().sorted().toList());
        KEYS.put("before all", seeded.privateKey(BASTION));
    }

    @Test
    @Order(1)
    void theClassSeedImportsAndCreatesAndTheTestHasTheCreatedPrivateKey(Emulator emulator, Seeded seeded)
            throws Exception {
        Map<String, DescribeKeyPairsResponseBodyKeyPairsKeyPair> keyPairs = alibaba(emulator);
        assertEquals(List.of("bastion", "deploy"), keyPairs.keySet().stream().sorted().toList());
        assertEquals(TestEmulators.sshKeygenMd5("rsa-2048.pub"), keyPairs.get("deploy").getKeyPairFingerPrint());
        String bastion = seeded.privateKey(BASTION);
        assertEquals(modulus(bastion, "PRIVATE KEY"), modulusOf(keyPairs.get("bastion").getPublicKey()));
        assertNotEquals(KEYS.get("before all"), bastion, "reset, then created anew for the test");
        assertEquals(List.of(ALIBABA_SEED), List.copyOf(seeded.reports().keySet()));
        assertEquals("imported 1, created 1, replaced 0, updated 0, deleted 0; 0 already as declared",
                seeded.report(ALIBABA_SEED).summaryLine());
        KEYS.put("first test", bastion);
    }

    @Test
    @Order(2)
    @KeypairsSeed(TENCENT_SEED)
    void aTestsOwnSeedIsAppliedAfterTheResetAndTheClassSeed(Emulator emulator, Seeded seeded) throws Exception {
        assertEquals(List.of(ALIBABA_SEED, TENCENT_SEED), List.copyOf(seeded.reports().keySet()));
        String bastion = seeded.privateKey(BASTION);
        assertNotNull(KEYS.get("first test"));
        assertNotEquals(KEYS.get("first test"), bastion, "the reset emptied the account: bastion was created anew");
        assertEquals(modulus(bastion, "PRIVATE KEY"), modulusOf(alibaba(emulator).get("bastion").getPublicKey()));

        Map<String, KeyPair> tencent = Arrays.stream(KeypairsEmulatorExtensionTest.cvm(emulator)
                .DescribeKeyPairs(new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest())
                .getKeyPairSet()).collect(Collectors.toMap(KeyPair::getKeyName, keyPair -> keyPair));
        assertEquals(List.of("deploy_key", "ops_key"), tencent.keySet().stream().sorted().toList());
        assertEquals(modulus(seeded.privateKey("tencent/ap-guangzhou/ops_key"), "RSA PRIVATE KEY"),
                modulusOf(tencent.get("ops_key").getPublicKey()));
    }

    /** Alibaba's official SDK (Tea, ACS3-HMAC-SHA256): the key pairs of cn-hangzhou, by name. */
    static Map<String, DescribeKeyPairsResponseBodyKeyPairsKeyPair> alibaba(Emulator emulator) throws Exception {
        Client client = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(emulator.hostAndPort()).setProtocol("http")
                .setRegionId("cn-hangzhou"));
        return client.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId("cn-hangzhou")
                .setIncludePublicKey(true)).getBody().getKeyPairs().getKeyPair().stream()
                .collect(Collectors.toMap(DescribeKeyPairsResponseBodyKeyPairsKeyPair::getKeyPairName,
                        keyPair -> keyPair));
    }

    /** The RSA modulus of a PEM private key of this type (PKCS#8 for Alibaba, PKCS#1 for Tencent). */
    static BigInteger modulus(String pem, String pemType) throws Exception {
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            PemObject object = reader.readPemObject();
            assertEquals(pemType, object.getType());
            RSAPrivateKey rsa = pemType.equals("PRIVATE KEY")
                    ? RSAPrivateKey.getInstance(PrivateKeyInfo.getInstance(object.getContent()).parsePrivateKey())
                    : RSAPrivateKey.getInstance(object.getContent());
            return rsa.getModulus();
        }
    }

    /** The RSA modulus of an OpenSSH public key line, as an SDK returned it. */
    static BigInteger modulusOf(String publicKey) throws Exception {
        return ((RSAKeyParameters) OpenSSHPublicKeyUtil.parsePublicKey(PublicKeyReader.read(publicKey).blob().bytes()))
                .getModulus();
    }
}
