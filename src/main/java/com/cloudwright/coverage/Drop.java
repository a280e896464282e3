package com.cloudwright.coverage;

import com.cloudwright.i18n.Bundle;

import java.util.List;
import java.util.Objects;

/**
 * Something drawn that the CloudFormation export leaves out: a node that becomes no resource, or a
 * connection the template does not wire.
 *
 * @param nodeId the node left out, or the caller of the connection left out
 * @param edgeId the connection left out; null when the node itself is
 * @param calleeId the node the connection leads to; null when the node itself is left out
 * @param key    the reason's key in {@code com/cloudwright/coverage/messages.properties}
 * @param args   the reason's arguments (plain text, so the English and the translated reason agree)
 */
public record Drop(String nodeId, String edgeId, String calleeId, String key, List<String> args) {

    static final Bundle TEXT = Bundle.named("com.cloudwright.coverage.messages");

    public Drop {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public boolean isConnection() {
        return edgeId != null;
    }

    /** The node or edge id the drop is about. */
    public String subject() {
        return edgeId != null ? edgeId : nodeId;
    }

    /** Why it is left out, in the user's language. */
    public String reason() {
        return TEXT.get(key, args.toArray());
    }

    /** Why it is left out, in English: what a template carries, the same bytes in every language. */
    public String reasonInEnglish() {
        return TEXT.english(key, args.toArray());
    }

    @Override
    public String toString() {
        return subject() + ": " + reasonInEnglish();
    }
}
