package com.cloudwright.testing;

import org.junit.jupiter.params.provider.Arguments;

import java.util.stream.Stream;

/**
 * One file for each way a diagram can be unreadable, with a phrase the message must contain.
 * Shared by the command-line and the File → Open tests. Uses the shipped palette's ids.
 */
public final class BadDiagrams {

    private static final String HEAD = "{\"format\": \"cloudwright-diagram\", \"version\": 1, ";

    private BadDiagrams() {
    }

    public static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("not JSON", "this is not json", "not valid JSON"),
                Arguments.of("truncated", HEAD + "\"nodes\": [{\"id\": \"r1\", \"type\": \"reg", "ends too early"),
                Arguments.of("unknown type", HEAD + "\"nodes\": [{\"id\": \"x\", \"type\": \"teleporter\", \"x\": 0, \"y\": 0}]}",
                        "$.nodes[0].type: node 'x' has unknown type 'teleporter'"),
                Arguments.of("dangling parent", HEAD + "\"nodes\": [{\"id\": \"x\", \"type\": \"ec2\", \"parent\": \"ghost\", "
                        + "\"x\": 0, \"y\": 0}]}", "$.nodes[0].parent: node 'x' names parent 'ghost'"),
                Arguments.of("parent cycle", HEAD + "\"nodes\": ["
                        + "{\"id\": \"a\", \"type\": \"subnet\", \"parent\": \"b\", \"x\": 0, \"y\": 0},"
                        + "{\"id\": \"b\", \"type\": \"subnet\", \"parent\": \"a\", \"x\": 0, \"y\": 0}]}", "$.nodes[0].parent"),
                Arguments.of("duplicate id", HEAD + "\"nodes\": [{\"id\": \"x\", \"type\": \"ec2\", \"x\": 0, \"y\": 0},"
                        + "{\"id\": \"x\", \"type\": \"s3\", \"x\": 0, \"y\": 0}]}", "$.nodes[1].id: duplicate id 'x'"),
                Arguments.of("edge to a missing node", HEAD + "\"nodes\": [{\"id\": \"x\", \"type\": \"ec2\", \"x\": 0, \"y\": 0}],"
                        + "\"edges\": [{\"id\": \"e\", \"from\": \"x\", \"to\": \"y\"}]}", "$.edges[0].to: edge 'e' points to 'y'"),
                Arguments.of("container in the wrong container", HEAD + "\"nodes\": ["
                        + "{\"id\": \"s\", \"type\": \"subnet\", \"x\": 0, \"y\": 0},"
                        + "{\"id\": \"v\", \"type\": \"vpc\", \"parent\": \"s\", \"x\": 0, \"y\": 0}]}", "$.nodes[1].parent"),
                Arguments.of("newer version", "{\"format\": \"cloudwright-diagram\", \"version\": 2, \"nodes\": []}",
                        "$.version: version 2 was written by a newer Cloudwright"));
    }
}
