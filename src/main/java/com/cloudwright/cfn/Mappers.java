package com.cloudwright.cfn;

import com.cloudwright.coverage.CfnCoverage;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The mappers on the classpath by the palette ids they declare, and the palette entries that have
 * none: the structural ones {@link Network} makes from the containment tree, and those with no
 * CloudFormation meaning (their reasons go into the template's Metadata).
 */
final class Mappers {

    /** Made by {@link Network} from the containment tree, or by the members of an overlay group. */
    static final Set<String> STRUCTURAL = Set.of(NodeTypes.REGION, NodeTypes.VPC, NodeTypes.AVAILABILITY_ZONE,
            NodeTypes.SUBNET, NodeTypes.SECURITY_GROUP, "internet-gateway", "nat-gateway");

    /** Palette entries with no CloudFormation resource; each has its reason as {@code noResource.<id>}. */
    static final Set<String> NO_RESOURCE = CfnCoverage.NO_RESOURCE;

    private final Map<String, Mapper> byType;

    private Mappers(Map<String, Mapper> byType) {
        this.byType = byType;
    }

    /** Loaded once: mappers hold no state. */
    private static final class Discovered {
        static final Mappers INSTANCE = discover();

        private static Mappers discover() {
            List<Mapper> found = new ArrayList<>();
            ServiceLoader.load(Mapper.class, Mappers.class.getClassLoader()).forEach(found::add);
            return of(found);
        }
    }

    /** Every {@link Mapper} on the classpath, found through {@link ServiceLoader}. */
    static Mappers discovered() {
        return Discovered.INSTANCE;
    }

    /**
     * @throws IllegalStateException naming both classes when two mappers claim one palette id, or
     *                               when a mapper claims a structural or resource-less id
     */
    static Mappers of(Collection<? extends Mapper> mappers) {
        List<Mapper> sorted = new ArrayList<>(mappers);
        sorted.sort(Comparator.comparing(m -> m.getClass().getName()));
        Map<String, Mapper> byType = new LinkedHashMap<>();
        for (Mapper m : sorted) {
            for (String type : m.paletteIds()) {
                Mapper earlier = byType.putIfAbsent(type, m);
                if (earlier != null) {
                    throw new IllegalStateException("palette id " + type + " is claimed by "
                            + earlier.getClass().getName() + " and " + m.getClass().getName());
                }
                if (STRUCTURAL.contains(type) || NO_RESOURCE.contains(type)) {
                    throw new IllegalStateException(m.getClass().getName() + " claims " + type
                            + ", which has no resource of its own");
                }
            }
        }
        return new Mappers(Collections.unmodifiableMap(byType));
    }

    /** Why a palette entry has no CloudFormation resource, when it never has one. */
    static Optional<TemplateText> noResourceReason(String type) {
        return NO_RESOURCE.contains(type) ? Optional.of(Build.text("noResource." + type)) : Optional.empty();
    }

    static Optional<Mapper> forType(String type) {
        return Optional.ofNullable(discovered().byType.get(type));
    }

    static boolean mapped(String type) {
        return discovered().byType.containsKey(type) || STRUCTURAL.contains(type);
    }

    /** When the wiring of a node of the type runs; types no mapper claims wire nothing. */
    static WiringStage wiringStage(String type) {
        return forType(type).map(m -> m.wiringStage(type)).orElse(WiringStage.DEFAULT);
    }

    /** The mappers, one each, in class-name order. */
    List<Mapper> all() {
        return byType.values().stream().distinct().toList();
    }

    Optional<Mapper> mapperOf(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
