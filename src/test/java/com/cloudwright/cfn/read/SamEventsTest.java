package com.cloudwright.cfn.read;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A SAM function's Events become the connections the Serverless transform would wire. */
class SamEventsTest {

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Orders:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
                  Events:
                    GetOrders:
                      Type: Api
                      Properties:
                        Path: /orders
                        Method: get
                    FromQueue:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt OrderQueue.Arn
                    Uploaded:
                      Type: S3
                      Properties:
                        Bucket: !Ref Uploads
                        Events: s3:ObjectCreated:*
                    Nightly:
                      Type: Schedule
                      Properties:
                        Schedule: rate(1 day)
              Reports:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: nodejs20.x
                  Handler: index.handler
                  InlineCode: exports.handler = async () => ({});
                  Events:
                    Http:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref ReportsApi
                    Alerts:
                      Type: SNS
                      Properties:
                        Topic: !Ref AlertTopic
                    Changes:
                      Type: DynamoDB
                      Properties:
                        Stream: !GetAtt OrdersTable.StreamArn
                        StartingPosition: LATEST
              ReportsApi:
                Type: AWS::Serverless::HttpApi
              OrderQueue:
                Type: AWS::SQS::Queue
              Uploads:
                Type: AWS::S3::Bucket
              AlertTopic:
                Type: AWS::SNS::Topic
              OrdersTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  AttributeDefinitions:
                    - AttributeName: id
                      AttributeType: S
                  KeySchema:
                    - AttributeName: id
                      KeyType: HASH
                  BillingMode: PAY_PER_REQUEST
                  StreamSpecification:
                    StreamViewType: NEW_IMAGE
            """;

    private static Diagram imported() throws TemplateFormatException {
        return new TemplateImporter(Palette.bundled()).read(TEMPLATE.getBytes(StandardCharsets.UTF_8), "sam.yaml",
                Map.of(), null);
    }

    private static boolean hasEdge(Diagram d, String from, String to) {
        return d.edges().stream().anyMatch(e -> e.from().equals(from) && e.to().equals(to));
    }

    @Test
    void eachEventSourceCallsItsFunction() throws Exception {
        Diagram d = imported();
        assertThat(hasEdge(d, "OrderQueue", "Orders")).isTrue();
        assertThat(hasEdge(d, "Uploads", "Orders")).isTrue();
        assertThat(hasEdge(d, "ReportsApi", "Reports")).isTrue();
        assertThat(hasEdge(d, "AlertTopic", "Reports")).isTrue();
        assertThat(hasEdge(d, "OrdersTable", "Reports")).isTrue();
        assertThat(d.edgeCount()).as("the schedule has no drawn caller").isEqualTo(6);
    }

    @Test
    void anApiEventNamingNoApiUsesTheOneSamCreates() throws Exception {
        Diagram d = imported();
        assertThat(d.requireNode(SamEvents.IMPLICIT_REST_API).type()).isEqualTo("api-gateway");
        assertThat(d.requireNode(SamEvents.IMPLICIT_REST_API).parent()).isEqualTo(NetworkReader.REGION_ID);
        assertThat(hasEdge(d, SamEvents.IMPLICIT_REST_API, "Orders")).isTrue();
        assertThat(d.node(SamEvents.IMPLICIT_HTTP_API)).as("the HttpApi event names its API").isEmpty();
        assertThat(d.requireNode("Orders").type()).isEqualTo("lambda");
    }

    @Test
    void typesTheImporterAddsToThePaletteAreDrawnAsTheirEntries() {
        TypeIndex types = new TypeIndex(Palette.bundled());
        assertThat(types.paletteId("AWS::Serverless::Function")).contains("lambda");
        assertThat(types.paletteId("AWS::Serverless::HttpApi")).contains("api-gateway");
        assertThat(types.paletteId("AWS::Serverless::SimpleTable")).contains("dynamodb");
        assertThat(types.paletteId("AWS::ElastiCache::CacheCluster")).contains("elasticache");
        assertThat(types.paletteId("AWS::ElasticLoadBalancing::LoadBalancer")).contains("clb");
    }
}
