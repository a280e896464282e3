#!/usr/bin/env python3
"""Writes src/test/resources/cost/figures/*.json from public, dated price sources.

Each source is a git repository (a clone or a bare mirror) read at a fixed commit, so a run is
repeatable; every figure keeps the source it came from and that source's date. See README.md.

    python3 scripts/pricing/extract.py karpenter  /path/to/karpenter-provider-aws.git
    python3 scripts/pricing/extract.py vantage    /path/to/ec2instances.info.git
    python3 scripts/pricing/extract.py infracost  /path/to/infracost.git
    python3 scripts/pricing/extract.py readmes    /path/to/ec2-pricing-provider.git /path/to/cloudburn.io.git
    python3 scripts/pricing/extract.py quotes     /path/to/aws.tf-modules.git /path/to/kinesis.git /path/to/amazon-dynamodb-tools.git
"""
import json
import re
import sys
from decimal import Decimal

import common
import infracost
import quotes

KARPENTER_FILE = "pkg/providers/pricing/zz_generated.pricing_aws.go"
# ec2instances.info stopped committing its data files in 2022; these are the last readable ones.
VANTAGE_RDS = ("14ede5a5", "www/rds/instances.json")
VANTAGE_CACHE = ("77748c02", "www/cache/instances.json")
# RDS engine codes in the Price List (ec2instances.info's own table names them the same way)
RDS_ENGINE_CODES = {"mysql": "2", "postgres": "14", "mariadb": "18", "sqlserver-ex": "10", "sqlserver-web": "11",
                    "sqlserver-se": "12", "sqlserver-ee": "15", "oracle-se2": "20", "oracle-ee": "5"}
AURORA_ENGINE_CODES = {"aurora-mysql": "16", "aurora-postgresql": "21"}
# Multi-AZ (one standby) is billed at twice the Single-AZ rate for these engines (AWS RDS pricing)
TWICE_FOR_MULTI_AZ = ("mysql", "postgres", "mariadb")


def karpenter(gitdir):
    commit = common.head(gitdir)
    text = common.show(gitdir, commit, KARPENTER_FILE)
    generated = re.search(r"generated at (\d{4}-\d{2}-\d{2})", text).group(1)
    block = text[text.index('"us-east-1": {'):]
    block = block[:block.index("\n\t},")]
    prices = dict(re.findall(r'"([a-z0-9.-]+)": ([0-9.]+)', block))
    src = "karpenter"
    sources = {src: {"title": "aws/karpenter-provider-aws " + KARPENTER_FILE + " (us-east-1 on-demand Linux prices "
                                "generated from the AWS Price List API)",
                     "url": f"https://github.com/aws/karpenter-provider-aws/blob/{commit[:12]}/{KARPENTER_FILE}",
                     "asOf": generated}}
    figures = [common.figure("ec2", "instance", "Hrs", src, {"us-east-1": common.plain(prices[t])},
                             instanceType=t, os="amazon-linux-2023")
               for t in common.palette_choices("ec2", "instanceType") if t in prices]
    common.write("karpenter.json", sources, figures, "EC2 Linux on-demand, us-east-1: written by "
                                                       "scripts/pricing/extract.py karpenter")


def vantage(gitdir):
    regions = common.palette_regions()
    commit, path = VANTAGE_RDS
    rds = json.loads(common.show(gitdir, commit, path))
    rds_date = common.commit_date(gitdir, commit, path)
    url = "https://github.com/vantage-sh/ec2instances.info/blob/{}/{}"
    sources = {"vantage-rds": {"title": "vantage-sh/ec2instances.info " + path + " (Single-AZ on-demand prices per "
                                        "Region, scraped from the AWS Price List)",
                               "url": url.format(commit, path), "asOf": rds_date},
               "vantage-rds-multi-az": {"title": "twice the Single-AZ rate of vantage-sh/ec2instances.info " + path
                                                 + " (AWS bills a Multi-AZ MySQL, MariaDB or PostgreSQL deployment, "
                                                   "one standby, at twice the Single-AZ rate)",
                                        "url": url.format(commit, path), "asOf": rds_date}}
    by_type = {i["instance_type"]: i["pricing"] for i in rds}
    figures = []
    for cls in common.palette_choices("rds", "instanceClass"):
        for engine, code in RDS_ENGINE_CODES.items():
            single = {r: p[code]["ondemand"] for r, p in by_type.get(cls, {}).items()
                      if r in regions and code in p and "ondemand" in p[code]}
            if not single:
                continue
            figures.append(common.figure("rds", "instance" if engine in TWICE_FOR_MULTI_AZ else "licensedInstance",
                                         "Hrs", "vantage-rds", {r: common.plain(v) for r, v in single.items()},
                                         engine=engine, instanceClass=cls, multiAz=False))
            if engine in TWICE_FOR_MULTI_AZ:
                figures.append(common.figure("rds", "instance", "Hrs", "vantage-rds-multi-az",
                                             {r: common.plain(Decimal(str(v)) * 2) for r, v in single.items()},
                                             engine=engine, instanceClass=cls, multiAz=True))
    for cls in common.palette_choices("aurora", "instanceClass"):
        for engine, code in AURORA_ENGINE_CODES.items():
            prices = {r: common.plain(p[code]["ondemand"]) for r, p in by_type.get(cls, {}).items()
                      if r in regions and code in p and "ondemand" in p[code]}
            if prices:
                figures.append(common.figure("aurora", "instance", "Hrs", "vantage-rds", prices,
                                             engine=engine, instanceClass=cls, storageType="aurora"))
    commit, path = VANTAGE_CACHE
    cache = json.loads(common.show(gitdir, commit, path))
    sources["vantage-elasticache"] = {"title": "vantage-sh/ec2instances.info " + path + " (on-demand node prices "
                                                                                      "per Region and engine)",
                                      "url": url.format(commit, path), "asOf": common.commit_date(gitdir, commit, path)}
    by_node = {i["instance_type"]: i["pricing"] for i in cache}
    for node in common.palette_choices("elasticache", "nodeType"):
        for engine, name in (("redis", "Redis"), ("memcached", "Memcached")):
            prices = {r: common.plain(p[name]["ondemand"]) for r, p in by_node.get(node, {}).items()
                      if r in regions and name in p and "ondemand" in p[name]}
            if prices:
                figures.append(common.figure("elasticache", "nodes", "Hrs", "vantage-elasticache", prices,
                                             engine=engine, nodeType=node))
    common.write("vantage.json", sources, figures, "RDS, Aurora and ElastiCache on-demand per Region: written by "
                                                     "scripts/pricing/extract.py vantage")


def readmes(provider_git, cloudburn_git):
    """Two READMEs that quote Price List answers: t2.micro per Region, and three eu-west-1 EC2 rows."""
    sources, figures = {}, []
    commit = common.head(provider_git)
    text = common.show(provider_git, commit, "README.md")
    sources["ec2-pricing-provider"] = {
        "title": "guan840912/ec2-pricing-provider README.md (t2.micro and t4g.medium Linux on-demand per Region, Price List API output)",
        "url": f"https://github.com/guan840912/ec2-pricing-provider/blob/{commit[:12]}/README.md",
        "asOf": common.commit_date(provider_git, commit, "README.md")}
    t2_table, t4g_table = text.split("# all region test t4g.medium")
    for itype, table in (("t2.micro", t2_table), ("t4g.medium", t4g_table.split("```")[0])):
        prices = dict(re.findall(r"'([a-z]{2}-[a-z]+-\d)' (\d+\.\d+)", table))
        figures.append(common.figure("ec2", "instance", "Hrs", "ec2-pricing-provider",
                                     {r: common.plain(v) for r, v in prices.items() if r in common.palette_regions()},
                                     instanceType=itype, os="amazon-linux-2023"))
    commit = common.head(cloudburn_git)
    text = common.show(cloudburn_git, commit, "README.md")
    sources["cloudburn"] = {
        "title": "towardsthecloud/cloudburn.io README.md (Price List API records, usage type EU-BoxUsage = eu-west-1)",
        "url": f"https://github.com/towardsthecloud/cloudburn.io/blob/{commit[:12]}/README.md",
        "asOf": common.commit_date(cloudburn_git, commit, "README.md")}
    for price, itype in re.findall(r"\$(\d+\.\d+) per On Demand Linux ([a-z0-9]+\.[a-z0-9]+) Instance Hour", text):
        figures.append(common.figure("ec2", "instance", "Hrs", "cloudburn", {"eu-west-1": common.plain(price)},
                                     instanceType=itype, os="amazon-linux-2023"))
    common.write("readmes.json", sources, figures, "Price List answers quoted in READMEs: written by "
                                                     "scripts/pricing/extract.py readmes")


if __name__ == "__main__":
    what, args = sys.argv[1], sys.argv[2:]
    {"karpenter": karpenter, "vantage": vantage, "infracost": infracost.extract, "readmes": readmes,
     "quotes": quotes.extract}[what](*args)
