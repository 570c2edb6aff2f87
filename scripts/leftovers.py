#!/usr/bin/env python3
"""Lists IAM users, roles, groups and policies a conformance run left under
/iam-conformance/ on an emulator; exits 1 if there are any.

Usage: leftovers.py ENDPOINT [PATH_PREFIX]
Needs boto3 (the moto virtualenv under target/iam-conformance/emulators/ has it).
The emulator must not be enforcing IAM (the suite switches moto back off).
"""
import sys

import boto3


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    endpoint = sys.argv[1]
    prefix = sys.argv[2] if len(sys.argv) > 2 else "/iam-conformance/"
    iam = boto3.client(
        "iam",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="unused",
    )
    found = {
        "users": [u["UserName"] for u in iam.list_users(PathPrefix=prefix)["Users"]],
        "roles": [r["RoleName"] for r in iam.list_roles(PathPrefix=prefix)["Roles"]],
        "groups": [g["GroupName"] for g in iam.list_groups(PathPrefix=prefix)["Groups"]],
        "policies": [p["Arn"] for p in iam.list_policies(Scope="Local", PathPrefix=prefix)["Policies"]],
    }
    left = {kind: names for kind, names in found.items() if names}
    if left:
        print(f"left under {prefix} at {endpoint}: {left}")
        return 1
    print(f"nothing left under {prefix} at {endpoint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
