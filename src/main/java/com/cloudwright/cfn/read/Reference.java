package com.cloudwright.cfn.read;

/**
 * What a resolved value says about another resource: a {@code Ref} to it or one of its
 * attributes. Kept in resolved values so the structure reader can follow them (a subnet's
 * {@code VpcId}, an instance's {@code SubnetId}).
 */
public sealed interface Reference {

    String logicalId();

    /** {@code !Ref Target}. */
    record Ref(String logicalId) implements Reference {
        @Override
        public String toString() {
            return "!Ref " + logicalId;
        }
    }

    /** {@code !GetAtt Target.Attribute}. */
    record Att(String logicalId, String attribute) implements Reference {
        @Override
        public String toString() {
            return "!GetAtt " + logicalId + "." + attribute;
        }
    }
}
