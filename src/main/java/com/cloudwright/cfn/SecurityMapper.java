package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;

/**
 * Identity and protection: standalone IAM roles and users, Cognito user pools, ACM certificates,
 * KMS keys, Secrets Manager secrets and Shield (which has nothing to create). Users get least
 * privilege from their edges like roles do (no access keys, no console password in the
 * template); a certificate validates through the Route 53 zone it is drawn next to and serves the
 * load balancers and distributions it points at; keys rotate and are retained.
 */
@AutoService(Mapper.class)
public final class SecurityMapper implements Mapper {

    public SecurityMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("iam-role", "cognito", "iam-user", "acm", "kms", "secrets-manager", "shield");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::CertificateManager::Certificate", "AWS::Cognito::IdentityPool",
                "AWS::Cognito::IdentityPoolRoleAttachment", "AWS::Cognito::UserPool",
                "AWS::Cognito::UserPoolClient", "AWS::IAM::InstanceProfile",
                "AWS::IAM::Role", "AWS::IAM::User",
                "AWS::KMS::Alias", "AWS::KMS::Key",
                "AWS::SecretsManager::Secret");
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "iam-role" -> iamRole(node, b);
            case "cognito" -> cognito(node, b);
            case "iam-user" -> iamUser(node, b);
            case "acm" -> acm(node, b);
            case "kms" -> kms(node, b);
            case "secrets-manager" -> secret(node, b);
            case "shield" -> shield(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by SecurityMapper");
        }
    }

    private static void iamUser(Node node, Build b) {
        Resource user = b.primary(node, "AWS::IAM::User").set("Tags", b.nameTag(node));
        b.access.register(node, user.logicalId());
        String group = b.string(node, "group", null);
        if (group != null) {
            user.set("Groups", Json.list(group));
            b.note(Build.text("security.note.existingGroup", user.logicalId(), group));
        }
        if (b.bool(node, "consoleAccess")) {
            b.note(Build.text("security.note.consolePassword", user.logicalId()));
        }
    }

    private static void acm(Node node, Build b) {
        Node dnsNode = b.neighbours(node).stream().filter(n -> n.type().equals("route53")).findFirst().orElse(null);
        Object domain = dnsNode != null ? Certificates.domainParameter(dnsNode, b) : b.parameter(new Template.Parameter(b.id(node) + "DomainName", "String",
                "The domain name certificate " + node.displayLabel() + " is for",
                b.string(node, "domainName"), "^(\\*\\.)?(?!-)[A-Za-z0-9.-]{1,253}$", List.of(),
                "a DNS name such as app.example.com"));
        String validation = b.string(node, "validation");
        List<Object> alternatives = Certificates.otherNamesServed(b, node, domain);
        Resource certificate = b.primary(node, "AWS::CertificateManager::Certificate")
                .set("DomainName", domain)
                .set("SubjectAlternativeNames", alternatives.isEmpty() ? null : alternatives)
                .set("ValidationMethod", validation)
                .set("Tags", b.nameTag(node));
        if (validation.equals("DNS")) {
            for (Node dns : b.neighbours(node)) {
                if (dns.type().equals("route53") && !b.bool(dns, "privateZone")) {
                    Object zone = b.parameter(Template.Parameter.of(b.id(dns) + "HostedZoneId",
                            "AWS::Route53::HostedZone::Id", "The public hosted zone of " + dns.displayLabel(), null));
                    List<Object> options = new ArrayList<>();
                    options.add(Json.obj("DomainName", domain, "HostedZoneId", zone));
                    for (Object name : alternatives) {
                        options.add(Json.obj("DomainName", name, "HostedZoneId", zone));
                    }
                    certificate.set("DomainValidationOptions", options);
                    break;
                }
            }
        }
    }

    private static void kms(Node node, Build b) {
        String spec = b.string(node, "keySpec");
        String usage = spec.startsWith("HMAC") ? "GENERATE_VERIFY_MAC"
                : spec.startsWith("ECC") ? "SIGN_VERIFY" : "ENCRYPT_DECRYPT";
        Resource key = b.primary(node, "AWS::KMS::Key")
                .set("Description", "Key drawn as " + node.displayLabel())
                .set("KeySpec", spec)
                .set("KeyUsage", usage)
                .set("EnableKeyRotation", spec.equals("SYMMETRIC_DEFAULT") && b.bool(node, "rotation"))
                .set("MultiRegion", b.bool(node, "multiRegion"))
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

    private static void secret(Node node, Build b) {
        Resource secret = b.primary(node, "AWS::SecretsManager::Secret")
                .set("Description", "Secret drawn as " + node.displayLabel())
                .set("Tags", b.nameTag(node));
        if (b.bool(node, "generatePassword")) {
            secret.set("GenerateSecretString", Json.obj("PasswordLength", 32, "ExcludeCharacters", "\"@/\\'"));
        }
        for (Node key : b.callees(node, "kms")) {
            if (b.template.resource(b.id(key)) != null) {
                secret.set("KmsKeyId", b.ref(key));
                break;
            }
        }
        b.note(Build.text("security.note.secretRotation", secret.logicalId(), b.integer(node, "rotationDays")));
    }

    // ---- IAM role ------------------------------------------------------------------------------

    private static void iamRole(Node node, Build b) {
        String service = b.string(node, "trustedService");
        List<Object> managed = new ArrayList<>();
        String given = b.string(node, "managedPolicyArns", null);
        if (given != null) {
            for (String p : given.split("[,\\s]+")) {
                if (!p.isBlank()) {
                    managed.add(p.startsWith("arn:") ? p : Access.managedPolicy(p));
                }
            }
        }
        Resource role = b.primary(node, "AWS::IAM::Role")
                .set("AssumeRolePolicyDocument", Access.trust(service))
                .set("ManagedPolicyArns", managed)
                .set("Tags", b.nameTag(node));
        b.access.register(node, role.logicalId());
        if (service.equals("ec2.amazonaws.com")) {
            b.add(node, "InstanceProfile", "AWS::IAM::InstanceProfile").set("Roles", Json.list(role.ref()));
        }
    }

    // ---- Cognito -------------------------------------------------------------------------------

    private static void cognito(Node node, Build b) {
        String mfa = b.string(node, "mfa");
        Resource pool = b.primary(node, "AWS::Cognito::UserPool")
                .set("UsernameAttributes", Json.list("email"))
                .set("AutoVerifiedAttributes", Json.list("email"))
                .set("MfaConfiguration", mfa)
                .set("EnabledMfas", mfa.equals("OFF") ? null : Json.list("SOFTWARE_TOKEN_MFA"))
                .set("AdminCreateUserConfig", Json.obj("AllowAdminCreateUserOnly", !b.bool(node, "selfSignUp")))
                .set("Policies", Json.obj("PasswordPolicy", Json.obj("MinimumLength", 12, "RequireLowercase", true,
                        "RequireNumbers", true, "RequireSymbols", true, "RequireUppercase", true)))
                .set("AccountRecoverySetting", Json.obj("RecoveryMechanisms",
                        Json.list(Json.obj("Name", "verified_email", "Priority", 1))))
                .set("DeletionProtection", "ACTIVE")
                .keep("Retain");
        Resource client = b.add(node, "Client", "AWS::Cognito::UserPoolClient")
                .set("UserPoolId", pool.ref())
                .set("GenerateSecret", false)
                .set("ExplicitAuthFlows", Json.list("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
                .set("PreventUserExistenceErrors", "ENABLED");
        b.template.output(b.id(node) + "Id", "User pool id of " + node.displayLabel(), pool.ref());
        b.template.output(b.id(node) + "ClientId", "App client id of " + node.displayLabel(), client.ref());
        if (b.bool(node, "identityPool")) {
            Resource identity = b.add(node, "IdentityPool", "AWS::Cognito::IdentityPool")
                    .set("AllowUnauthenticatedIdentities", false)
                    .set("CognitoIdentityProviders", Json.list(Json.obj("ClientId", client.ref(),
                            "ProviderName", pool.att("ProviderName"))));
            Resource role = b.add(node, "AuthenticatedRole", "AWS::IAM::Role")
                    .set("AssumeRolePolicyDocument", ResourcePolicies.document(Json.list(Json.obj(
                            "Effect", "Allow",
                            "Principal", Json.obj("Federated", "cognito-identity.amazonaws.com"),
                            "Action", "sts:AssumeRoleWithWebIdentity",
                            "Condition", Json.obj(
                                    "StringEquals", Json.obj("cognito-identity.amazonaws.com:aud", identity.ref()),
                                    "ForAnyValue:StringLike", Json.obj("cognito-identity.amazonaws.com:amr",
                                            "authenticated"))))));
            b.access.register(node, role.logicalId());
            b.add(node, "IdentityPoolRoles", "AWS::Cognito::IdentityPoolRoleAttachment")
                    .set("IdentityPoolId", identity.ref())
                    .set("Roles", Json.obj("authenticated", role.att("Arn")));
        }
    }

    // ---- Shield --------------------------------------------------------------------------------

    private static void shield(Node node, Build b) {
        // Shield Advanced is one of the drops CfnCoverage names; Standard needs nothing
        b.drops.stream().filter(d -> !d.isConnection() && d.nodeId().equals(node.id())).findFirst().ifPresentOrElse(
                d -> b.notMappedInEnglish(node, d.reasonInEnglish()),
                () -> b.notMapped(node, Build.text("security.reason.shieldStandard")));
    }
}
