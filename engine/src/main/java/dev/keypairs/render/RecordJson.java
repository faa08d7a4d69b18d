package dev.keypairs.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a tree of records as Jackson's data binding writes it (fields in component order, named and left out as
 * the components' {@link JsonProperty} and {@link JsonInclude} say, nulls written), through the streaming generator
 * alone: on the cold JVM a goal runs on, building the data binding's serializers cost a no-op plan of 1,000 key
 * pairs a fifth of a second (performance.md). The records stay the one definition of the documents.
 */
final class RecordJson {

    /** Each record type's fields, looked up once. */
    private static final Map<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

    private RecordJson() {
    }

    /** A record component as written: its name, its accessor, whether it is left out when null. */
    private record Field(String name, Method accessor, boolean omitNull) {
    }

    /** Writes the value: a record, a list, a map with string keys, a string, a number, a boolean or null. */
    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Record record) {
            json.writeStartObject();
            writeFields(json, record);
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /** Writes a record's fields into the object already started. */
    static void writeFields(JsonGenerator json, Record record) throws IOException {
        for (Field field : FIELDS.computeIfAbsent(record.getClass(), RecordJson::fields)) {
            Object value;
            try {
                value = field.accessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("a record's accessor failed: " + field.accessor(), e);
            }
            if (value == null && field.omitNull()) {
                continue;
            }
            json.writeFieldName(field.name());
            write(json, value);
        }
    }

    private static Field[] fields(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Field[] fields = new Field[components.length];
        for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            accessor.setAccessible(true);
            // Jackson's annotations reach a record component's accessor, not the component itself.
            JsonProperty property = accessor.getAnnotation(JsonProperty.class);
            JsonInclude include = accessor.getAnnotation(JsonInclude.class);
            fields[i] = new Field(property != null && !property.value().isEmpty() ? property.value()
                    : components[i].getName(), accessor,
                    include != null && include.value() == JsonInclude.Include.NON_NULL);
        }
        return fields;
    }
}
