// Runs cdk-nag's AwsSolutions rule pack over plain CloudFormation templates (read with
// cloudformation-include) and prints one JSON document on stdout: for each template, the findings
// no suppression accepts. A resource accepts a finding the way cdk-nag v2 users write it in the
// template, Metadata.cdk_nag.rules_to_suppress: [{id, reason}], with a reason of 10 characters
// or more (as cdk-nag itself asks); cdk-nag v3 reads acknowledgements from the construct tree, so
// each one is handed to it through Validations.of(resource).acknowledge.
// Usage: node check.js TEMPLATE...
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const { AwsSolutionsChecks } = require('cdk-nag');

const MIN_REASON = 10;

function check(file) {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'Stack');
  const included = new CfnInclude(stack, 'Template', { templateFile: path.resolve(file) });
  const accepted = [];
  for (const construct of included.node.findAll()) {
    if (!(construct instanceof cdk.CfnResource)) continue;
    const suppress = ((construct.cfnOptions.metadata || {}).cdk_nag || {}).rules_to_suppress || [];
    for (const s of suppress) {
      if (s && typeof s.id === 'string' && typeof s.reason === 'string' && s.reason.trim().length >= MIN_REASON) {
        cdk.Validations.of(construct).acknowledge({ id: s.id, reason: s.reason });
        accepted.push({ rule: s.id, resource: construct.logicalId, reason: s.reason });
      }
    }
  }
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
  return { findings, accepted };
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
