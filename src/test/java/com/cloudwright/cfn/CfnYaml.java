package com.cloudwright.cfn;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CloudFormation YAML back the way CloudFormation does: each short-form tag becomes its
 * long form ({@code !Ref X} → {@code {Ref: X}}, {@code !GetAtt A.B} → {@code {Fn::GetAtt: [A, B]}}),
 * so a YAML template can be compared with its JSON twin and inspected as plain maps.
 */
final class CfnYaml {

    private CfnYaml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String yaml) {
        return (Map<String, Object>) new Yaml(new Intrinsics()).load(yaml);
    }

    private static final class Intrinsics extends SafeConstructor {
        Intrinsics() {
            super(new LoaderOptions());
            for (String fn : List.of("Ref", "GetAtt", "Sub", "Select", "GetAZs", "Join", "Base64", "Split", "If",
                    "Equals", "ImportValue", "FindInMap", "Cidr")) {
                yamlConstructors.put(new Tag("!" + fn), new LongForm(fn));
            }
        }

        private final class LongForm extends AbstractConstruct {
            private final String name;

            LongForm(String name) {
                this.name = name;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode scalar) {
                    value = scalar.getValue();
                    if (name.equals("GetAtt")) {
                        String text = (String) value;
                        int dot = text.indexOf('.');
                        value = Arrays.asList(text.substring(0, dot), text.substring(dot + 1));
                    }
                } else if (node instanceof SequenceNode seq) {
                    value = constructSequence(seq);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put(name.equals("Ref") ? "Ref" : "Fn::" + name, value);
                return out;
            }
        }
    }
}
