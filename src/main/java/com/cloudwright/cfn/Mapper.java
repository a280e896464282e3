package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.List;
import java.util.Set;

/**
 * Turns the nodes of one family of palette types into resources. Mappers are found through
 * {@link java.util.ServiceLoader} (annotate them {@code @AutoService(Mapper.class)}; each is a
 * public class named {@code *Mapper} with a public no-argument constructor), hold no state, and
 * never call one another: what two of them share lives in the helpers ({@link Build},
 * {@link Access}, {@link Certificates}, {@link EventRules}, ...).
 *
 * <p>{@link #declare} runs for every node first (all logical ids are known from the start, so a
 * resource may refer to any node); {@link #wire} runs afterwards, in {@link WiringStage} order, and
 * may add to resources other mappers declared (an ASG's target groups, a table's stream, a
 * queue's policy).
 */
interface Mapper {

    /** The palette ids this mapper handles; no other mapper may claim one of them. */
    Set<String> paletteIds();

    /**
     * The CloudFormation resource types this mapper writes itself (the shared helpers add roles,
     * policies, security groups and permissions for every mapper), which is what a reader of
     * templates would look for.
     */
    Set<String> resourceTypes();

    /** When {@link #wire} runs for nodes of the palette id, relative to the other types. */
    default WiringStage wiringStage(String paletteId) {
        return WiringStage.DEFAULT;
    }

    void declare(Node node, Build b);

    default void wire(Node node, Build b) {
    }

    /** Whether {@link #read} can turn this mapper's resources back into nodes. */
    default boolean reads() {
        return false;
    }

    /**
     * The nodes a resource of one of {@link #resourceTypes()} stands for, read back from a
     * template. Not written for any mapper yet: importing templates is a later feature.
     *
     * @throws UnsupportedOperationException unless {@link #reads()}
     */
    default List<Node> read(Template template, Resource resource) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read " + resource.type()
                + " back into a diagram yet");
    }
}
