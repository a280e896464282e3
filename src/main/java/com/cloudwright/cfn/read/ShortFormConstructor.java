package com.cloudwright.cfn.read;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the same tree from YAML that JSON gives: the short-form intrinsic tags ({@code !Ref},
 * {@code !GetAtt a.b}, {@code !Sub} …) become their long forms ({@code {"Ref": …}},
 * {@code {"Fn::GetAtt": [a, b]}}), and dates stay text (CloudFormation reads
 * {@code 2010-09-09} as a string).
 */
final class ShortFormConstructor extends SafeConstructor {

    /** Short-form tags whose long form is {@code Fn::<name>}. */
    private static final List<String> FUNCTIONS = List.of("Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue",
            "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "Length", "ToJsonString");

    ShortFormConstructor(LoaderOptions options) {
        super(options);
        yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
        yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
        yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
        for (String name : FUNCTIONS) {
            yamlConstructors.put(new Tag("!" + name), new Intrinsic("Fn::" + name));
        }
    }

    private Object content(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            return new ArrayList<>(constructSequence(sequence));
        }
        Map<Object, Object> map = constructMapping((MappingNode) node);
        return new LinkedHashMap<>(map);
    }

    private final class Intrinsic extends AbstractConstruct {
        private final String key;

        Intrinsic(String key) {
            this.key = key;
        }

        @Override
        public Object construct(Node node) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(key, content(node));
            return out;
        }
    }

    /** {@code !GetAtt Resource.Attribute} (split at the first dot) or {@code !GetAtt [Resource, Attribute]}. */
    private final class GetAtt extends AbstractConstruct {
        @Override
        public Object construct(Node node) {
            Object value = content(node);
            if (value instanceof String text) {
                int dot = text.indexOf('.');
                value = dot < 0 ? List.of(text) : List.of(text.substring(0, dot), text.substring(dot + 1));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("Fn::GetAtt", value);
            return out;
        }
    }
}
