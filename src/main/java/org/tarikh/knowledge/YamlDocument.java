package org.tarikh.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML file read into a Jackson tree, remembering the line of every value by its JSON pointer
 * ({@code /sources/1/url}), so that validation can say where a problem is. Scalars are kept as text:
 * {@code verdict: false} is the verdict "false", {@code date: 1979} the string "1979".
 */
record YamlDocument(JsonNode root, Map<String, Integer> lines) {
    private static final YAMLFactory YAML = new YAMLFactory();

    static YamlDocument read(Reader reader) throws IOException {
        try (JsonParser parser = YAML.createParser(reader)) {
            Map<String, Integer> lines = new HashMap<>();
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? JsonNodeFactory.instance.nullNode() : readValue(parser, "", lines);
            return new YamlDocument(root, lines);
        }
    }

    /** The line of the value at {@code pointer}, else of its nearest parent, else 1. */
    int lineOf(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
        }
    }

    private static JsonNode readValue(JsonParser parser, String pointer, Map<String, Integer> lines)
            throws IOException {
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + name;
                lines.put(child, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                object.set(name, readValue(parser, child, lines));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(readValue(parser, pointer + "/" + array.size(), lines));
            }
            return array;
        }
        if (token == JsonToken.VALUE_NULL) {
            return JsonNodeFactory.instance.nullNode();
        }
        return TextNode.valueOf(parser.getText());
    }
}
