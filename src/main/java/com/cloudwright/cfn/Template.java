package com.cloudwright.cfn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A CloudFormation template under construction: parameters, resources and outputs keyed by
 * logical id (kept sorted, so the written template does not depend on the order of work).
 */
final class Template {

    static final String FORMAT_VERSION = "2010-09-09";

    /** @param defaultValue null for none */
    record Parameter(String name, String type, String description, Object defaultValue, String allowedPattern,
                     List<String> allowedValues, String constraintDescription) {
        Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        }

        static Parameter of(String name, String type, String description, Object defaultValue) {
            return new Parameter(name, type, description, defaultValue, null, List.of(), null);
        }

        Parameter withName(String newName) {
            return new Parameter(newName, type, description, defaultValue, allowedPattern, allowedValues,
                    constraintDescription);
        }

        Parameter pattern(String regex, String constraint) {
            return new Parameter(name, type, description, defaultValue, regex, allowedValues, constraint);
        }
    }

    /**
     * @param export    the Export as written (null: the stack name and the output's name;
     *                  {@link #NO_EXPORT}: none)
     * @param condition the condition the output is written under, or null
     */
    record Output(String name, String description, Object value, Object export, String condition) {
        Output {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        /** An output other stacks cannot import. */
        static final Object NO_EXPORT = Map.of();

        Output(String name, String description, Object value) {
            this(name, description, value, null, null);
        }
    }

    private final String description;
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final NavigableMap<String, Parameter> parameters = new TreeMap<>();
    private final NavigableMap<String, Resource> resources = new TreeMap<>();
    private final NavigableMap<String, Output> outputs = new TreeMap<>();
    /** What an imported template's parameters had beyond {@link Parameter} (NoEcho, MinLength …). */
    private final Map<String, Map<String, Object>> parameterExtras = new TreeMap<>();
    /** Sections written back from an imported template, as it had them. */
    private final NavigableMap<String, Object> mappings = new TreeMap<>();
    private final NavigableMap<String, Object> conditions = new TreeMap<>();

    Template(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    Map<String, Object> metadata() {
        return metadata;
    }

    Map<String, Parameter> parameters() {
        return Collections.unmodifiableNavigableMap(parameters);
    }

    Map<String, Resource> resources() {
        return Collections.unmodifiableNavigableMap(resources);
    }

    Map<String, Output> outputs() {
        return Collections.unmodifiableNavigableMap(outputs);
    }

    Resource add(Resource resource) {
        if (resources.containsKey(resource.logicalId()) || parameters.containsKey(resource.logicalId())) {
            throw new IllegalStateException("logical id '" + resource.logicalId() + "' is used twice");
        }
        resources.put(resource.logicalId(), resource);
        return resource;
    }

    /** Adds a parameter; adding the same one twice is fine, a different one with the same name is not. */
    Fn.Ref parameter(Parameter parameter) {
        Parameter old = parameters.putIfAbsent(parameter.name(), parameter);
        if (old != null && !old.equals(parameter)) {
            throw new IllegalStateException("parameter '" + parameter.name() + "' is declared twice differently");
        }
        return Fn.ref(parameter.name());
    }

    /** Puts an output under its own name, in place of one the export made with that name. */
    void replaceOutput(Output output) {
        outputs.put(output.name(), output);
    }

    /** Adds an output; a name already taken by a different output gets a number. */
    void output(String name, String description, Object value) {
        String unique = name;
        for (int i = 2; outputs.containsKey(unique) && !outputs.get(unique).value().equals(value); i++) {
            unique = name + i;
        }
        outputs.put(unique, new Output(unique, description, value));
    }

    /**
     * Gives resources new logical ids ({@code names}: old → new) and rewrites every reference to
     * them in resources and outputs through {@code rewrite}.
     */
    void rename(Map<String, String> names, java.util.function.UnaryOperator<Object> rewrite) {
        java.util.function.UnaryOperator<String> name = id -> names.getOrDefault(id, id);
        List<Resource> all = List.copyOf(resources.values());
        resources.clear();
        for (Resource r : all) {
            r.rename(name.apply(r.logicalId()), rewrite, name);
            add(r);
        }
        List<Output> outs = List.copyOf(outputs.values());
        outputs.clear();
        outs.forEach(o -> outputs.put(o.name(), new Output(o.name(), o.description(), rewrite.apply(o.value()),
                o.export(), o.condition())));
    }

    void parameterExtras(String name, Map<String, Object> extras) {
        parameterExtras.put(name, extras);
    }

    Map<String, Object> parameterExtras(String name) {
        return parameterExtras.getOrDefault(name, Map.of());
    }

    Map<String, Object> mappings() {
        return mappings;
    }

    Map<String, Object> conditions() {
        return conditions;
    }

    Resource resource(String logicalId) {
        return resources.get(logicalId);
    }
}
