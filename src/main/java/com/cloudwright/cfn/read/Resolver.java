package com.cloudwright.cfn.read;

import com.cloudwright.model.net.Cidr;
import com.cloudwright.model.net.CidrSplit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Works out the values of a template for one set of parameter values and one Region: Parameters
 * (overrides, else defaults), Mappings, Conditions, and the intrinsics {@code Ref}, {@code GetAtt},
 * {@code Sub}, {@code Select}, {@code GetAZs}, {@code Cidr}, {@code Join}, {@code Split},
 * {@code If}, {@code FindInMap}. A reference to a resource resolves to a {@link Reference}; what
 * cannot be known before deployment (an account id, an imported value, a parameter without a
 * default) stays the original expression, never a guess.
 */
public final class Resolver {

    /** A property that {@code !Ref AWS::NoValue} removes. */
    private static final Object NO_VALUE = new Object();
    /** Letters of the Availability Zones {@code Fn::GetAZs} lists (the count differs by Region; six covers the common ones). */
    private static final String ZONE_LETTERS = "abcdef";

    private final CfnTemplate template;
    private final String region;
    private final Map<String, Object> parameters = new HashMap<>();
    private final Map<String, Optional<Boolean>> conditions = new HashMap<>();

    public Resolver(CfnTemplate template, Map<String, String> overrides, String region) {
        this.template = template;
        this.region = region;
        template.parameters().forEach((name, spec) -> {
            if (name == null) {
                return; // an anchor with no name ("&X:") is an empty key: nothing can refer to it
            }
            Object value = overrides.containsKey(name) ? overrides.get(name)
                    : spec instanceof Map<?, ?> m ? m.get("Default") : null;
            if (value != null) {
                String type = spec instanceof Map<?, ?> m && m.get("Type") instanceof String s ? s : "String";
                parameters.put(name, isList(type) ? split(String.valueOf(value)) : scalar(value));
            }
        });
    }

    public String region() {
        return region;
    }

    private static boolean isList(String type) {
        return type.startsWith("List<") || type.equals("CommaDelimitedList");
    }

    private static List<Object> split(String text) {
        List<Object> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            out.add(part.strip());
        }
        return out;
    }

    private static Object scalar(Object value) {
        return value instanceof Number || value instanceof Boolean ? String.valueOf(value) : value;
    }

    /** The value with every intrinsic worked out that can be; {@code AWS::NoValue} entries removed. */
    public Object resolve(Object value) {
        Object out = eval(value);
        return out == NO_VALUE ? null : out;
    }

    /** Whether a resource with this condition exists: unknown (it depends on an unknown value) counts as yes. */
    public boolean creates(CfnResource resource) {
        return resource.condition() == null || condition(resource.condition()).orElse(true);
    }

    public Optional<Boolean> condition(String name) {
        Optional<Boolean> known = conditions.get(name);
        if (known != null) {
            return known;
        }
        conditions.put(name, Optional.empty()); // a condition that names itself stays unknown
        Optional<Boolean> value = truth(eval(template.conditions().get(name)));
        conditions.put(name, value);
        return value;
    }

    private static Optional<Boolean> truth(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.parseBoolean(s));
        }
        return Optional.empty();
    }

    private Object eval(Object value) {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                Object v = eval(item);
                if (v != NO_VALUE) {
                    out.add(v);
                }
            }
            return out;
        }
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        if (map.size() == 1) {
            Map.Entry<?, ?> e = map.entrySet().iterator().next();
            String key = String.valueOf(e.getKey());
            if (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) {
                Object result = intrinsic(key, e.getValue());
                return result == null ? value : result;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            Object resolved = eval(v);
            if (resolved != NO_VALUE) {
                out.put(String.valueOf(k), resolved);
            }
        });
        return out;
    }

    /** The value of one intrinsic, or null when it cannot be known (the caller keeps the expression). */
    private Object intrinsic(String fn, Object arg) {
        return switch (fn) {
            case "Ref" -> arg instanceof String name ? ref(name) : null;
            case "Condition" -> arg instanceof String name ? condition(name).orElse(null) : null;
            case "Fn::GetAtt" -> getAtt(arg);
            case "Fn::Sub" -> sub(arg);
            case "Fn::Select" -> select(eval(arg));
            case "Fn::GetAZs" -> getAzs(eval(arg));
            case "Fn::Cidr" -> cidr(eval(arg));
            case "Fn::Join" -> join(eval(arg));
            case "Fn::Split" -> splitFn(eval(arg));
            case "Fn::If" -> ifFn(arg);
            case "Fn::FindInMap" -> findInMap(eval(arg));
            case "Fn::Base64" -> eval(arg) instanceof String s ? s : null;
            case "Fn::Equals" -> equalsFn(eval(arg));
            case "Fn::And", "Fn::Or" -> logic(fn.equals("Fn::And"), eval(arg));
            case "Fn::Not" -> eval(arg) instanceof List<?> l && l.size() == 1
                    ? truth(l.get(0)).map(b -> (Object) !b).orElse(null) : null;
            default -> null; // ImportValue, Transform, Length, ToJsonString: known only at deployment
        };
    }

    private Object ref(String name) {
        return switch (name) {
            case "AWS::Region" -> region;
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::NoValue" -> NO_VALUE;
            default -> parameters.containsKey(name) ? parameters.get(name)
                    : template.resources().containsKey(name) ? new Reference.Ref(name) : null;
        };
    }

    private Object getAtt(Object arg) {
        if (arg instanceof List<?> parts && parts.size() == 2 && parts.get(0) instanceof String target
                && eval(parts.get(1)) instanceof String attribute) {
            return new Reference.Att(target, attribute);
        }
        return null;
    }

    private Object sub(Object arg) {
        String text;
        Map<String, Object> vars = new HashMap<>();
        if (arg instanceof String s) {
            text = s;
        } else if (arg instanceof List<?> l && l.size() == 2 && l.get(0) instanceof String s && l.get(1) instanceof Map<?, ?> m) {
            text = s;
            m.forEach((k, v) -> vars.put(String.valueOf(k), eval(v)));
        } else {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TemplateReader.SUB_VARIABLE.matcher(text);
        int last = 0;
        while (m.find()) {
            String name = m.group(1).strip();
            Object value = vars.containsKey(name) ? vars.get(name) : name.contains(".") && !name.startsWith("AWS::")
                    ? null : ref(name);
            if (!(value instanceof String) && !(value instanceof Number)) {
                return null;
            }
            out.append(text, last, m.start()).append(value);
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString().replace("${!", "${");
    }

    private static Object select(Object arg) {
        if (arg instanceof List<?> l && l.size() == 2 && integer(l.get(0)) instanceof Integer i
                && l.get(1) instanceof List<?> items && i >= 0 && i < items.size()) {
            return items.get(i);
        }
        return null;
    }

    private Object getAzs(Object arg) {
        String r = arg == null || "".equals(arg) ? region : arg instanceof String s ? s : null;
        if (r == null || r.isBlank()) {
            return null;
        }
        List<Object> zones = new ArrayList<>();
        for (char letter : ZONE_LETTERS.toCharArray()) {
            zones.add(r + letter);
        }
        return zones;
    }

    private static Object cidr(Object arg) {
        if (arg instanceof List<?> l && l.size() == 3 && l.get(0) instanceof String block
                && integer(l.get(1)) instanceof Integer count && integer(l.get(2)) instanceof Integer bits) {
            return CidrSplit.split(block, count, bits)
                    .map(list -> (Object) list.stream().map(Cidr::toString).map(s -> (Object) s).toList())
                    .orElse(null);
        }
        return null;
    }

    private static Object join(Object arg) {
        if (arg instanceof List<?> l && l.size() == 2 && l.get(0) instanceof String delimiter
                && l.get(1) instanceof List<?> items) {
            List<String> parts = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String) && !(item instanceof Number)) {
                    return null;
                }
                parts.add(String.valueOf(item));
            }
            return String.join(delimiter, parts);
        }
        return null;
    }

    private static Object splitFn(Object arg) {
        if (arg instanceof List<?> l && l.size() == 2 && l.get(0) instanceof String delimiter && !delimiter.isEmpty()
                && l.get(1) instanceof String text) {
            List<Object> out = new ArrayList<>();
            int at = 0;
            for (int next = text.indexOf(delimiter); next >= 0; next = text.indexOf(delimiter, at)) {
                out.add(text.substring(at, next));
                at = next + delimiter.length();
            }
            out.add(text.substring(at));
            return out;
        }
        return null;
    }

    private Object ifFn(Object arg) {
        if (arg instanceof List<?> l && l.size() == 3 && l.get(0) instanceof String name) {
            Optional<Boolean> chosen = condition(name);
            return chosen.map(b -> eval(l.get(b ? 1 : 2))).orElse(null);
        }
        return null;
    }

    private Object findInMap(Object arg) {
        if (arg instanceof List<?> l && l.size() >= 3 && template.mappings().get(String.valueOf(l.get(0))) instanceof Map<?, ?> top
                && top.get(String.valueOf(l.get(1))) instanceof Map<?, ?> second && second.containsKey(String.valueOf(l.get(2)))) {
            return eval(second.get(String.valueOf(l.get(2))));
        }
        return null;
    }

    private static Object equalsFn(Object arg) {
        if (arg instanceof List<?> l && l.size() == 2 && known(l.get(0)) && known(l.get(1))) {
            return String.valueOf(l.get(0)).equals(String.valueOf(l.get(1)));
        }
        return null;
    }

    private static boolean known(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    private static Object logic(boolean and, Object arg) {
        if (!(arg instanceof List<?> l)) {
            return null;
        }
        boolean unknown = false;
        for (Object item : l) {
            Optional<Boolean> b = truth(item);
            if (b.isEmpty()) {
                unknown = true;
            } else if (b.get() != and) {
                return !and;
            }
        }
        return unknown ? null : and;
    }

    static Object integer(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
