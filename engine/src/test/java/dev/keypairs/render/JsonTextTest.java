package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * keypairs' JSON files keep the layout Jackson's pretty printer gave them (tools and people diff them): the same
 * calls through {@link JsonText} and through Jackson's generator give the same bytes.
 */
class JsonTextTest {

    /** One document written twice, step by step: through JsonText and through Jackson's generator. */
    private static final class Both {
        final JsonText ours = new JsonText(16);
        final StringWriter theirsText = new StringWriter();
        final JsonGenerator theirs;

        Both() throws IOException {
            theirs = new JsonFactory().createGenerator(theirsText);
            theirs.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        }

        void startObject() throws IOException {
            ours.startObject();
            theirs.writeStartObject();
        }

        void endObject() throws IOException {
            ours.endObject();
            theirs.writeEndObject();
        }

        void startArray() throws IOException {
            ours.startArray();
            theirs.writeStartArray();
        }

        void endArray() throws IOException {
            ours.endArray();
            theirs.writeEndArray();
        }

        void name(String name) throws IOException {
            ours.name(name);
            theirs.writeFieldName(name);
        }

        void text(String text) throws IOException {
            ours.value(text);
            theirs.writeString(text);
        }

        void number(long number) throws IOException {
            ours.value(number);
            theirs.writeNumber(number);
        }

        void integer(Integer number) throws IOException {
            ours.value(number);
            if (number == null) {
                theirs.writeNull();
            } else {
                theirs.writeNumber(number);
            }
        }

        void bool(Boolean bool) throws IOException {
            ours.value(bool);
            if (bool == null) {
                theirs.writeNull();
            } else {
                theirs.writeBoolean(bool);
            }
        }

        void assertSame() throws IOException {
            theirs.close();
            assertEquals(theirsText + "\n", ours.document());
        }
    }

    @Test
    void emptyContainersNestedContainersAndEveryKindOfValue() throws IOException {
        Both json = new Both();
        json.startObject();
        json.name("empty object");
        json.startObject();
        json.endObject();
        json.name("empty array");
        json.startArray();
        json.endArray();
        json.name("values");
        json.startArray();
        json.text("a");
        json.number(Long.MIN_VALUE);
        json.integer(null);
        json.bool(true);
        json.bool(null);
        json.startArray();
        json.startObject();
        json.endObject();
        json.endArray();
        json.startObject();
        json.name("inner");
        json.startObject();
        json.name("deep");
        json.startArray();
        json.startObject();
        json.name("x");
        json.integer(-1);
        json.endObject();
        json.endArray();
        json.endObject();
        json.endObject();
        json.endArray();
        json.endObject();
        json.assertSame();
    }

    @Test
    void stringsEscapedAsJacksonEscapesThem() throws IOException {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
        }
        Both json = new Both();
        json.startObject();
        json.name("ascii");
        json.text(every.toString());
        json.name("beyond \"ASCII\" \\");
        json.text("é 中文 \u2028\u2029 \uD83D\uDD11 a lone \uD800 surrogate, DEL \u007F, </script>");
        json.name("");
        json.text("");
        json.endObject();
        json.assertSame();
    }

    @Test
    void randomDocumentsAgree() throws IOException {
        Random random = new Random(28);
        for (int document = 0; document < 200; document++) {
            Both json = new Both();
            json.startObject();
            fields(json, random, 0);
            json.endObject();
            json.assertSame();
        }
    }

    @Test
    void aDocumentLeftOpenIsAMistakeNotAFile() {
        assertThrows(IllegalStateException.class, () -> new JsonText(8).startObject().document());
    }

    private static void fields(Both json, Random random, int depth) throws IOException {
        for (int i = random.nextInt(4); i > 0; i--) {
            json.name(text(random));
            value(json, random, depth);
        }
    }

    private static void value(Both json, Random random, int depth) throws IOException {
        switch (random.nextInt(depth > 4 ? 5 : 7)) {
            case 0 -> json.text(text(random));
            case 1 -> json.number(random.nextLong());
            case 2 -> json.integer(random.nextBoolean() ? null : random.nextInt());
            case 3 -> json.bool(random.nextInt(3) == 0 ? null : random.nextBoolean());
            case 4 -> json.text(null);
            case 5 -> {
                json.startObject();
                fields(json, random, depth + 1);
                json.endObject();
            }
            default -> {
                json.startArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    value(json, random, depth + 1);
                }
                json.endArray();
            }
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x30) : random.nextInt(0x3000)));
        }
        return text.toString();
    }
}
