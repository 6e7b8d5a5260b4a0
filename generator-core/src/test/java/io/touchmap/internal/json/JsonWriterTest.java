package io.touchmap.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesIndentedJsonInCallOrder() {
        String json = new JsonWriter().beginObject()
                .name("version").value(1)
                .name("empty").beginArray().endArray()
                .name("list").beginArray().value("a").value(2.50).value((Double) null).endArray()
                .endObject().toString();

        assertEquals("{\n  \"version\": 1,\n  \"empty\": [],\n  \"list\": [\n    \"a\",\n    2.5,\n    null\n  ]\n}\n", json);
    }

    @Test
    void escapesEverythingJsonRequiresAndReadsBackUnchanged() throws Exception {
        String text = "quote \" backslash \\ newline \n tab \t nul \u0000 separator \u2028 emoji 😀 lone \uD800 end";
        String json = new JsonWriter().beginObject().name("text").value(text).endObject().toString();

        assertEquals("{\n  \"text\": \"quote \\\" backslash \\\\ newline \\n tab \\t nul \\u0000 separator \\u2028 emoji 😀 lone \\ud800 end\"\n}\n", json);
        assertEquals(text, new ObjectMapper().readTree(json).get("text").asText());
    }

    @Test
    void numbersJsonCannotWriteBecomeNull() {
        String json = new JsonWriter().beginArray().value(Double.NaN).value(Double.POSITIVE_INFINITY).value(1e300).value(-0.000001).endArray().toString();

        assertEquals("[\n  null,\n  null,\n  1.0E300,\n  -0.000001\n]\n", json);
    }
}
