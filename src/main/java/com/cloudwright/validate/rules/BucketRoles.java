package com.cloudwright.validate.rules;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Topology;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an S3 bucket is for, as far as the drawing tells: its label or id, a {@code purpose}
 * property, and the services that write to it.
 */
public final class BucketRoles {

    private static final Pattern BACKUP = Pattern.compile("(?<![a-z])(backups?|snapshots?)(?![a-z])|백업|스냅샷");
    private static final Pattern LOGS = Pattern.compile("(?<![a-z])(logs?|logging|archives?|audit)(?![a-z])|로그|아카이브");
    private static final Set<String> LOG_WRITERS = Set.of("cloudtrail", "kinesis-firehose", "cloudwatch");

    private BucketRoles() {
    }

    /** Named for backups, {@code purpose: backup}, or protected by (or written by) AWS Backup. */
    public static boolean holdsBackups(RuleContext ctx, Node bucket) {
        if (named(bucket, BACKUP) || purpose(bucket).contains("backup")) {
            return true;
        }
        return ctx.topology().neighbours(bucket).stream().anyMatch(n -> ServiceKinds.BACKUP.equals(n.type()));
    }

    /** Named for logs or archives, {@code purpose: logs|archive}, or written by CloudTrail, Firehose or CloudWatch. */
    public static boolean holdsLogs(RuleContext ctx, Node bucket) {
        String purpose = purpose(bucket);
        if (named(bucket, LOGS) || purpose.contains("log") || purpose.contains("archive")) {
            return true;
        }
        for (Link l : ctx.topology().linksTo(bucket)) {
            if (LOG_WRITERS.contains(l.caller().type())) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Node bucket, Pattern pattern) {
        String text = (bucket.id() + " " + (bucket.label() == null ? "" : bucket.label())).toLowerCase(Locale.ROOT);
        return pattern.matcher(text).find();
    }

    private static String purpose(Node bucket) {
        return bucket.props().string("purpose").orElse("").toLowerCase(Locale.ROOT);
    }
}
