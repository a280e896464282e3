// Runs cdk-nag's AwsSolutions rule pack over plain CloudFormation templates (read with
// cloudformation-include) and prints one JSON document on stdout: for each template, the findings
// no suppression accepts. A resource accepts a finding the way cdk-nag v2 users write it in the
// template, Metadata.cdk_nag.rules_to_suppress: [{id, reason}], with a reason of 10 characters
// or more (as cdk-nag itself asks); cdk-nag v3 reads acknowledgements from the construct tree, so
// each one is handed to it through Validations.of(resource).acknowledge.
// Each template is also checked a second time, in a fresh App and Stack with no acknowledgement,
// to list as "unneeded" every written suppression whose rule did not flag that resource: a
// suppression must accept a real finding, never sit on a resource as a blanket. A suppression
// matches a finding the way cdk-nag matches acknowledgements, by the exact rule id, suffix
// included (AwsSolutions-IAM4[Policy::...] is not AwsSolutions-IAM4).
// Usage: node check.js TEMPLATE...
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const { AwsSolutionsChecks } = require('cdk-nag');

const MIN_REASON = 10;

/** The template in a fresh construct tree of its own, so that two checks share no acknowledgement. */
function include(file) {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'Stack');
  const included = new CfnInclude(stack, 'Template', { templateFile: path.resolve(file) });
  return { app, stack, included };
}

/** Every suppression the template writes, {rule, resource, reason}, whatever its reason. */
function written(included) {
  const out = [];
  for (const construct of included.node.findAll()) {
    if (!(construct instanceof cdk.CfnResource)) continue;
    const suppress = ((construct.cfnOptions.metadata || {}).cdk_nag || {}).rules_to_suppress || [];
    for (const s of suppress) {
      if (s && typeof s.id === 'string') {
        out.push({ construct, rule: s.id, resource: construct.node.id, reason: String(s.reason || '') });
      }
    }
  }
  return out;
}

function findingsOf(app, stack) {
  const report = new AwsSolutionsChecks(app).validateScope(stack);
  const findings = [];
  for (const v of report.violations || []) {
    for (const r of v.violatingResources || []) {
      const parts = r.constructPath.split('/');
      findings.push({ rule: v.ruleName, resource: parts[2] || r.constructPath, level: v.severity,
        message: String(v.description).split('\n')[0] });
    }
  }
  findings.sort((a, b) => (a.resource + a.rule).localeCompare(b.resource + b.rule));
  return findings;
}

function check(file) {
  const acknowledged = include(file);
  const suppressions = written(acknowledged.included);
  const accepted = [];
  for (const s of suppressions) {
    if (s.reason.trim().length >= MIN_REASON) {
      cdk.Validations.of(s.construct).acknowledge({ id: s.rule, reason: s.reason });
      accepted.push({ rule: s.rule, resource: s.resource, reason: s.reason });
    }
  }
  const findings = findingsOf(acknowledged.app, acknowledged.stack);

  const bare = include(file);
  const flagged = new Set(findingsOf(bare.app, bare.stack).map(f => f.resource + '\u0000' + f.rule));
  const unneeded = suppressions.filter(s => !flagged.has(s.resource + '\u0000' + s.rule))
    .map(s => ({ rule: s.rule, resource: s.resource }));
  return { findings, accepted, unneeded };
}

const out = {};
for (const file of process.argv.slice(2)) {
  try {
    out[path.basename(file)] = check(file);
  } catch (e) {
    out[path.basename(file)] = { error: String(e && e.message || e).split('\n')[0] };
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
