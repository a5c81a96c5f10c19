package dcplanner.io;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes result documents (ordered maps, lists, numbers, text) as indented JSON. */
public final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {
    }

    public static String write(Object document) {
        return MAPPER.writeValueAsString(document);
    }
}
