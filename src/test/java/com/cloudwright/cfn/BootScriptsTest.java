package com.cloudwright.cfn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user data every example exports: each script passes shellcheck (Debian's package, which
 * .ci/run installs), and the web tiers behind load balancers install, serve their health check on
 * the drawn port and make CloudFormation wait for them.
 */
class BootScriptsTest {

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".cwd.json"))
                    .map(n -> n.replace(".cwd.json", "")).sorted().toList().stream();
        }
    }

    /** Every script of a template, as bash sees it once CloudFormation has substituted its ${…}. */
    static List<String> scripts(Object node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey().equals("UserData") && e.getValue() instanceof Map<?, ?> data) {
                    Object inner = data.get("Fn::Base64");
                    String text = inner instanceof Map<?, ?> sub ? (String) sub.get("Fn::Sub") : (String) inner;
                    out.add(substituted(text));
                } else {
                    collect(e.getValue(), out);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        }
    }

    private static String substituted(String text) {
        return text.replaceAll("\\$\\{(?!!)[A-Za-z0-9:.]+}", "cfnvalue").replace("${!", "${");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyGeneratedScriptPassesShellcheck(String example, @TempDir Path dir) throws Exception {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read(example));
        int i = 0;
        for (String script : scripts(t.root())) {
            if (!script.startsWith("#!/bin/bash")) {
                continue; // the ECS agent's one-liner is covered too when it is bash; cloud-config is not shell
            }
            Path file = dir.resolve(example + "-" + (i++) + ".sh");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("shellcheck", "--shell=bash", "--severity=style", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("shellcheck on the user data of %s:%n%s%n%s", example, output, script).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nginx", "lamp", "nodejs"})
    void everyReadyMadeSoftwarePassesShellcheckOnSeveralPorts(String kind, @TempDir Path dir) throws Exception {
        String script = substituted(BootScript.of(new ServerSoftware.Choice(kind, null, List.of(80, 8080), "/status/"),
                "WebTier", "echo before\n"));
        assertThat(script).contains("http://localhost:8080/status/'").contains("http://localhost:80/status/'");
        Path file = dir.resolve(kind + ".sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("shellcheck", "--shell=bash", "--severity=style", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("shellcheck:%n%s%n%s", output, script).isZero();
    }

    @Test
    void aHealthPathThatIsNotAPlainPathIsNeverWrittenIntoTheScript() {
        String script = BootScript.of(new ServerSoftware.Choice("nginx", null, List.of(80), "/x';reboot;'"), "Web", null);
        assertThat(script).doesNotContain("reboot").contains("http://localhost:80/'");
    }

    @Test
    void theExamplesWithWebTiersHaveScriptsToCheck() {
        for (String example : List.of("02-over-1000-users", "03-over-10000-users", "04-over-100000-users",
                "05-highly-available-lamp", "10-ec2-high-availability-elastic-ip")) {
            assertThat(scripts(DrawnNotDroppedTest.export(DrawnNotDroppedTest.read(example)).root()))
                    .as(example).isNotEmpty().allMatch(s -> s.startsWith("#!/bin/bash\n"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLampTiersInstallApacheAndPhpServeTheirPortsAndSignal() {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("05-highly-available-lamp"));
        List<String> groups = t.ofType("AWS::AutoScaling::AutoScalingGroup");
        assertThat(groups).hasSize(2);
        for (String group : groups) {
            Map<String, Object> resource = t.resource(group);
            assertThat(resource.get("CreationPolicy")).isEqualTo(
                    Map.of("ResourceSignal", Map.of("Count", 2, "Timeout", "PT15M")));
            Map<String, Object> rolling = (Map<String, Object>) ((Map<String, Object>) resource.get("UpdatePolicy"))
                    .get("AutoScalingRollingUpdate");
            assertThat(rolling).containsEntry("WaitOnResourceSignals", true).containsEntry("MaxBatchSize", 1)
                    .containsEntry("MinInstancesInService", 2);
        }
        List<String> scripts = scripts(t.root());
        assertThat(scripts).hasSize(2).allSatisfy(s -> assertThat(s)
                .contains("dnf install -y httpd php php-fpm php-mysqlnd")
                .contains("echo ok > '/var/www/html/health'")
                .contains("systemctl enable --now php-fpm httpd")
                .endsWith("signal 0\n"));
        assertThat(scripts).anySatisfy(s -> assertThat(s).contains("Listen 8080")
                .contains("http://localhost:8080/health"));
        for (String tg : t.ofType("AWS::ElasticLoadBalancingV2::TargetGroup")) {
            assertThat(t.props(tg)).containsEntry("HealthCheckPath", "/health");
        }
        assertThat(t.ofType("AWS::ElasticLoadBalancingV2::TargetGroup").stream().map(tg -> t.props(tg).get("Port")))
                .containsExactlyInAnyOrder(80, 8080);
    }

    @Test
    void aWebTierBehindALoadBalancerGetsNginxByDefault() {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("02-over-1000-users"));
        assertThat(scripts(t.root())).singleElement().satisfies(s -> assertThat(s)
                .contains("dnf install -y nginx").contains("echo ok > '/usr/share/nginx/html/health'")
                .contains("--resource 'AutoScalingGroup'".replace("AutoScalingGroup",
                        t.ofType("AWS::AutoScaling::AutoScalingGroup").get(0))));
    }

    @Test
    void theElasticIpGroupClaimsItsAddressThenServes() {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("10-ec2-high-availability-elastic-ip"));
        String script = scripts(t.root()).get(0);
        assertThat(script.indexOf("associate-address")).isPositive().isLessThan(script.indexOf("dnf install -y nginx"));
        Map<?, ?> rolling = (Map<?, ?>) ((Map<?, ?>) t.resource("ASGMin1Max1Desired1").get("UpdatePolicy"))
                .get("AutoScalingRollingUpdate");
        assertThat(rolling.get("MinInstancesInService")).as("a group of one keeps none in service").isEqualTo(0);
    }
}
