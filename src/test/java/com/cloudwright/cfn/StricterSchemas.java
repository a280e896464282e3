package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A real exporter checked against the bundled schemas with one property taken out of one type's
 * schema, as if AWS had dropped it: exporting anything that sets the property fails the schema
 * check, the way an exporter bug would, so the app's handling of a FAILED export can be driven.
 */
public final class StricterSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StricterSchemas() {
    }

    /** An exporter (with the standard validation gate) whose schema of {@code type} does not know {@code property}. */
    public static CfnExporter exporterWithout(String type, String property) {
        return new CfnExporter(ValidationGate.standard(), new SchemaChecker(t -> {
            JsonNode schema = bundled(t);
            if (schema != null && t.equals(type)) {
                ObjectNode copy = schema.deepCopy();
                ((ObjectNode) copy.path("properties")).remove(property);
                return copy;
            }
            return schema;
        }));
    }

    private static JsonNode bundled(String type) {
        try (InputStream in = StricterSchemas.class.getResourceAsStream("/cfn-schemas/" + SchemaChecker.fileName(type))) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
