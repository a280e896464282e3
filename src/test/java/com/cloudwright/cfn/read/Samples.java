package com.cloudwright.cfn.read;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The AWS-written sample templates under {@code aws-samples/} (see the README there), imported. */
final class Samples {

    static final String VPC_NAT = "VPC_VPC_With_Managed_NAT_And_Private_Subnet.yaml";
    static final String VPC_NAT_JSON = "VPC_VPC_With_Managed_NAT_And_Private_Subnet.json";
    static final String ECS_PRIVATE = "ECS_FargateLaunchType_clusters_private-vpc.yaml";
    static final String RDS_REPLICA = "RDS_RDS_MySQL_With_Read_Replica.yaml";
    static final String API_LAMBDA = "APIGateway_apigateway_lambda_integration.json";
    static final String S3_LAMBDA = "S3_S3_LambdaTrigger.yaml";
    static final String ALB_ASG = "AutoScaling_AutoScalingMultiAZWithNotifications.yaml";

    static final String[] ALL = {VPC_NAT, VPC_NAT_JSON, ECS_PRIVATE, RDS_REPLICA, API_LAMBDA, S3_LAMBDA, ALB_ASG};

    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("aws-samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CfnTemplate template(String name) throws TemplateFormatException {
        return TemplateReader.read(bytes(name), name);
    }

    static Diagram imported(String name) throws TemplateFormatException {
        return imported(name, Map.of());
    }

    static Diagram imported(String name, Map<String, String> parameters) throws TemplateFormatException {
        return new TemplateImporter(Palette.bundled()).read(bytes(name), name, parameters, "us-east-1");
    }
}
