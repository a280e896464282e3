package com.cloudwright.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a caller's IAM role may do with a node of an entry, declared as {@code "iam"} in the
 * palette files: the statements an edge to the node grants, and the environment variables that
 * tell the caller's code where the node is.
 *
 * <p>Resources and values are written as {@code Ref}, {@code GetAtt:<attribute>},
 * {@code Sub:<text>} (where {@code ${self}} stands for the node's logical id, {@code ${self.Arn}}
 * for its attribute), {@code EventBus} (the node's event bus ARN) or {@code *}.
 *
 * @param statements      the statements granted, in order
 * @param environment     the caller's environment variables, named {@code <NODE>_<name>}
 * @param withoutResource granted even when the node made no resource of its own (the default
 *                        event bus, metrics, traces)
 * @param throughEdges    the node only leads on (a VPC endpoint): the caller gets what the node's
 *                        own edges would grant
 */
public record IamAccess(List<Statement> statements, List<Variable> environment, boolean withoutResource,
                        boolean throughEdges) {

    /** Nothing to grant: the node is reached over the network only. */
    public static final IamAccess NONE = new IamAccess(List.of(), List.of(), false, false);

    public IamAccess {
        statements = List.copyOf(statements);
        environment = List.copyOf(environment);
    }

    /**
     * @param actions granted on any edge
     * @param read    granted when the edge reads (its {@code access} is not {@code write})
     * @param write   granted when the edge writes (its {@code access} is not {@code read})
     */
    public record Statement(List<String> actions, List<String> read, List<String> write, String resource) {
        public Statement {
            actions = List.copyOf(actions);
            read = List.copyOf(read);
            write = List.copyOf(write);
            Objects.requireNonNull(resource, "resource");
        }

        /** The actions for an edge that reads, writes or both, in the order declared. */
        public List<String> actionsFor(boolean reads, boolean writes) {
            List<String> out = new ArrayList<>(actions);
            if (reads) {
                out.addAll(read);
            }
            if (writes) {
                out.addAll(write);
            }
            return out;
        }
    }

    /** An environment variable, left out when a property of the node has one of the {@code unless} values. */
    public record Variable(String name, String value, Map<String, String> unless) {
        public Variable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            unless = Map.copyOf(unless);
        }
    }
}
