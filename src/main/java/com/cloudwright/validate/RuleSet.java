package com.cloudwright.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The rules the validator runs, by id. Ids are unique: a second rule with a known id is refused. */
public final class RuleSet {

    private static volatile RuleSet discovered;

    private final Map<String, Rule> byId;

    private RuleSet(Map<String, Rule> byId) {
        this.byId = byId;
    }

    /**
     * Every {@link Rule} on the classpath, found through {@link ServiceLoader} (the
     * {@code META-INF/services} entries that {@code @AutoService} writes), loaded once.
     *
     * @throws RuleSetException when two rules share an id
     */
    public static RuleSet discovered() {
        RuleSet r = discovered;
        if (r == null) {
            synchronized (RuleSet.class) {
                r = discovered;
                if (r == null) {
                    List<Rule> found = new ArrayList<>();
                    ServiceLoader.load(Rule.class, RuleSet.class.getClassLoader()).forEach(found::add);
                    r = of(found);
                    discovered = r;
                }
            }
        }
        return r;
    }

    /** @throws RuleSetException naming both classes when two rules share an id */
    public static RuleSet of(Collection<? extends Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.info().id(), RuleInfo.ID_ORDER));
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule rule : sorted) {
            Rule earlier = map.putIfAbsent(rule.info().id(), rule);
            if (earlier != null) {
                throw new RuleSetException("rule id " + rule.info().id() + " is declared twice, by "
                        + earlier.getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        return new RuleSet(map);
    }

    /** The rules in reference order (placement, network, connections, reliability, security, cost). */
    public List<Rule> rules() {
        return List.copyOf(byId.values());
    }

    public List<RuleInfo> infos() {
        return byId.values().stream().map(Rule::info).toList();
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
