package com.cloudwright.cfn;

import com.cloudwright.model.Node;

/** The one stage every API is deployed to, which distributions and web ACLs point at. */
final class ApiStages {

    static final String STAGE = "prod";

    private ApiStages() {
    }

    /** The ARN WAF associates with: the REST API's stage. */
    static Object stageArn(Build b, Node api) {
        Resource stage = b.resourceOf(api, "AWS::ApiGateway::Stage").orElse(null);
        if (stage == null) {
            return null;
        }
        return Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${" + b.id(api) + "}/stages/${"
                + stage.logicalId() + "}");
    }
}
