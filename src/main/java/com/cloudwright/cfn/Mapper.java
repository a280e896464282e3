package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.function.BiConsumer;

/**
 * Turns the nodes of one palette type into resources. {@link #declare} runs for every node first
 * (all logical ids are known from the start, so a resource may refer to any node); {@link #wire}
 * runs afterwards and may add to resources other mappers declared (an ASG's target groups, a
 * table's stream, a queue's policy).
 */
interface Mapper {

    void declare(Node node, Build b);

    default void wire(Node node, Build b) {
    }

    static Mapper of(BiConsumer<Node, Build> declare) {
        return declare::accept;
    }

    static Mapper of(BiConsumer<Node, Build> declare, BiConsumer<Node, Build> wire) {
        return new Mapper() {
            @Override
            public void declare(Node node, Build b) {
                declare.accept(node, b);
            }

            @Override
            public void wire(Node node, Build b) {
                wire.accept(node, b);
            }
        };
    }
}
