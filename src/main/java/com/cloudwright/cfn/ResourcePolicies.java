package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resource-based policies several edges add to (a queue fed by two topics, a bucket read by
 * CloudFront and written by CloudTrail): statements are collected, then one policy resource per
 * queue, topic and bucket is written. Every queue, topic and bucket gets one, denying requests
 * without TLS: encryption in transit is the default, not something an edge has to ask for.
 */
final class ResourcePolicies {

    private final Build b;
    private final Map<String, List<Object>> queues = new TreeMap<>();
    private final Map<String, List<Object>> topics = new TreeMap<>();
    private final Map<String, List<Object>> buckets = new TreeMap<>();
    private final Map<String, Node> owners = new LinkedHashMap<>();
    private final Map<String, List<Resource>> waitingForBucket = new TreeMap<>();

    ResourcePolicies(Build b) {
        this.b = b;
    }

    void queue(Node queue, Map<String, Object> statement) {
        add(queues, queue, statement);
    }

    void topic(Node topic, Map<String, Object> statement) {
        add(topics, topic, statement);
    }

    void bucket(Node bucket, Map<String, Object> statement) {
        add(buckets, bucket, statement);
    }

    /** Registers a queue so it gets at least the TLS-only statement. */
    void queue(Node queue) {
        owners.put(queue.id(), queue);
        queues.computeIfAbsent(b.id(queue), k -> new ArrayList<>());
    }

    /** Registers a topic so it gets at least the TLS-only statement. */
    void topic(Node topic) {
        owners.put(topic.id(), topic);
        topics.computeIfAbsent(b.id(topic), k -> new ArrayList<>());
    }

    /** Registers a bucket so it gets at least the TLS-only statement. */
    void bucket(Node bucket) {
        owners.put(bucket.id(), bucket);
        buckets.computeIfAbsent(b.id(bucket), k -> new ArrayList<>());
    }

    private void add(Map<String, List<Object>> into, Node owner, Map<String, Object> statement) {
        owners.put(owner.id(), owner);
        List<Object> list = into.computeIfAbsent(b.id(owner), k -> new ArrayList<>());
        if (!list.contains(statement)) {
            list.add(statement);
        }
    }

    /** The resource is created only once the bucket's policy lets it write (CloudTrail checks at creation). */
    void beforeBucketPolicy(Node bucket, Resource dependent) {
        waitingForBucket.computeIfAbsent(b.id(bucket), k -> new ArrayList<>()).add(dependent);
    }

    /** A service principal may act on the resource only on behalf of the named source ARN. */
    static Map<String, Object> allowService(String service, Object actions, Object resource, Object sourceArn) {
        return Json.obj("Effect", "Allow", "Principal", Json.obj("Service", service),
                "Action", actions, "Resource", resource,
                "Condition", sourceArn == null ? null : Json.obj("ArnEquals", Json.obj("aws:SourceArn", sourceArn)));
    }

    void emit() {
        Map<String, Node> byLogicalId = new TreeMap<>();
        owners.values().forEach(n -> byLogicalId.put(b.id(n), n));
        queues.forEach((queue, statements) -> b.add(byLogicalId.get(queue), "Policy", "AWS::SQS::QueuePolicy")
                .set("Queues", Json.list(Fn.ref(queue)))
                .set("PolicyDocument", document(tlsOnly("sqs:*", Fn.getAtt(queue, "Arn"), statements))));
        topics.forEach((topic, statements) -> b.add(byLogicalId.get(topic), "Policy", "AWS::SNS::TopicPolicy")
                .set("Topics", Json.list(Fn.ref(topic)))
                .set("PolicyDocument", document(tlsOnly("sns:Publish", Fn.ref(topic), statements))));
        buckets.forEach((bucket, statements) -> {
            List<Object> all = new ArrayList<>();
            all.add(Json.obj("Sid", "DenyInsecureTransport", "Effect", "Deny", "Principal", "*",
                    "Action", "s3:*",
                    "Resource", Json.list(Fn.getAtt(bucket, "Arn"), Fn.sub("${" + bucket + ".Arn}/*")),
                    "Condition", Json.obj("Bool", Json.obj("aws:SecureTransport", "false"))));
            all.addAll(statements);
            Resource policy = b.add(byLogicalId.get(bucket), "Policy", "AWS::S3::BucketPolicy")
                    .set("Bucket", Fn.ref(bucket))
                    .set("PolicyDocument", document(all));
            waitingForBucket.getOrDefault(bucket, List.of()).forEach(r -> r.dependsOn(policy.logicalId()));
        });
    }

    /** The statements after one denying the actions to anyone not using TLS. */
    static List<Object> tlsOnly(String actions, Object resource, List<Object> statements) {
        List<Object> all = new ArrayList<>();
        all.add(Json.obj("Sid", "DenyInsecureTransport", "Effect", "Deny", "Principal", "*",
                "Action", actions, "Resource", resource,
                "Condition", Json.obj("Bool", Json.obj("aws:SecureTransport", "false"))));
        all.addAll(statements);
        return all;
    }

    static Map<String, Object> document(List<Object> statements) {
        return Json.obj("Version", "2012-10-17", "Statement", statements);
    }
}
