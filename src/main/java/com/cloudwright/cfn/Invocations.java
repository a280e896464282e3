package com.cloudwright.cfn;

import com.cloudwright.model.Node;

/**
 * Lambda permissions: load balancers, APIs, event rules, topics and buckets each let their
 * service invoke a function, so the permission is written the same way wherever it is needed.
 */
final class Invocations {

    private Invocations() {
    }

    /** Lets a service invoke the function on behalf of one source only. */
    static Resource permission(Build b, Node function, String suffix, String principal, Object sourceArn) {
        return b.add(function, suffix + "Permission", "AWS::Lambda::Permission")
                .set("FunctionName", Fn.getAtt(b.id(function), "Arn"))
                .set("Action", "lambda:InvokeFunction")
                .set("Principal", principal)
                .set("SourceArn", sourceArn);
    }
}
