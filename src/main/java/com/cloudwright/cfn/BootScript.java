package com.cloudwright.cfn;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The bash user data that makes an Amazon Linux 2023 server serve what was drawn: it installs the
 * software with dnf, answers the health check on every port drawn traffic arrives on, checks that
 * it does from the instance itself, and only then signals CloudFormation (a failing step signals
 * failure, so the stack rolls back instead of waiting). The text is an Fn::Sub template: bash
 * variables are written without braces so that {@code ${…}} stays CloudFormation's.
 */
final class BootScript {

    /** A path a health check may ask for and a file may be written at: no "..", no shell metacharacters. */
    static final Pattern SAFE_PATH = Pattern.compile("/(?!.*\\.\\.)[A-Za-z0-9._~/-]*");

    private BootScript() {
    }

    static String header() {
        return """
                #!/bin/bash
                # Written by Cloudwright: runs once, as root, when the instance first boots.
                set -euo pipefail
                """;
    }

    static String of(ServerSoftware.Choice choice, String signalledResource, String before) {
        StringBuilder s = new StringBuilder(header());
        s.append("""
                dnf install -y aws-cfn-bootstrap
                signal() {
                  /opt/aws/bin/cfn-signal -e "$1" --stack '${AWS::StackName}' --resource '%s' --region '${AWS::Region}'
                }
                trap 'signal 1' ERR
                """.formatted(signalledResource));
        if (before != null) {
            s.append(before);
        }
        String health = SAFE_PATH.matcher(choice.healthPath()).matches() ? choice.healthPath() : "/";
        switch (choice.kind()) {
            case "nginx" -> nginx(s, choice.ports(), health);
            case "lamp" -> lamp(s, choice.ports(), health);
            case "nodejs" -> nodejs(s, choice.ports(), health);
            default -> throw new IllegalArgumentException(choice.kind() + " installs nothing");
        }
        for (int port : choice.ports()) {
            s.append("curl -fsS --retry 20 --retry-delay 3 --retry-connrefused -o /dev/null 'http://localhost:")
                    .append(port).append(health).append("'\n");
        }
        s.append("signal 0\n");
        return s.toString();
    }

    private static void nginx(StringBuilder s, List<Integer> ports, String health) {
        s.append("dnf install -y nginx\n");
        page(s, "/usr/share/nginx/html", "nginx");
        healthFile(s, "/usr/share/nginx/html", health);
        List<Integer> others = ports.stream().filter(p -> p != 80).toList();
        if (!others.isEmpty()) {
            s.append("cat > /etc/nginx/conf.d/cloudwright.conf <<'CONF'\n");
            for (int port : others) {
                s.append("server {\n    listen ").append(port).append(";\n    root /usr/share/nginx/html;\n}\n");
            }
            s.append("CONF\n");
        }
        s.append("systemctl enable --now nginx\n");
    }

    private static void lamp(StringBuilder s, List<Integer> ports, String health) {
        s.append("dnf install -y httpd php php-fpm php-mysqlnd\n");
        List<Integer> others = ports.stream().filter(p -> p != 80).toList();
        if (!others.isEmpty()) {
            s.append("cat > /etc/httpd/conf.d/cloudwright-ports.conf <<'CONF'\n");
            others.forEach(p -> s.append("Listen ").append(p).append('\n'));
            s.append("CONF\n");
        }
        s.append("""
                cat > /var/www/html/index.php <<'PHP'
                <?php echo 'Served by Apache and PHP ' . PHP_VERSION . ', installed by CloudFormation.';
                PHP
                """);
        healthFile(s, "/var/www/html", health);
        s.append("systemctl enable --now php-fpm httpd\n");
    }

    private static void nodejs(StringBuilder s, List<Integer> ports, String health) {
        s.append("dnf install -y nodejs\nmkdir -p /opt/app\ncat > /opt/app/server.js <<'JS'\n")
                .append("const http = require('http');\n")
                .append("for (const port of ").append(ports).append(") {\n")
                .append("  http.createServer((req, res) => {\n")
                .append("    res.writeHead(200, { 'Content-Type': 'text/plain' });\n")
                .append("    res.end(req.url === '").append(health)
                .append("' ? 'ok\\n' : 'Served by Node.js, installed by CloudFormation.\\n');\n")
                .append("  }).listen(port);\n}\nJS\n")
                .append("""
                        cat > /etc/systemd/system/app.service <<'UNIT'
                        [Unit]
                        Description=Node.js application installed by Cloudwright
                        After=network-online.target

                        [Service]
                        ExecStart=/usr/bin/node /opt/app/server.js
                        DynamicUser=yes
                        AmbientCapabilities=CAP_NET_BIND_SERVICE
                        Restart=always

                        [Install]
                        WantedBy=multi-user.target
                        UNIT
                        systemctl daemon-reload
                        systemctl enable --now app
                        """);
    }

    private static void page(StringBuilder s, String root, String server) {
        s.append("cat > ").append(root).append("/index.html <<'HTML'\n")
                .append("<!doctype html><title>Cloudwright</title><p>Served by ").append(server)
                .append(", installed by CloudFormation.</p>\nHTML\n");
    }

    /** A small file at the health check path, so the check asks for something cheap that exists. */
    private static void healthFile(StringBuilder s, String root, String health) {
        if (health.equals("/")) {
            return;
        }
        String file = health.endsWith("/") ? health + "index.html" : health;
        String dir = file.substring(0, file.lastIndexOf('/'));
        if (!dir.isEmpty()) {
            s.append("mkdir -p '").append(root).append(dir).append("'\n");
        }
        s.append("echo ok > '").append(root).append(file).append("'\n");
    }
}
