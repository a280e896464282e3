package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.List;
import java.util.Optional;

/**
 * IAM users, ACM certificates, KMS keys and Secrets Manager secrets. Users get least privilege
 * from their edges like roles do (no access keys, no console password in the template); a
 * certificate validates through the Route 53 zone it is drawn next to and serves the load
 * balancers and distributions it points at; keys rotate and are retained.
 */
final class Security {

    private Security() {
    }

    static void iamUser(Node node, Build b) {
        Resource user = b.primary(node, "AWS::IAM::User").set("Tags", b.nameTag(node));
        b.access.register(node, user.logicalId());
        String group = b.string(node, "group", null);
        if (group != null) {
            user.set("Groups", Json.list(group));
            b.note("User " + user.logicalId() + " joins group '" + group + "', which must exist already.");
        }
        if (b.bool(node, "consoleAccess", false)) {
            b.note("User " + user.logicalId() + ": console access needs a password, which is never put in a template; "
                    + "set one (and MFA) after the stack is created.");
        }
    }

    static void acm(Node node, Build b) {
        Node dnsNode = b.neighbours(node).stream().filter(n -> n.type().equals("route53")).findFirst().orElse(null);
        Object domain = dnsNode != null ? EdgeServices.domainParameter(dnsNode, b) : b.parameter(new Template.Parameter(b.id(node) + "DomainName", "String",
                "The domain name certificate " + node.displayLabel() + " is for",
                b.string(node, "domainName", "example.com"), "^(\\*\\.)?(?!-)[A-Za-z0-9.-]{1,253}$", List.of(),
                "a DNS name such as app.example.com"));
        String validation = b.string(node, "validation", "DNS");
        Resource certificate = b.primary(node, "AWS::CertificateManager::Certificate")
                .set("DomainName", domain)
                .set("ValidationMethod", validation)
                .set("Tags", b.nameTag(node));
        if (validation.equals("DNS")) {
            for (Node dns : b.neighbours(node)) {
                if (dns.type().equals("route53") && !b.bool(dns, "privateZone", false)) {
                    Object zone = b.parameter(Template.Parameter.of(b.id(dns) + "HostedZoneId",
                            "AWS::Route53::HostedZone::Id", "The public hosted zone of " + dns.displayLabel(), null));
                    certificate.set("DomainValidationOptions", Json.list(Json.obj("DomainName", domain,
                            "HostedZoneId", zone)));
                    break;
                }
            }
        }
    }

    /** A certificate drawn next to the load balancer or distribution, usable from this template's Region. */
    static Optional<Object> drawnCertificate(Build b, Node owner) {
        for (Node n : b.neighbours(owner)) {
            if (n.type().equals("acm") && b.template.resource(b.id(n)) != null
                    && (!owner.type().equals("cloudfront") || b.region.equals("us-east-1"))) {
                return Optional.of(b.ref(n));
            }
        }
        return Optional.empty();
    }

    static void kms(Node node, Build b) {
        String spec = b.string(node, "keySpec", "SYMMETRIC_DEFAULT");
        String usage = spec.startsWith("HMAC") ? "GENERATE_VERIFY_MAC"
                : spec.startsWith("ECC") ? "SIGN_VERIFY" : "ENCRYPT_DECRYPT";
        Resource key = b.primary(node, "AWS::KMS::Key")
                .set("Description", "Key drawn as " + node.displayLabel())
                .set("KeySpec", spec)
                .set("KeyUsage", usage)
                .set("EnableKeyRotation", spec.equals("SYMMETRIC_DEFAULT") && b.bool(node, "rotation", true))
                .set("MultiRegion", b.bool(node, "multiRegion", false))
                .set("PendingWindowInDays", 30)
                .set("KeyPolicy", ResourcePolicies.document(Json.list(Json.obj(
                        "Sid", "AccountAdministersTheKey", "Effect", "Allow",
                        "Principal", Json.obj("AWS", Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")),
                        "Action", "kms:*", "Resource", "*"))))
                .set("Tags", b.nameTag(node))
                .keep("Retain");
        b.add(node, "Alias", "AWS::KMS::Alias")
                .set("AliasName", Fn.sub("alias/${AWS::StackName}-" + LogicalIds.kebab(b.id(node))))
                .set("TargetKeyId", key.ref());
    }

    static void secret(Node node, Build b) {
        Resource secret = b.primary(node, "AWS::SecretsManager::Secret")
                .set("Description", "Secret drawn as " + node.displayLabel())
                .set("Tags", b.nameTag(node));
        if (b.bool(node, "generatePassword", true)) {
            secret.set("GenerateSecretString", Json.obj("PasswordLength", 32, "ExcludeCharacters", "\"@/\\'"));
        }
        for (Node key : b.callees(node, "kms")) {
            if (b.template.resource(b.id(key)) != null) {
                secret.set("KmsKeyId", b.ref(key));
                break;
            }
        }
        b.note("Secret " + secret.logicalId() + ": rotation every " + b.integer(node, "rotationDays", 30)
                + " days needs a rotation function; add an AWS::SecretsManager::RotationSchedule for it.");
    }
}
