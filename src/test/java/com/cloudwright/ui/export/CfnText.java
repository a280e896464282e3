package com.cloudwright.ui.export;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.Arrays;
import java.util.Map;

/** Parses the templates the dialog shows: YAML with CloudFormation's short-form tags (as their long form), JSON. */
final class CfnText {

    private CfnText() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Yaml(new Intrinsics()).load(text);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Map.class);
    }

    /** Any {@code !Fn} tag becomes {@code {"Fn::Fn": value}} ({@code !Ref} → {@code {"Ref": value}}). */
    private static final class Intrinsics extends SafeConstructor {
        Intrinsics() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String fn = node.getTag().getValue().substring(1);
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        value = scalar.getValue();
                        if (fn.equals("GetAtt")) {
                            value = Arrays.asList(((String) value).split("\\.", 2));
                        }
                    } else if (node instanceof SequenceNode seq) {
                        value = constructSequence(seq);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    return Map.of(fn.equals("Ref") ? "Ref" : "Fn::" + fn, value);
                }
            });
        }
    }
}
