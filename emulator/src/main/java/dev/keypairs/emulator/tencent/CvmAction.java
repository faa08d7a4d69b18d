package dev.keypairs.emulator.tencent;

import java.util.List;
import java.util.Optional;

/**
 * The CVM (2017-03-12) actions the emulator serves and every request parameter each takes, as Tencent Cloud's API
 * definitions give them (TencentCloud/tencentcloud-cli, {@code tccli/services/cvm/v20170312/api.json}).
 */
enum CvmAction implements TencentAction {
    IMPORT_KEY_PAIR("ImportKeyPair", Member.scalar("KeyName", Kind.STRING, true),
            Member.scalar("ProjectId", Kind.INTEGER, true), Member.scalar("PublicKey", Kind.STRING, true),
            Member.listOf("TagSpecification", Objects.TAG_SPECIFICATION, false)),
    CREATE_KEY_PAIR("CreateKeyPair", Member.scalar("KeyName", Kind.STRING, true),
            Member.scalar("ProjectId", Kind.INTEGER, true),
            Member.listOf("TagSpecification", Objects.TAG_SPECIFICATION, false)),
    DESCRIBE_KEY_PAIRS("DescribeKeyPairs", Member.list("KeyIds", Kind.STRING, false),
            Member.listOf("Filters", Objects.FILTER, false), Member.scalar("Offset", Kind.INTEGER, false),
            Member.scalar("Limit", Kind.INTEGER, false)),
    DELETE_KEY_PAIRS("DeleteKeyPairs", Member.list("KeyIds", Kind.STRING, true)),
    MODIFY_KEY_PAIR_ATTRIBUTE("ModifyKeyPairAttribute", Member.scalar("KeyId", Kind.STRING, true),
            Member.scalar("KeyName", Kind.STRING, false), Member.scalar("Description", Kind.STRING, false)),
    DESCRIBE_REGIONS("DescribeRegions");

    private final String wireName;
    private final Shape request;

    CvmAction(String wireName, Member... members) {
        this.wireName = wireName;
        this.request = new Shape(wireName + "Request", List.of(members));
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public Shape request() {
        return request;
    }

    /** The served action of this name; empty for any other. */
    static Optional<CvmAction> of(String wireName) {
        return TencentAction.named(CvmAction.class, wireName);
    }

    /** The objects of CVM's definitions the served actions take. */
    static final class Objects {

        /** {@code Tag}: {@code Key} and {@code Value}, both required. */
        static final Shape TAG = new Shape("Tag", List.of(Member.scalar("Key", Kind.STRING, true),
                Member.scalar("Value", Kind.STRING, true)));
        /** {@code TagSpecification}: {@code ResourceType} and {@code Tags}, both required. */
        static final Shape TAG_SPECIFICATION = new Shape("TagSpecification", List.of(
                Member.scalar("ResourceType", Kind.STRING, true), Member.listOf("Tags", TAG, true)));
        /** {@code Filter}: {@code Name} and {@code Values}, both required. */
        static final Shape FILTER = new Shape("Filter", List.of(Member.scalar("Name", Kind.STRING, true),
                Member.list("Values", Kind.STRING, true)));

        private Objects() {
        }
    }
}
