package dev.keypairs.emulator.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import java.util.Iterator;
import java.util.Map;

/**
 * Holds a call's parameter tree to its action's definition ({@link TencentAction}): a name the action does not define,
 * at any depth ({@code Filters.0.Foo}), is {@code UnknownParameter}; a value of the wrong type
 * {@code InvalidParameter}, as Tencent's common error codes describe it; a required member of an object
 * ({@code Filters.0.Name}, {@code TagSpecification.0.Tags.0.Key}) that is missing {@code MissingParameter}. An
 * action's own required parameters are the account model's to check, so that the plan predicts them.
 */
final class TencentParameterCheck {

    private TencentParameterCheck() {
    }

    /**
     * Checks a request's parameters.
     *
     * @param tree the parameters as an object
     * @param action whose definition they are held to
     * @param flattened whether they came flattened in a query or form, where every value is text
     */
    static void check(JsonNode tree, TencentAction action, boolean flattened) throws WireException {
        checkObject(tree, action.request(), "", action.wireName(), flattened, true);
    }

    private static void checkObject(JsonNode object, TencentAction.Shape shape, String prefix, String action,
            boolean flattened, boolean top) throws WireException {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (top && TencentAction.COMMON.contains(field.getKey())) {
                continue;
            }
            String path = prefix + field.getKey();
            TencentAction.Member member = shape.member(field.getKey()).orElseThrow(() -> new WireException(
                    ProtocolCode.UNKNOWN_PARAMETER, "The parameter " + path + " is not a parameter of " + action
                            + "."));
            if (!field.getValue().isNull()) {
                checkValue(member, field.getValue(), path, action, flattened);
            }
        }
        if (top) {
            return;
        }
        for (TencentAction.Member member : shape.members()) {
            JsonNode given = object.path(member.name());
            if (member.required() && (given.isMissingNode() || given.isNull())) {
                throw new WireException(ProtocolCode.MISSING_PARAMETER, "The parameter " + prefix + member.name()
                        + " is missing: a " + shape.name() + " needs it.");
            }
        }
    }

    private static void checkValue(TencentAction.Member member, JsonNode value, String path, String action,
            boolean flattened) throws WireException {
        if (!member.list()) {
            checkItem(member, value, path, action, flattened);
            return;
        }
        if (!value.isArray()) {
            throw wrongType(path, "a list");
        }
        int index = 0;
        for (JsonNode item : value) {
            checkItem(member, item, path + "." + index++, action, flattened);
        }
    }

    private static void checkItem(TencentAction.Member member, JsonNode item, String path, String action,
            boolean flattened) throws WireException {
        switch (member.kind()) {
            case STRING -> {
                if (!item.isTextual()) {
                    throw wrongType(path, "a string");
                }
            }
            case INTEGER -> {
                if (!(item.isIntegralNumber() && item.canConvertToLong()) && !(flattened && isInteger(item))) {
                    throw wrongType(path, "an integer");
                }
            }
            case OBJECT -> {
                if (!item.isObject()) {
                    throw wrongType(path, "a " + member.object().name() + " object");
                }
                checkObject(item, member.object(), path + ".", action, flattened, false);
            }
        }
    }

    private static boolean isInteger(JsonNode text) {
        try {
            Long.parseLong(text.asText().strip());
            return text.isTextual();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static WireException wrongType(String path, String type) {
        return new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                "The parameter " + path + " has the wrong type: it takes " + type + ".");
    }
}
