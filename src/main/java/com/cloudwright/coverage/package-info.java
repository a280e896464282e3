/**
 * What the CloudFormation export can express of a drawing ({@link com.cloudwright.coverage.CfnCoverage}):
 * below both the exporter and the validator, so the nodes and connections an export leaves out
 * are decided in one place and shown as problems before anything is exported.
 */
package com.cloudwright.coverage;
