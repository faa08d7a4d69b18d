package dev.keypairs.emulator.tencent;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An action of one of Tencent Cloud's APIs the emulator serves ({@link CvmAction}, {@link TagAction}), with every
 * request parameter it takes, as Tencent Cloud's API definitions give them (TencentCloud/tencentcloud-cli,
 * {@code tccli/services/<product>/<version>/api.json}; the same in tencentcloud-sdk-go's {@code models.go}): the one
 * place the wire reads parameter names from. A parameter that is neither the action's nor a
 * {@linkplain #COMMON common parameter} is {@code UnknownParameter}, and a flattened name is at most as deep as the
 * deepest defined one ({@link TencentParameterCheck}, {@link TencentParameters}).
 */
interface TencentAction {

    /** The action of this name among an API's served actions; empty for any other. */
    static <A extends Enum<A> & TencentAction> Optional<A> named(Class<A> actions, String wireName) {
        for (A action : actions.getEnumConstants()) {
            if (action.wireName().equals(wireName)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }


    /**
     * The common parameters, taken by every action of every API: those of signature version 1 and those the genuine
     * SDKs put in a query or form (the Java SDK's {@code AbstractClient}, the Node.js SDK's {@code abstract_client.js},
     * the Go and Python SDKs: {@code Action}, {@code Version}, {@code Region}, {@code Timestamp}, {@code Nonce},
     * {@code SecretId}, {@code Signature}, {@code SignatureMethod}, {@code Token}, {@code Language},
     * {@code RequestClient}).
     */
    Set<String> COMMON = Set.of("Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature",
            "SignatureMethod", "Token", "Language", "RequestClient");

    /** The action as the wire names it, e.g. {@code DescribeKeyPairs}. */
    String wireName();

    /** The action's request parameters. */
    Shape request();

    /** A value's type in the definitions: {@code string}, {@code int} (int64, uint64) or one of the objects. */
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

        public Shape {
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
