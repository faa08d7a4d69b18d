package dev.keypairs.emulator.tencent;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The CVM actions the emulator serves and every request parameter each takes, with its type, nesting and whether
 * it is required, as Tencent Cloud's API definitions give them (TencentCloud/tencentcloud-cli,
 * {@code tccli/services/cvm/v20170312/api.json}; the same in tencentcloud-sdk-go's {@code models.go}). The one
 * place the wire reads parameter names from: a parameter that is neither here nor a {@linkplain #COMMON common
 * parameter} is {@code UnknownParameter}, and a flattened name is at most as deep as the deepest defined one.
 */
enum CvmAction {
    IMPORT_KEY_PAIR("ImportKeyPair", Member.scalar("KeyName", Kind.STRING, true),
            Member.scalar("ProjectId", Kind.INTEGER, true), Member.scalar("PublicKey", Kind.STRING, true),
            Member.listOf("TagSpecification", Shape.TAG_SPECIFICATION, false)),
    CREATE_KEY_PAIR("CreateKeyPair", Member.scalar("KeyName", Kind.STRING, true),
            Member.scalar("ProjectId", Kind.INTEGER, true),
            Member.listOf("TagSpecification", Shape.TAG_SPECIFICATION, false)),
    DESCRIBE_KEY_PAIRS("DescribeKeyPairs", Member.list("KeyIds", Kind.STRING, false),
            Member.listOf("Filters", Shape.FILTER, false), Member.scalar("Offset", Kind.INTEGER, false),
            Member.scalar("Limit", Kind.INTEGER, false)),
    DELETE_KEY_PAIRS("DeleteKeyPairs", Member.list("KeyIds", Kind.STRING, true)),
    DESCRIBE_REGIONS("DescribeRegions");

    /**
     * The common parameters, taken by every action: those of signature version 1 and those the genuine SDKs put in
     * a query or form (the Java SDK's {@code AbstractClient}, the Node.js SDK's {@code abstract_client.js}, the Go
     * and Python SDKs: {@code Action}, {@code Version}, {@code Region}, {@code Timestamp}, {@code Nonce},
     * {@code SecretId}, {@code Signature}, {@code SignatureMethod}, {@code Token}, {@code Language},
     * {@code RequestClient}).
     */
    static final Set<String> COMMON = Set.of("Action", "Version", "Region", "Timestamp", "Nonce", "SecretId",
            "Signature", "SignatureMethod", "Token", "Language", "RequestClient");

    private final String wireName;
    private final Shape request;

    CvmAction(String wireName, Member... members) {
        this.wireName = wireName;
        this.request = new Shape(wireName + "Request", List.of(members));
    }

    /** The action as the wire names it, e.g. {@code DescribeKeyPairs}. */
    String wireName() {
        return wireName;
    }

    /** The action's request parameters. */
    Shape request() {
        return request;
    }

    /** The served action of this name; empty for any other. */
    static Optional<CvmAction> of(String wireName) {
        for (CvmAction action : values()) {
            if (action.wireName.equals(wireName)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** A value's type in the definitions: {@code string}, {@code int} (int64) or one of the objects. */
    enum Kind { STRING, INTEGER, OBJECT }

    /**
     * One parameter, or one member of an object.
     *
     * @param name its name, e.g. {@code Filters}
     * @param kind its type, or an item's when it is a list
     * @param list whether it is a list
     * @param object the object's members when {@code kind} is {@link Kind#OBJECT}; null otherwise
     * @param required whether the definitions mark it required
     */
    record Member(String name, Kind kind, boolean list, Shape object, boolean required) {

        static Member scalar(String name, Kind kind, boolean required) {
            return new Member(name, kind, false, null, required);
        }

        static Member list(String name, Kind kind, boolean required) {
            return new Member(name, kind, true, null, required);
        }

        static Member listOf(String name, Shape object, boolean required) {
            return new Member(name, Kind.OBJECT, true, object, required);
        }

        /** How many segments its deepest flattened name has: {@code Filters.0.Values.0} is four. */
        int segments() {
            return 1 + (list ? 1 : 0) + (object == null ? 0 : object.segments());
        }
    }

    /**
     * An object of the definitions, or an action's request: its members by name.
     *
     * @param name the object's name in the definitions, e.g. {@code Filter}
     * @param members its members, in the definitions' order
     */
    record Shape(String name, List<Member> members) {

        /** {@code Tag}: {@code Key} and {@code Value}, both required. */
        static final Shape TAG = new Shape("Tag", List.of(Member.scalar("Key", Kind.STRING, true),
                Member.scalar("Value", Kind.STRING, true)));
        /** {@code TagSpecification}: {@code ResourceType} and {@code Tags}, both required. */
        static final Shape TAG_SPECIFICATION = new Shape("TagSpecification", List.of(
                Member.scalar("ResourceType", Kind.STRING, true), Member.listOf("Tags", TAG, true)));
        /** {@code Filter}: {@code Name} and {@code Values}, both required. */
        static final Shape FILTER = new Shape("Filter", List.of(Member.scalar("Name", Kind.STRING, true),
                Member.list("Values", Kind.STRING, true)));

        Shape {
            members = List.copyOf(members);
        }

        /** The member of this name, when the object has one. */
        Optional<Member> member(String memberName) {
            return members.stream().filter(member -> member.name().equals(memberName)).findFirst();
        }

        /** How many segments its deepest flattened member name has; 1 for an object without members. */
        int segments() {
            return Math.max(1, members.stream().mapToInt(Member::segments).max().orElse(1));
        }
    }
}
