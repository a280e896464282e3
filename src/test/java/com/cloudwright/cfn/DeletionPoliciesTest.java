package com.cloudwright.cfn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every resource that holds data says what happens to it when the stack deletes or replaces it. */
class DeletionPoliciesTest {

    private static final List<String> STATEFUL = List.of("AWS::RDS::DBInstance", "AWS::RDS::DBCluster",
            "AWS::SQS::Queue", "AWS::S3::Bucket", "AWS::DynamoDB::Table");

    @Test
    void everyStatefulResourceOfEveryExampleHasBothPolicies() throws IOException {
        int checked = 0;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cwd.json")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".cwd.json", "");
                Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read(name));
                for (String type : STATEFUL) {
                    for (String id : t.ofType(type)) {
                        Map<String, Object> r = t.resource(id);
                        assertThat(r).as(name + " " + id).containsKeys("DeletionPolicy", "UpdateReplacePolicy");
                        assertThat(r.get("UpdateReplacePolicy")).as(name + " " + id).isEqualTo(r.get("DeletionPolicy"));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void dataIsKeptWhereItLivesAndCopiesAreNot() {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("04-over-100000-users"));
        assertThat(t.resource("AuroraMySQLCluster")).containsEntry("DeletionPolicy", "Snapshot");
        assertThat(t.resource("AuroraMySQLClusterInstance1")).containsEntry("DeletionPolicy", "Delete");
        assertThat(t.resource("DeadLetterQueue")).containsEntry("DeletionPolicy", "Retain");
        assertThat(t.resource("OrdersQueue")).containsEntry("DeletionPolicy", "Delete");
        Fixtures.Parsed lamp = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("05-highly-available-lamp"));
        assertThat(lamp.resource("RDSMySQLMultiAZ")).containsEntry("DeletionPolicy", "Snapshot");
        assertThat(lamp.resource("RDSMySQLMultiAZReplica1")).containsEntry("DeletionPolicy", "Delete");
    }
}
