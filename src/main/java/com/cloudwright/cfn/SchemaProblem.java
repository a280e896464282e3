package com.cloudwright.cfn;

/**
 * A resource that does not match its CloudFormation schema, or a reference to nothing: always a
 * bug in the exporter, reported with the resource and the property path.
 *
 * @param resource the logical id (or "Outputs.X" for an output)
 * @param path     where in the resource, e.g. {@code Properties.VpcConfig.SubnetIds[0]}
 */
record SchemaProblem(String resource, String type, String path, String message) {

    @Override
    public String toString() {
        return (type == null ? "" : type + " ") + resource + (path == null || path.isEmpty() ? "" : " " + path)
                + ": " + message;
    }
}
