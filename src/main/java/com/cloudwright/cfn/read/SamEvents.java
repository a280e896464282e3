package com.cloudwright.cfn.read;

import java.util.List;
import java.util.Map;

/**
 * The connections a SAM function's {@code Events} state (the Serverless transform turns them into
 * permissions, event source mappings and notifications, which a plain template spells out): an
 * API, bucket, queue, topic or stream calls the function. An Api or HttpApi event naming no API
 * uses the one SAM creates for the stack ({@code ServerlessRestApi} / {@code ServerlessHttpApi}),
 * drawn as SAM names it. Schedules and EventBridge rules have no drawn caller and add nothing.
 */
final class SamEvents {

    static final String FUNCTION = "AWS::Serverless::Function";
    static final String IMPLICIT_REST_API = "ServerlessRestApi";
    static final String IMPLICIT_HTTP_API = "ServerlessHttpApi";

    /** Connects caller logical ids to callee logical ids. */
    @FunctionalInterface
    interface Connector {
        void connect(List<String> from, List<String> to);
    }

    private final ImportContext ctx;

    SamEvents(ImportContext ctx) {
        this.ctx = ctx;
    }

    void read(Connector connector) {
        for (CfnResource fn : ctx.resourcesOfType(FUNCTION)) {
            if (!(ctx.prop(fn, "Events") instanceof Map<?, ?> events)) {
                continue;
            }
            for (Object event : events.values()) {
                if (event instanceof Map<?, ?> e && e.get("Type") instanceof String type) {
                    Map<?, ?> props = e.get("Properties") instanceof Map<?, ?> p ? p : Map.of();
                    List<String> callers = callers(type, props);
                    if (!callers.isEmpty()) {
                        connector.connect(callers, List.of(fn.logicalId()));
                    }
                }
            }
        }
    }

    private List<String> callers(String type, Map<?, ?> props) {
        return switch (type) {
            case "Api" -> orImplicit(ImportContext.refs(props.get("RestApiId")), IMPLICIT_REST_API);
            case "HttpApi" -> orImplicit(ImportContext.refs(props.get("ApiId")), IMPLICIT_HTTP_API);
            case "S3" -> ImportContext.refs(props.get("Bucket"));
            case "SQS" -> ImportContext.refs(props.get("Queue"));
            case "SNS" -> ImportContext.refs(props.get("Topic"));
            case "Kinesis", "DynamoDB" -> ImportContext.refs(props.get("Stream"));
            default -> List.of();
        };
    }

    /** The API SAM makes when an event names none, added once as a node of the Region. */
    private List<String> orImplicit(List<String> named, String implicitId) {
        if (!named.isEmpty()) {
            return named;
        }
        if (!ctx.drafts.containsKey(implicitId)) {
            Draft api = new Draft(implicitId, "api-gateway", null);
            api.parent = NetworkReader.REGION_ID;
            api.label = implicitId;
            ctx.add(api);
        }
        return List.of(implicitId);
    }
}
