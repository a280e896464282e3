package com.cloudwright.validate.rules.reliability;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CW-R010: what a server installs at boot can become its user data. A custom script must be UTF-8
 * text that fits EC2's user data limit (16 KB once base64-encoded); the ready-made software is
 * written for Amazon Linux 2023 (dnf); the health check path is a plain URL path. Anything else
 * would launch instances that fail their health checks, or be left out of the template.
 */
@AutoService(Rule.class)
public final class ServerSoftwareBoots extends AbstractRule {

    /** EC2's user data limit, applied to the base64 text CloudFormation hands over. */
    public static final int USER_DATA_BASE64_LIMIT = 16 * 1024;

    private static final Set<String> PRESETS = Set.of("nginx", "lamp", "nodejs");
    private static final Pattern SAFE_PATH = Pattern.compile("/(?!.*\\.\\.)[A-Za-z0-9._~/-]*");

    public ServerSoftwareBoots() {
        super("CW-R010", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        List<Node> servers = new ArrayList<>(ctx.diagram().nodesOfType("ec2"));
        servers.addAll(ctx.diagram().nodesOfType(NodeTypes.AUTO_SCALING_GROUP));
        for (Node server : servers) {
            String software = String.valueOf(ctx.palette().propertyValue(server, "software"));
            if (software.equals("custom")) {
                String script = server.props().string("softwareScript").orElse("");
                if (script.isBlank()) {
                    out.add(problem(server, "empty", ctx.name(server)));
                } else if (!isUtf8(script)) {
                    out.add(problem(server, "encoding", ctx.name(server)));
                } else {
                    int size = base64Length(script.getBytes(StandardCharsets.UTF_8).length);
                    if (size > USER_DATA_BASE64_LIMIT) {
                        out.add(problem(server, "size", ctx.name(server), size, USER_DATA_BASE64_LIMIT));
                    }
                }
            } else if (PRESETS.contains(software)) {
                String os = os(ctx, server).orElse("amazon-linux-2023");
                if (!os.equals("amazon-linux-2023")) {
                    out.add(problem(server, "os", ctx.name(server), software, os));
                }
            }
            if (server.props().has("healthCheckPath")) {
                String path = String.valueOf(ctx.palette().propertyValue(server, "healthCheckPath"));
                if (!SAFE_PATH.matcher(path).matches()) {
                    out.add(problem(server, "path", ctx.name(server), path));
                }
            }
        }
        return out;
    }

    /** The OS of the instance, or of a group's first member. */
    private static Optional<String> os(RuleContext ctx, Node server) {
        Node instance = server;
        if (server.type().equals(NodeTypes.AUTO_SCALING_GROUP)) {
            instance = server.props().strings("members").stream().sorted()
                    .flatMap(id -> ctx.diagram().node(id).stream()).findFirst().orElse(null);
        }
        return instance == null ? Optional.empty()
                : Optional.ofNullable(ctx.palette().propertyValue(instance, "os")).map(String::valueOf);
    }

    /** Text that came from bytes that were not UTF-8 holds U+FFFD or a lone surrogate; neither encodes back. */
    static boolean isUtf8(String text) {
        if (text.indexOf('\uFFFD') >= 0) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static int base64Length(int bytes) {
        return (bytes + 2) / 3 * 4;
    }
}
