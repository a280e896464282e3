package com.cloudwright.cfn;

import com.cloudwright.model.Node;

/**
 * What a function reading from a queue or a table needs of its source: the function's mapper
 * adjusts the source's resource, whichever mapper declared it.
 */
final class EventSources {

    private EventSources() {
    }

    /** A queue that feeds a function must stay invisible while the function works on a message. */
    static void atLeastVisibility(Build b, Node queue, long seconds) {
        Resource r = b.template.resource(b.id(queue));
        if (r != null && r.get("VisibilityTimeout") instanceof Long current && current < seconds) {
            r.set("VisibilityTimeout", Math.min(43200, seconds));
            b.note(Build.text("eventSources.note.visibilityTimeoutRaised", r.logicalId(), Math.min(43200, seconds)));
        }
    }

    /** A table that feeds a function needs a stream; the drawing's choice wins if it made one. */
    static void enableStream(Build b, Node table) {
        Resource r = b.template.resource(b.id(table));
        if (r != null && r.get("StreamSpecification") == null) {
            r.set("StreamSpecification", Json.obj("StreamViewType", "NEW_AND_OLD_IMAGES"));
        }
    }
}
