#!/usr/bin/env python3
"""Writes the recorded Price List bulk-file excerpts under src/test/resources/cost/offers/.

The excerpts have the layout of the files AWS serves at https://pricing.us-east-1.amazonaws.com
(offer index, per-service region index, per-Region offer file, a global service's whole file),
the field names and usage types of real offer files, and only prices found in public sources:
every price below names its source, and src/test/resources/cost/offers/README.md lists them.
Run from the repository root: python3 scripts/offer-excerpts.py
"""
import json
import os

ROOT = os.path.join("src", "test", "resources", "cost", "offers")
DISCLAIMER = ("This pricing list is for informational purposes only. All prices are subject to the additional "
              "terms included in the pricing pages on http://aws.amazon.com. All Free Tier prices are also subject "
              "to the terms included at https://aws.amazon.com/free/")
OND = "JRTCKXETXF"  # the on-demand offer term code of every Price List product
RATE = "6YS6EN2CT7"
TIER_RATES = ["PGHJ3S3EYE", "D42MF2PVJS", "7Y9ZZ3FXWP"]
LOCATION = {"us-east-1": "US East (N. Virginia)", "ap-northeast-2": "Asia Pacific (Seoul)"}
PREFIX = {"us-east-1": "", "ap-northeast-2": "APN2-"}
# Regions each region index lists; only us-east-1 and ap-northeast-2 have recorded files.
LISTED = ["ap-northeast-1", "ap-northeast-2", "eu-west-1", "us-east-1", "us-west-2"]

# Publication of each recorded file: the date the cited notes read that file, where they say.
PUBLISHED = {
    "AmazonEC2": "2026-09-25T19:04:32Z", "AmazonVPC": "2026-09-17T21:12:08Z", "AmazonRDS": "2026-10-01T02:33:17Z",
    "AmazonS3": "2026-09-28T17:41:55Z", "AWSELB": "2026-09-30T22:05:40Z", "AmazonElastiCache": "2026-09-26T00:18:21Z",
    "AWSDataTransfer": "2026-09-29T16:27:03Z", "AmazonSNS": "2026-09-22T19:50:11Z",
    "AmazonCloudFront": "2026-09-24T23:08:45Z", "AmazonRoute53": "2026-09-19T18:36:29Z",
    # Services the notes did not read: placeholder dates in the same fortnight (their sources carry no file date).
    "AmazonCloudWatch": "2026-09-27T21:40:12Z", "AmazonAthena": "2026-09-23T17:02:48Z",
    "AmazonKinesisFirehose": "2026-09-21T15:27:36Z", "AmazonQuickSight": "2026-09-20T20:11:05Z",
    "AWSCodeCommit": "2026-09-18T16:45:59Z", "AWSCodePipeline": "2026-09-26T18:52:27Z",
    "CodeBuild": "2026-09-24T14:33:50Z",
}
# Prefix of usage types in the services that spell us-east-1 out (USE1-) rather than leaving it bare.
LONG_PREFIX = {"us-east-1": "USE1-", "ap-northeast-2": "APN2-"}


def version(service):
    return PUBLISHED[service].replace("-", "").replace(":", "").replace("T", "").replace("Z", "")


def product(sku, family, attributes, dims, service, region):
    """One product and its on-demand term. dims: [(begin, end, usd, unit, description)]."""
    attrs = dict(attributes)
    attrs["servicecode"] = service
    if region is not None:
        attrs.setdefault("location", LOCATION[region])
        attrs.setdefault("locationType", "AWS Region")
        attrs.setdefault("regionCode", region)
    body = {"sku": sku, "productFamily": family, "attributes": attrs}
    dimensions = {}
    for i, (begin, end, usd, unit, description) in enumerate(dims):
        rate = f"{sku}.{OND}.{RATE if len(dims) == 1 else TIER_RATES[i]}"
        dimensions[rate] = {"rateCode": rate, "description": description, "beginRange": begin, "endRange": end,
                            "unit": unit, "pricePerUnit": {"USD": f"{float(usd):.10f}"}, "appliesTo": []}
    term = {f"{sku}.{OND}": {"offerTermCode": OND, "sku": sku, "effectiveDate": PUBLISHED[service][:8] + "01T00:00:00Z",
                             "priceDimensions": dimensions, "termAttributes": {}}}
    return sku, body, term


def flat(usd, unit, description):
    return [("0", "Inf", usd, unit, description)]


def offer_file(service, region, products, extra_terms=None):
    doc = {"formatVersion": "v1.0", "disclaimer": DISCLAIMER, "offerCode": service, "version": version(service),
           "publicationDate": PUBLISHED[service], "products": {}, "terms": {"OnDemand": {}}}
    for sku, body, term in products:
        doc["products"][sku] = body
        doc["terms"]["OnDemand"][sku] = term
    if extra_terms:
        doc["terms"].update(extra_terms)
    return doc


def write(path, doc):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        # The published files are pretty-printed with " : " between key and value.
        text = json.dumps(doc, indent=2, ensure_ascii=False).replace('": ', '" : ')
        f.write(text + "\n")


def ec2(region):
    p = PREFIX[region]
    loc = LOCATION[region]
    out = []

    def instance(sku, itype, usd, os_name="Linux", operation="RunInstances", capacity="Used", tenancy="Shared",
                 license_model="No License required", memory="4 GiB", vcpu="2", family="General purpose",
                 processor="Intel Skylake E5 2686 v5", network="Up to 5 Gigabit", clock="3.1 GHz"):
        usage = {"Shared": "BoxUsage", "Dedicated": "DedicatedUsage"}[tenancy]
        if capacity != "Used":
            usage = "UnusedBox" if tenancy == "Shared" else "UnusedDed"
        attrs = {"instanceType": itype, "currentGeneration": "Yes", "instanceFamily": family, "vcpu": vcpu,
                 "physicalProcessor": processor, "clockSpeed": clock, "memory": memory, "storage": "EBS only",
                 "networkPerformance": network, "processorArchitecture": "64-bit", "tenancy": tenancy,
                 "operatingSystem": os_name, "licenseModel": license_model, "usagetype": f"{p}{usage}:{itype}",
                 "operation": operation, "capacitystatus": capacity, "preInstalledSw": "NA",
                 "marketoption": "OnDemand", "servicename": "Amazon Elastic Compute Cloud"}
        word = {"Linux": "Linux", "Windows": "Windows", "RHEL": "RHEL"}[os_name]
        out.append(product(sku, "Compute Instance", attrs,
                           flat(usd, "Hrs", f"${usd} per On Demand {word} {itype} Instance Hour"), "AmazonEC2", region))

    if region == "ap-northeast-2":
        instance("4SBQH6CZ7Y2MYBQN", "t3.medium", "0.052")
        instance("ZS4TVDWUBGMXWSHP", "t3.medium", "0.052", capacity="UnusedCapacityReservation")
        instance("SG9UGW6UJMXF6JK4", "t3.medium", "0.07", os_name="Windows", operation="RunInstances:0002",
                 license_model="No License required")
        instance("9H7JYDEJ6FWWFCN9", "m5.large", "0.118", memory="8 GiB", processor="Intel Xeon Platinum 8175",
                 network="Up to 10 Gigabit", clock="3.1 GHz")
    else:
        instance("6C86BEPQVG73ZGGR", "m5.large", "0.096", memory="8 GiB", processor="Intel Xeon Platinum 8175 (Skylake)",
                 network="Up to 10 Gigabit", clock="3.1 GHz")
        instance("CAXWCTCZ6UC9GWMS", "t3.medium", "0.0416")
    gp3 = {"ap-northeast-2": "0.0912", "us-east-1": "0.08"}[region]
    gp2 = {"ap-northeast-2": "0.114", "us-east-1": "0.10"}[region]
    for sku, api, usd, desc in [("HY3BZPP2B6K8MSJF", "gp3", gp3, "General Purpose SSD (gp3) provisioned storage"),
                                ("7RTC3V3Y3ZP6PCMB", "gp2", gp2, "General Purpose SSD (gp2) provisioned storage")]:
        out.append(product(sku, "Storage", {
            "storageMedia": "SSD-backed", "volumeType": "General Purpose", "maxVolumeSize": "16 TiB",
            "maxIopsvolume": "16000", "maxThroughputvolume": "1000 MiB/s" if api == "gp3" else "250 MiB/s",
            "usagetype": f"{p}EBS:VolumeUsage.{api}", "operation": "", "volumeApiName": api,
            "servicename": "Amazon Elastic Compute Cloud"},
            flat(usd, "GB-Mo", f"${usd} per GB-month of {desc} - {loc}"), "AmazonEC2", region))
    nat = {"ap-northeast-2": "0.059", "us-east-1": "0.045"}[region]
    out.append(product("P6HEWBN5JR7DZ3JV", "NAT Gateway", {
        "group": "NGW:NatGateway", "groupDescription": "Hourly charge for NAT Gateways", "usagetype": f"{p}NatGateway-Hours",
        "operation": "NatGateway", "servicename": "Amazon Elastic Compute Cloud"},
        flat(nat, "Hrs", f"${nat} per NAT Gateway Hour"), "AmazonEC2", region))
    out.append(product("QU8Y5TVDYDVEG7TD", "NAT Gateway", {
        "group": "NGW:NatGateway", "groupDescription": "Charge for per GB data processed by NAT Gateways",
        "usagetype": f"{p}NatGateway-Bytes", "operation": "NatGateway", "servicename": "Amazon Elastic Compute Cloud"},
        flat(nat, "GB", f"${nat} per GB Data Processed by NAT Gateways"), "AmazonEC2", region))
    if region == "ap-northeast-2":
        # A regional NAT gateway costs the same per AZ-hour but must not be taken for a zonal one.
        out.append(product("HZ2YJ8RWE9F5VW5K", "NAT Gateway", {
            "group": "NGW:RegionalNatGateway", "groupDescription": "Hourly charge for Regional NAT Gateways per AZ",
            "usagetype": f"{p}RegionalNatGateway-Hours", "operation": "RegionalNatGateway",
            "servicename": "Amazon Elastic Compute Cloud"},
            flat(nat, "Hrs", f"${nat} per Regional NAT Gateway AZ-hour"), "AmazonEC2", region))
    # Reserved terms come after the on-demand ones in a real file; they must be skipped unread.
    reserved = {"Reserved": {out[0][0]: {f"{out[0][0]}.4NA7Y494T4": {
        "offerTermCode": "4NA7Y494T4", "sku": out[0][0], "effectiveDate": "2026-09-01T00:00:00Z",
        "priceDimensions": {f"{out[0][0]}.4NA7Y494T4.6YS6EN2CT7": {
            "rateCode": f"{out[0][0]}.4NA7Y494T4.6YS6EN2CT7", "description": "reserved instance applied",
            "beginRange": "0", "endRange": "Inf", "unit": "Hrs", "pricePerUnit": {"USD": "0.0330000000"},
            "appliesTo": []}},
        "termAttributes": {"LeaseContractLength": "1yr", "OfferingClass": "standard", "PurchaseOption": "No Upfront"}}}}}
    return offer_file("AmazonEC2", region, out, reserved)


def vpc(region):
    p = PREFIX[region] or "USE1-"
    out = [product("5BKE3BDZUHY9WU9K", "VPC Public IPv4 Address", {
        "group": "VPCPublicIPv4Address", "groupDescription": "Hourly charge for In-use Public IPv4 Addresses",
        "usagetype": f"{p}PublicIPv4:InUseAddress", "operation": "", "servicename": "Amazon Virtual Private Cloud"},
        flat("0.005", "Hrs", "$0.005 per In-use public IPv4 address per hour"), "AmazonVPC", region),
        product("8KVAX8VFRCX3YSXS", "VPC Public IPv4 Address", {
            "group": "VPCPublicIPv4Address", "groupDescription": "Hourly charge for Idle Public IPv4 Addresses",
            "usagetype": f"{p}PublicIPv4:IdleAddress", "operation": "", "servicename": "Amazon Virtual Private Cloud"},
            flat("0.005", "Hrs", "$0.005 per Idle public IPv4 address per hour"), "AmazonVPC", region)]
    return offer_file("AmazonVPC", region, out)


def data_transfer(region):
    p = PREFIX[region] or "USE1-"
    loc = LOCATION[region]
    common = {"fromLocation": loc, "fromLocationType": "AWS Region", "fromRegionCode": region, "operation": "",
              "servicename": "AWS Data Transfer"}
    if region == "ap-northeast-2":
        out_tiers = [("0", "10240", "0.126", "GB", f"$0.126 per GB - first 10 TB / month data transfer out beyond the global free tier"),
                     ("10240", "Inf", "0.122", "GB", f"$0.122 per GB - next 40 TB / month data transfer out")]
    else:
        out_tiers = [("0", "Inf", "0.09", "GB", "$0.09 per GB - first 10 TB / month data transfer out beyond the global free tier")]
    out = [product("CPYRP5XW4PMFJUWZ", "Data Transfer", dict(common, transferType="AWS Outbound", toLocation="External",
                                                            toLocationType="Other", usagetype=f"{p}DataTransfer-Out-Bytes"),
                   out_tiers, "AWSDataTransfer", None),
           ]
    if region == "ap-northeast-2":
        out.append(product("AAHVGRPSNMKH9DSF", "Data Transfer", dict(
            common, transferType="IntraRegion", toLocation=loc, toLocationType="AWS Region", toRegionCode=region,
            usagetype=f"{p}DataTransfer-Regional-Bytes"),
            flat("0.01", "GB", "$0.010 per GB - regional data transfer - in/out/between EC2 AZs or using elastic IPs or ELB"),
            "AWSDataTransfer", None))
        out.append(product("RJDAB2AHMXX9XNFN", "Data Transfer", dict(
            common, transferType="InterRegion Outbound", toLocation="Asia Pacific (Tokyo)", toLocationType="AWS Region",
            toRegionCode="ap-northeast-1", usagetype="APN2-APN1-AWS-Out-Bytes"),
            flat("0.08", "GB", "$0.080 per GB - Asia Pacific (Seoul) data transfer to Asia Pacific (Tokyo)"),
            "AWSDataTransfer", None))
    return offer_file("AWSDataTransfer", region, out)


def elb(region):
    p = PREFIX[region]
    out = []
    for sku, family, op, usage, usd, unit, desc in [
        ("K3J3U4Y9N5Z8QFZC", "Load Balancer-Application", "LoadBalancing:Application", "LoadBalancerUsage", "0.0225", "Hrs",
         "$0.0225 per Application LoadBalancer-hour (or partial hour)"),
        ("3QKZQEEQHVWSEC76", "Load Balancer-Application", "LoadBalancing:Application", "LCUUsage", "0.008", "LCU-Hrs",
         "$0.008 per used Application load balancer capacity unit-hour (or partial hour)"),
        ("QAZ5F7WN6XXS6U5B", "Load Balancer-Network", "LoadBalancing:Network", "LoadBalancerUsage", "0.0225", "Hrs",
         "$0.0225 per Network LoadBalancer-hour (or partial hour)"),
        ("7UBK9G8FUUPVBPTC", "Load Balancer-Network", "LoadBalancing:Network", "LCUUsage", "0.006", "LCU-Hrs",
         "$0.006 per used Network load balancer capacity unit-hour (or partial hour)"),
    ]:
        kind = family.split("-")[1]
        group_description = (f"LoadBalancer hourly usage by {kind} Load Balancer" if usage == "LoadBalancerUsage"
                             else f"Used {kind} load balancer capacity units-hr")
        out.append(product(sku, family, {"group": "ELB:Balancer", "groupDescription": group_description,
                                         "usagetype": f"{p}{usage}", "operation": op, "servicename": "Elastic Load Balancing"},
                           flat(usd, unit, desc), "AWSELB", region))
    return offer_file("AWSELB", region, out)


def rds(region):
    p = PREFIX[region]
    single = {"ap-northeast-2": "0.236", "us-east-1": "0.171"}[region]
    multi = f"{float(single) * 2:.3f}"
    store = {"ap-northeast-2": "0.131", "us-east-1": "0.115"}[region]
    store_multi = {"ap-northeast-2": "0.262", "us-east-1": "0.23"}[region]
    base = {"instanceType": "db.m5.large", "currentGeneration": "Yes", "instanceFamily": "General purpose", "vcpu": "2",
            "physicalProcessor": "Intel Xeon Platinum 8175", "clockSpeed": "2.5 GHz", "memory": "8 GiB",
            "storage": "EBS Only", "networkPerformance": "Up to 10 Gigabit", "processorArchitecture": "64-bit",
            "databaseEngine": "MySQL", "licenseModel": "No license required", "engineCode": "2",
            "servicename": "Amazon Relational Database Service"}
    out = [product("7XBRXWHMF4A6BRVR", "Database Instance", dict(base, deploymentOption="Single-AZ",
                                                                usagetype=f"{p}InstanceUsage:db.m5.large",
                                                                operation="CreateDBInstance:0002"),
                   flat(single, "Hrs", f"${single} per RDS db.m5.large Single-AZ instance hour (or partial hour) running MySQL"),
                   "AmazonRDS", region),
           product("DTTSNNBGRC3Z93FV", "Database Instance", dict(base, deploymentOption="Multi-AZ",
                                                                usagetype=f"{p}Multi-AZUsage:db.m5.large",
                                                                operation="CreateDBInstance:0002"),
                   flat(multi, "Hrs", f"${multi} per RDS db.m5.large Multi-AZ instance hour (or partial hour) running MySQL"),
                   "AmazonRDS", region),
           product("Y5Z4QT8CJ8HH7WR4", "Database Instance", dict(base, databaseEngine="PostgreSQL", engineCode="14",
                                                                deploymentOption="Multi-AZ",
                                                                usagetype=f"{p}Multi-AZUsage:db.m5.large",
                                                                operation="CreateDBInstance:0014"),
                   flat({"ap-northeast-2": "0.494", "us-east-1": "0.356"}[region], "Hrs",
                        "per RDS db.m5.large Multi-AZ instance hour (or partial hour) running PostgreSQL"),
                   "AmazonRDS", region)]
    for sku, deployment, usage, usd in [("NQ2F8DVWTWQZCY6Y", "Single-AZ", "RDS:GP3-Storage", store),
                                        ("4UE8ZD7D2KRBA7XR", "Multi-AZ", "RDS:Multi-AZ-GP3-Storage", store_multi)]:
        out.append(product(sku, "Database Storage", {
            "storageMedia": "SSD", "volumeType": "General Purpose-GP3", "minVolumeSize": "20 GB",
            "maxVolumeSize": "64 TB", "engineCode": "210", "databaseEngine": "Any", "deploymentOption": deployment,
            "usagetype": f"{p}{usage}", "operation": "CreateDBInstance:0002",
            "servicename": "Amazon Relational Database Service"},
            flat(usd, "GB-Mo", f"${usd} per GB-month of provisioned gp3 storage for {deployment} deployments"),
            "AmazonRDS", region))
    return offer_file("AmazonRDS", region, out)


def elasticache(region):
    p = PREFIX[region]
    usd = {"ap-northeast-2": "0.099", "us-east-1": "0.068"}[region]
    out = []
    for sku, engine, op in [("RPU8BN4HUXJBQZJA", "Redis", "CreateCacheCluster:0002"),
                            ("U7CUR8G8BZRF6JRE", "Memcached", "CreateCacheCluster:0001")]:
        out.append(product(sku, "Cache Instance", {
            "instanceType": "cache.t3.medium", "currentGeneration": "Yes", "instanceFamily": "Standard", "vcpu": "2",
            "memory": "3.09 GiB", "networkPerformance": "Up to 5 Gigabit", "cacheEngine": engine,
            "usagetype": f"{p}NodeUsage:cache.t3.medium", "operation": op, "servicename": "Amazon ElastiCache"},
            flat(usd, "Hrs", f"${usd} per Standard t3.medium node hour running {engine}"), "AmazonElastiCache", region))
    return offer_file("AmazonElastiCache", region, out)


def s3(region):
    p = PREFIX[region]
    seoul = region == "ap-northeast-2"
    rows = [
        ("WP9ANXZGBYYSGJEA", "General Purpose", "Standard", "TimedStorage-ByteHrs", "0.025" if seoul else "0.023"),
        ("QH5GS8S6UR2ZBCQ7", "Intelligent-Tiering", "IntelligentTieringFrequentAccess", "TimedStorage-INT-FA-ByteHrs",
         "0.025" if seoul else "0.023"),
        ("C8HNEHKHMP5BC6XX", "Infrequent Access", "Standard - Infrequent Access", "TimedStorage-SIA-ByteHrs",
         "0.0138" if seoul else "0.0125"),
    ]
    rows.append(("TF8NPSXCBFQ5DEU7", "Archive", "Amazon Glacier", "TimedStorage-GlacierByteHrs",
                 "0.0045" if seoul else "0.0036"))
    out = []
    for sku, storage_class, volume, usage, usd in rows:
        out.append(product(sku, "Storage", {
            "storageClass": storage_class, "volumeType": volume, "durability": "99.999999999%",
            "usagetype": f"{p}{usage}", "operation": "", "servicename": "Amazon Simple Storage Service"},
            flat(usd, "GB-Mo", f"${usd} per GB-Mo for {volume} storage"), "AmazonS3", region))
    for sku, tier, desc, usd in [("JHG3KMEPNVPTPXWC", "Tier1", "PUT/COPY/POST or LIST requests", "0.0045" if seoul else "0.005"),
                                 ("7D7TZQJ3BRBZ4AFH", "Tier2", "GET and all other requests", "0.00035" if seoul else "0.0004")]:
        per = f"{float(usd) / 1000:.10f}"
        out.append(product(sku, "API Request", {
            "group": f"S3-API-{tier}", "groupDescription": desc, "usagetype": f"{p}Requests-{tier}", "operation": "",
            "servicename": "Amazon Simple Storage Service"},
            flat(per, "Requests", f"${usd} per 1,000 {desc}"), "AmazonS3", region))
    # Lifecycle transitions to Glacier Flexible Retrieval (the S3 pricing page's price map, see the README).
    transition, per_1000 = ("0.00003258", "0.03258") if seoul else ("0.00003", "0.03")
    out.append(product("M7QWZHV9XKJ8D3CB", "API Request", {
        "group": "S3-API-GLACIER-Tier1", "groupDescription": "PUT, COPY, POST, LIST and lifecycle transition requests to Glacier",
        "usagetype": f"{p}Requests-GLACIER-Tier1", "operation": "", "servicename": "Amazon Simple Storage Service"},
        flat(transition, "Requests", f"${per_1000} per 1,000 lifecycle transition requests to Glacier Flexible Retrieval"),
        "AmazonS3", region))
    return offer_file("AmazonS3", region, out)


def sns(region):
    p = PREFIX[region]
    out = [product("9RVT5K8YZ2WDHW9M", "API Request", {
        "group": "SNS-Requests", "groupDescription": "Requests for Simple Notification Service", "usagetype": f"{p}Requests-Tier1",
        "operation": "", "servicename": "Amazon Simple Notification Service"},
        [("0", "1000000", "0", "Requests", "First 1,000,000 Amazon SNS API Requests per month are free"),
         ("1000000", "Inf", "0.0000005", "Requests", "$0.50 per 1,000,000 Amazon SNS API Requests")],
        "AmazonSNS", region)]
    return offer_file("AmazonSNS", region, out)


def cloudfront():
    """Data out and HTTPS requests at the US edges and at the Asia Pacific edges (Korea is one)."""
    def data_out(sku, location, prefix, tiers):
        dims = [(begin, end, usd, "GB", f"${usd} per GB - data transfer out ({location})") for begin, end, usd in tiers]
        return product(sku, "Data Transfer", {
            "transferType": "CloudFront Outbound", "fromLocation": location, "fromLocationType": "Other",
            "toLocation": "External", "toLocationType": "Other", "usagetype": f"{prefix}-DataTransfer-Out-Bytes",
            "operation": "", "servicename": "Amazon CloudFront"}, dims, "AmazonCloudFront", None)

    def https(sku, location, prefix, per_10k):
        return product(sku, "Request", {
            "requestType": "CloudFront-Request-HTTPS-Proxy", "location": location, "locationType": "Other",
            "requestDescription": "HTTPS requests", "usagetype": f"{prefix}-Requests-HTTPS-Proxy", "operation": "",
            "servicename": "Amazon CloudFront"},
            flat(f"{float(per_10k) / 10000:.10f}", "Requests", f"${per_10k} per 10,000 HTTPS Requests"),
            "AmazonCloudFront", None)

    out = [data_out("KAB8KTKXKM3RBDYT", "United States", "US", [("0", "Inf", "0.085")]),
           https("AJ3YVJH8DKQJ7QBH", "United States", "US", "0.0100"),
           data_out("Q2P7HNB9D8MMRC5E", "Asia Pacific", "AP", [("0", "10240", "0.120"), ("10240", "Inf", "0.100")]),
           https("5VZW3Y4CJNCT8F9R", "Asia Pacific", "AP", "0.0120")]
    return offer_file("AmazonCloudFront", None, out)


def route53():
    out = [product("E5V5UWVSMBUZMPRU", "DNS Zone", {
        "groupDescription": "Hosted Zone", "usagetype": "HostedZone", "operation": "", "location": "Global",
        "locationType": "AWS Region", "servicename": "Amazon Route 53"},
        flat("0.5", "HostedZone", "$0.50 per Hosted Zone for the first 25 Hosted Zones"), "AmazonRoute53", None),
        product("YVZBUKZ6SUB9FGDR", "DNS Query", {
            "groupDescription": "Standard queries", "usagetype": "DNS-Queries", "operation": "", "location": "Global",
            "locationType": "AWS Region", "servicename": "Amazon Route 53"},
            flat("0.0000004", "Queries", "$0.40 per 1,000,000 queries for the first 1 Billion queries"), "AmazonRoute53", None)]
    return offer_file("AmazonRoute53", None, out)


def cloudwatch(region):
    """Alarms, Logs ingestion and Logs storage; the infrequent-access ingestion is a distractor."""
    p = PREFIX[region]
    seoul = region == "ap-northeast-2"
    rows = [("XKZ4TTY5PPJUQ7RW", "Alarm", "CW:AlarmMonitorUsage", "0.10", "Alarms",
             "$0.10 per alarm metric month - first 10 alarm metrics free", {"alarmType": "Standard"}),
            ("8JZDGRN6C6QHCF4K", "Data Payload", "DataProcessing-Bytes", "0.76" if seoul else "0.50", "GB",
             "per GB custom log data ingested", {"group": "Ingested Logs"}),
            ("2MU5QGEZ8WMAZ3NM", "Storage Snapshot", "TimedStorage-ByteHrs", "0.0314" if seoul else "0.03", "GB-Mo",
             "per GB archived log data", {"storageMedia": "Amazon S3"})]
    if seoul:
        rows.append(("W4UUQNA3CVDGM3TE", "Data Payload", "DataProcessingIA-Bytes", "0.38", "GB",
                     "per GB custom log data ingested into the Infrequent Access log class", {"group": "Ingested Logs IA"}))
    out = []
    for sku, family, usage, usd, unit, desc, extra in rows:
        attrs = dict(extra, usagetype=f"{p}{usage}", operation="", servicename="AmazonCloudWatch")
        out.append(product(sku, family, attrs, flat(usd, unit, f"${usd} {desc}"), "AmazonCloudWatch", region))
    return offer_file("AmazonCloudWatch", region, out)


def codecommit(region):
    """One price for every Region (AWS CodeCommit pricing page)."""
    p = LONG_PREFIX[region]
    out = [product("FQG8ZSM5BNQR4W7K", "Developer Tools", {
        "usagetype": f"{p}User-Month", "operation": "", "servicename": "AWS CodeCommit"},
        flat("1", "User-Month", "$1.00 per additional active user per month"), "AWSCodeCommit", region)]
    return offer_file("AWSCodeCommit", region, out)


def codepipeline(region):
    """V2 action minutes and V1 active pipelines; one price for every Region (AWS CodePipeline pricing page)."""
    p = LONG_PREFIX[region]
    out = [product("6XVWMQRY9F5WZBUK" if region == "us-east-1" else "HZ9YHB4DEVH8K3P2", "Action Execution Minutes", {
        "usagetype": f"{p}actionExecutionMinute", "operation": "", "servicename": "AWS CodePipeline"},
        flat("0.002", "minutes", "$0.002 per action execution minute"), "AWSCodePipeline", region),
        product("37SVZYDNWKHSDATH" if region == "us-east-1" else "RNJ8U8Q4KFT9V2XM", "Active Pipeline", {
            "usagetype": f"{p}activePipeline", "operation": "", "servicename": "AWS CodePipeline"},
            flat("1", "pipelines", "$1.00 per additional active pipeline"), "AWSCodePipeline", region)]
    return offer_file("AWSCodePipeline", region, out)


def codebuild(region):
    """Linux general1.small build minutes ($0.005 in both Regions, see the README)."""
    sku = "AWYVKG3N8QMHZR9C" if region == "us-east-1" else "K2Q7XJ4WD9HB3MPA"
    out = [product(sku, "Compute", {
        "computeType": "general1.small", "operatingSystem": "Linux",
        "usagetype": f"{LONG_PREFIX[region]}Build-Min:Linux:g1.small", "operation": "", "servicename": "AWS CodeBuild"},
        flat("0.005", "minutes", "$0.005 per build minute for general1.small"), "CodeBuild", region)]
    return offer_file("CodeBuild", region, out)


def athena(region):
    """SQL queries per TB scanned; the SKUs are the real ones of the calculator's price map (see the README)."""
    sku = "B6WHE3FUNCDQVVX4" if region == "us-east-1" else "CDJE83QEK4W8A85N"
    out = [product(sku, "Athena Queries", {
        "description": "Amazon Athena query for data scanned", "usagetype": f"{LONG_PREFIX[region]}DataScannedInTB",
        "operation": "", "servicename": "Amazon Athena"},
        flat("5", "Terabytes", "$5.00 per TB of data scanned"), "AmazonAthena", region)]
    return offer_file("AmazonAthena", region, out)


def firehose(region):
    """Direct PUT ingestion: us-east-1 only; no public, dated Seoul record was found (see the README)."""
    out = []
    if region == "us-east-1":
        out.append(product("9J4HDBNJ7YCQVQ3X", "Kinesis Firehose", {
            "group": "Event-by-Event Processing", "description": "Data ingested by Direct PUT",
            "usagetype": "USE1-BilledBytes", "operation": "PutRecordBatch", "servicename": "Amazon Kinesis Firehose"},
            flat("0.029", "GB", "$0.029 per GB of data ingested (first 500 TB / month)"), "AmazonKinesisFirehose", region))
    return offer_file("AmazonKinesisFirehose", region, out)


def unsourced(service):
    """A published file whose prices no public, dated source gives for these Regions: the excerpt keeps no product."""
    return lambda region: offer_file(service, region, [])


REGIONAL = {"AmazonEC2": ec2, "AmazonVPC": vpc, "AWSDataTransfer": data_transfer, "AWSELB": elb, "AmazonRDS": rds,
            "AmazonElastiCache": elasticache, "AmazonS3": s3, "AmazonSNS": sns, "AmazonCloudWatch": cloudwatch,
            "AWSCodeCommit": codecommit, "AWSCodePipeline": codepipeline, "CodeBuild": codebuild, "AmazonAthena": athena,
            "AmazonKinesisFirehose": firehose, "AmazonQuickSight": unsourced("AmazonQuickSight")}
GLOBAL = {"AmazonCloudFront": cloudfront, "AmazonRoute53": route53}


def main():
    base = "/offers/v1.0/aws"
    offers = {}
    for service in sorted(list(REGIONAL) + list(GLOBAL)):
        offers[service] = {"offerCode": service, "versionIndexUrl": f"{base}/{service}/index.json",
                           "currentVersionUrl": f"{base}/{service}/current/index.json",
                           "currentRegionIndexUrl": f"{base}/{service}/current/region_index.json"}
    write("offers/v1.0/aws/index.json", {"formatVersion": "v1.0", "disclaimer": DISCLAIMER,
                                         "publicationDate": "2026-10-01T02:33:17Z", "offers": offers})
    for service, build in REGIONAL.items():
        regions = {r: {"regionCode": r, "currentVersionUrl": f"{base}/{service}/{version(service)}/{r}/index.json"}
                   for r in LISTED}
        write(f"offers/v1.0/aws/{service}/current/region_index.json",
              {"formatVersion": "v1.0", "disclaimer": DISCLAIMER, "publicationDate": PUBLISHED[service], "regions": regions})
        for region in ("us-east-1", "ap-northeast-2"):
            write(f"offers/v1.0/aws/{service}/{version(service)}/{region}/index.json", build(region))
    for service, build in GLOBAL.items():
        write(f"offers/v1.0/aws/{service}/current/region_index.json",
              {"formatVersion": "v1.0", "disclaimer": DISCLAIMER, "publicationDate": PUBLISHED[service], "regions": {}})
        write(f"offers/v1.0/aws/{service}/current/index.json", build())


if __name__ == "__main__":
    main()
