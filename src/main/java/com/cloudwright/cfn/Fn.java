package com.cloudwright.cfn;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A CloudFormation intrinsic function standing where a value goes. Written as a short-form tag
 * in YAML ({@code !Ref X}) and as the long form in JSON ({@code {"Ref": "X"}}); the schema checker
 * lets it stand for a value of any type but checks what it refers to.
 */
sealed interface Fn {

    /** The long-form key ({@code Ref}, {@code Fn::GetAtt}). */
    String longName();

    /** The YAML short-form tag ({@code !Ref}, {@code !GetAtt}). */
    String tag();

    /** The argument as written in the long form. */
    Object argument();

    static Ref ref(String name) {
        return new Ref(name);
    }

    static GetAtt getAtt(String resource, String attribute) {
        return new GetAtt(resource, attribute);
    }

    static Sub sub(String text) {
        return new Sub(text, Map.of());
    }

    static Select select(int index, Object list) {
        return new Select(index, list);
    }

    /** The Availability Zones of the stack's Region. */
    static GetAZs azs() {
        return new GetAZs("");
    }

    static Join join(String delimiter, List<?> parts) {
        return new Join(delimiter, parts);
    }

    static Split split(String delimiter, Object source) {
        return new Split(delimiter, source);
    }

    record Split(String delimiter, Object source) implements Fn {
        @Override
        public String longName() {
            return "Fn::Split";
        }

        @Override
        public String tag() {
            return "!Split";
        }

        @Override
        public Object argument() {
            return List.of(delimiter, source);
        }
    }

    static Base64 base64(Object value) {
        return new Base64(value);
    }

    record Base64(Object value) implements Fn {
        @Override
        public String longName() {
            return "Fn::Base64";
        }

        @Override
        public String tag() {
            return "!Base64";
        }

        @Override
        public Object argument() {
            return value;
        }
    }

    record Ref(String target) implements Fn {
        public Ref {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String longName() {
            return "Ref";
        }

        @Override
        public String tag() {
            return "!Ref";
        }

        @Override
        public Object argument() {
            return target;
        }
    }

    record GetAtt(String resource, String attribute) implements Fn {
        public GetAtt {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(attribute, "attribute");
        }

        @Override
        public String longName() {
            return "Fn::GetAtt";
        }

        @Override
        public String tag() {
            return "!GetAtt";
        }

        /** The long form is a list; YAML writes the dotted short form. */
        @Override
        public Object argument() {
            return List.of(resource, attribute);
        }

        String dotted() {
            return resource + "." + attribute;
        }
    }

    /** {@code ${Name}} and {@code ${Name.Attribute}} placeholders; {@code variables} binds local names. */
    record Sub(String text, Map<String, Object> variables) implements Fn {
        public Sub {
            Objects.requireNonNull(text, "text");
            variables = Collections.unmodifiableSortedMap(new TreeMap<>(variables));
        }

        @Override
        public String longName() {
            return "Fn::Sub";
        }

        @Override
        public String tag() {
            return "!Sub";
        }

        @Override
        public Object argument() {
            return variables.isEmpty() ? text : List.of(text, variables);
        }
    }

    record Select(int index, Object list) implements Fn {
        @Override
        public String longName() {
            return "Fn::Select";
        }

        @Override
        public String tag() {
            return "!Select";
        }

        @Override
        public Object argument() {
            return List.of((long) index, list);
        }
    }

    record GetAZs(String region) implements Fn {
        @Override
        public String longName() {
            return "Fn::GetAZs";
        }

        @Override
        public String tag() {
            return "!GetAZs";
        }

        @Override
        public Object argument() {
            return region;
        }
    }

    record Join(String delimiter, List<?> parts) implements Fn {
        public Join {
            parts = List.copyOf(parts);
        }

        @Override
        public String longName() {
            return "Fn::Join";
        }

        @Override
        public String tag() {
            return "!Join";
        }

        @Override
        public Object argument() {
            return List.of(delimiter, parts);
        }
    }

    /**
     * Any other intrinsic as a template had it ({@code Fn::If}, {@code Fn::FindInMap} …), for a
     * resource written back unchanged.
     */
    record Call(String longName, Object argument) implements Fn {
        public Call {
            Objects.requireNonNull(longName, "longName");
            Objects.requireNonNull(argument, "argument");
        }

        @Override
        public String tag() {
            return "!" + (longName.startsWith("Fn::") ? longName.substring(4) : longName);
        }
    }
}
