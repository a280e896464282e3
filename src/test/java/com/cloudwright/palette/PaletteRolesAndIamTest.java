package com.cloudwright.palette;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Service roles and IAM access are palette data, read strictly. */
class PaletteRolesAndIamTest {

    private static final Palette BUNDLED = Palette.bundled();

    @TempDir
    Path dir;

    @Test
    void theBundledPaletteNamesTheKindsOfServices() {
        assertThat(BUNDLED.idsWithRole(ServiceRole.LOAD_BALANCER)).containsExactlyInAnyOrder("alb", "nlb", "clb");
        assertThat(BUNDLED.idsWithRole(ServiceRole.RELATIONAL_DATABASE)).containsExactlyInAnyOrder("rds", "aurora");
        assertThat(BUNDLED.idsWithRole(ServiceRole.TWO_AZ_SUBNET_GROUP))
                .containsExactlyInAnyOrder("rds", "aurora", "documentdb");
        assertThat(BUNDLED.idsWithRole(ServiceRole.FAILOVER_CLUSTER)).containsExactlyInAnyOrder("aurora", "documentdb");
        assertThat(BUNDLED.idsWithRole(ServiceRole.PRIVATE_DATA_STORE))
                .containsExactlyInAnyOrder("rds", "aurora", "elasticache", "documentdb", "dax");
        assertThat(BUNDLED.idsWithRole(ServiceRole.COMPUTE))
                .containsExactlyInAnyOrder("ec2", "ecs", "fargate", "eks", "batch");
        assertThat(BUNDLED.idsWithRole(ServiceRole.INTERNET_CLIENT)).containsExactly("users");
        assertThat(BUNDLED.idsWithRole(ServiceRole.GATEWAY_ENDPOINT_SERVICE)).containsExactlyInAnyOrder("s3", "dynamodb");
        assertThat(BUNDLED.idsWithRole(ServiceRole.FAN_OUT)).containsExactlyInAnyOrder("sns", "eventbridge");
        assertThat(BUNDLED.hasRole("nlb", ServiceRole.LOAD_BALANCER)).isTrue();
        assertThat(BUNDLED.hasRole("ec2", ServiceRole.LOAD_BALANCER)).isFalse();
        assertThat(BUNDLED.hasRole("no-such-type", ServiceRole.COMPUTE)).isFalse();
    }

    @Test
    void iamActionsFollowTheEdgesAccess() {
        IamAccess table = BUNDLED.require("dynamodb").iam();
        IamAccess.Statement items = table.statements().get(0);
        assertThat(items.actionsFor(true, false)).containsExactly("dynamodb:BatchGetItem", "dynamodb:GetItem",
                "dynamodb:Query");
        assertThat(items.actionsFor(false, true)).containsExactly("dynamodb:BatchWriteItem", "dynamodb:DeleteItem",
                "dynamodb:PutItem", "dynamodb:UpdateItem");
        assertThat(items.actionsFor(true, true)).hasSize(7);
        assertThat(table.environment()).extracting(IamAccess.Variable::name).containsExactly("TABLE");
        assertThat(BUNDLED.require("vpc-endpoint").iam().throughEdges()).isTrue();
        assertThat(BUNDLED.require("elasticache").iam().environment().get(0).unless()).containsEntry("engine", "memcached");
        assertThat(BUNDLED.require("alb").iam()).isEqualTo(IamAccess.NONE);
    }

    @Test
    void everyDeclaredActionNamesAService() {
        for (PaletteEntry e : BUNDLED.entries()) {
            for (IamAccess.Statement s : e.iam().statements()) {
                assertThat(s.actionsFor(true, true)).as(e.id()).isNotEmpty().allMatch(a -> a.contains(":"));
            }
        }
    }

    @Test
    void refusesUnknownRolesAndMalformedIam() throws IOException {
        Files.writeString(dir.resolve("index.json"), "{\"files\": [\"a.json\"]}");
        String entry = "{\"entries\": [{\"id\": \"x\", \"label\": \"X\", \"category\": \"C\", \"kind\": \"service\","
                + " \"placement\": \"subnet\", \"properties\": [{\"name\": \"engine\", \"type\": \"string\"}], %s}]}";
        for (List<String> c : List.of(
                List.of("\"roles\": [\"router\"]", "entries[0] (x).roles: 'router' is not one of"),
                List.of("\"roles\": [\"LOAD_BALANCER\"]", "must be written in lower case with dashes"),
                List.of("\"iam\": {\"grants\": []}", "entries[0] (x).iam: unknown field \"grants\""),
                List.of("\"iam\": {\"statements\": [{\"actions\": [\"GetItem\"], \"resource\": \"Ref\"}]}",
                        "iam.statements[0].actions: 'GetItem' is not an IAM action"),
                List.of("\"iam\": {\"statements\": [{\"actions\": [\"s3:GetObject\"], \"resource\": \"Arn\"}]}",
                        "iam.statements[0].resource: 'Arn' is not *, Ref"),
                List.of("\"iam\": {\"statements\": [{\"read\": [\"s3:GetObject\"], \"resource\": \"Ref\"}]}",
                        "needs \"actions\", or both \"read\" and \"write\""),
                List.of("\"iam\": {\"environment\": [{\"name\": \"host\", \"value\": \"Ref\"}]}",
                        "iam.environment[0].name: 'host' is not an environment variable suffix"),
                List.of("\"iam\": {\"environment\": [{\"name\": \"HOST\", \"value\": \"Ref\", \"unless\": {\"mode\": \"x\"}}]}",
                        "iam.environment[0].unless: the entry has no property \"mode\""),
                List.of("\"iam\": {\"withoutResource\": \"yes\"}", "iam.withoutResource: must be true or false"))) {
            Files.writeString(dir.resolve("a.json"), entry.formatted(c.get(0)));
            assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).as(c.get(0)).hasMessageContaining(c.get(1));
        }
        Files.writeString(dir.resolve("a.json"), entry.formatted("\"roles\": [\"compute\"], \"iam\": {\"statements\": "
                + "[{\"actions\": [\"s3:GetObject\"], \"resource\": \"Sub:${self.Arn}/*\"}]}"));
        PaletteEntry x = PaletteLoader.fromDirectory(dir).require("x");
        assertThat(x.roles()).containsExactly(ServiceRole.COMPUTE);
        assertThat(x.iam().statements().get(0).resource()).isEqualTo("Sub:${self.Arn}/*");
    }
}
