package com.cloudwright.testing;

/**
 * A CloudFormation template of a given number of resources (500 is CloudFormation's per-stack
 * limit): a VPC with public and private subnets in three AZs, an internet gateway and a route
 * table, then repeating blocks of an instance with its security group and ingress rule, a queue
 * feeding a function through an event source mapping, and a bucket.
 */
public final class GeneratedTemplates {

    private static final int NETWORK = 12;
    private static final int BLOCK = 7;

    private GeneratedTemplates() {
    }

    public static String yaml(int resources) {
        StringBuilder sb = new StringBuilder("""
                AWSTemplateFormatVersion: '2010-09-09'
                Parameters:
                  Cidr: {Type: String, Default: 10.0.0.0/16}
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: !Ref Cidr}
                  Igw: {Type: AWS::EC2::InternetGateway}
                  Attach:
                    Type: AWS::EC2::VPCGatewayAttachment
                    Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}
                  PublicRoutes:
                    Type: AWS::EC2::RouteTable
                    Properties: {VpcId: !Ref Vpc}
                  ToInternet:
                    Type: AWS::EC2::Route
                    Properties: {RouteTableId: !Ref PublicRoutes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
                """);
        for (int az = 0; az < 3; az++) {
            for (String kind : new String[] {"Public", "Private"}) {
                int index = kind.equals("Public") ? az : az + 3;
                sb.append("  ").append(kind).append(az).append(":\n    Type: AWS::EC2::Subnet\n    Properties:\n")
                        .append("      VpcId: !Ref Vpc\n")
                        .append("      AvailabilityZone: !Select [").append(az).append(", !GetAZs '']\n")
                        .append("      CidrBlock: !Select [").append(index).append(", !Cidr [!Ref Cidr, 6, 8]]\n");
            }
        }
        sb.append("  PublicAssoc0:\n    Type: AWS::EC2::SubnetRouteTableAssociation\n")
                .append("    Properties: {SubnetId: !Ref Public0, RouteTableId: !Ref PublicRoutes}\n");
        int blocks = Math.max(0, (resources - NETWORK) / BLOCK);
        for (int i = 0; i < blocks; i++) {
            String subnet = "Private" + (i % 3);
            sb.append("  Sg").append(i).append(":\n    Type: AWS::EC2::SecurityGroup\n")
                    .append("    Properties: {GroupDescription: web, VpcId: !Ref Vpc}\n");
            sb.append("  Web").append(i).append(":\n    Type: AWS::EC2::Instance\n    Properties:\n")
                    .append("      InstanceType: t3.micro\n      SubnetId: !Ref ").append(subnet).append('\n')
                    .append("      SecurityGroupIds: [!Ref Sg").append(i).append("]\n");
            sb.append("  In").append(i).append(":\n    Type: AWS::EC2::SecurityGroupIngress\n")
                    .append("    Properties: {GroupId: !Ref Sg").append(i).append(", IpProtocol: tcp, FromPort: 80, ToPort: 80, ")
                    .append("SourceSecurityGroupId: !Ref Sg").append((i + 1) % blocks).append("}\n");
            sb.append("  Queue").append(i).append(": {Type: AWS::SQS::Queue}\n");
            sb.append("  Fn").append(i).append(":\n    Type: AWS::Lambda::Function\n    Properties:\n")
                    .append("      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/x\n")
                    .append("      Code: {ZipFile: 'def handler(e, c): pass'}\n");
            sb.append("  Map").append(i).append(":\n    Type: AWS::Lambda::EventSourceMapping\n")
                    .append("    Properties: {EventSourceArn: !GetAtt Queue").append(i).append(".Arn, FunctionName: !Ref Fn")
                    .append(i).append("}\n");
            sb.append("  Bucket").append(i).append(": {Type: AWS::S3::Bucket}\n");
        }
        return sb.toString();
    }

    /** How many resources {@link #yaml} writes for the asked number. */
    public static int count(int resources) {
        return NETWORK + Math.max(0, (resources - NETWORK) / BLOCK) * BLOCK;
    }
}
