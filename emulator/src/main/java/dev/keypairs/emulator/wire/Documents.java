package dev.keypairs.emulator.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Response documents as trees, written as JSON or as the XML Alibaba Cloud answers with {@code Format=XML}, and
 * request bodies read as JSON under limits.
 */
public final class Documents {

    /** How deep a JSON request body may nest; no documented call needs more than four levels. */
    static final int MAX_JSON_DEPTH = 16;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH)
                .maxStringLength(Math.toIntExact(2L * 1024 * 1024)).build());
    }

    private Documents() {
    }

    /** A new, empty document whose fields keep the order they are put in. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The document as compact JSON, UTF-8. */
    public static byte[] json(JsonNode document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response tree that Jackson cannot write", e);
        }
    }

    /**
     * The document as XML under a root element: an object field becomes an element, an array field one element
     * of its name per item, a value the element's text ({@code "KeyPairs":{"KeyPair":[a,b]}} is
     * {@code <KeyPairs><KeyPair>a</KeyPair><KeyPair>b</KeyPair></KeyPairs>}), as Alibaba Cloud's XML answers are.
     */
    public static byte[] xml(String root, JsonNode document) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XML.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement(root);
            writeChildren(writer, document);
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a response tree that cannot be written as XML", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeChildren(XMLStreamWriter writer, JsonNode node) throws XMLStreamException {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isArray()) {
                for (JsonNode item : field.getValue()) {
                    writeElement(writer, field.getKey(), item);
                }
            } else {
                writeElement(writer, field.getKey(), field.getValue());
            }
        }
    }

    private static void writeElement(XMLStreamWriter writer, String name, JsonNode value) throws XMLStreamException {
        writer.writeStartElement(name);
        if (value.isObject()) {
            writeChildren(writer, value);
        } else if (!value.isNull()) {
            writer.writeCharacters(value.asText());
        }
        writer.writeEndElement();
    }

    /**
     * Reads a JSON request body.
     *
     * @throws WireException {@link ProtocolCode#MALFORMED_PARAMETERS} when it is not one JSON value within the
     *     limits
     */
    public static JsonNode readJson(String text) throws WireException {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new WireException(ProtocolCode.MALFORMED_PARAMETERS, "The request body is empty; it should be"
                        + " a JSON object of the action's parameters.");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS, "The request body is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ".");
        }
    }
}
