#!/usr/bin/env python3
"""Lists IAM users, roles, groups, policies and virtual MFA devices that conformance runs left under
/iam-conformance/ on an emulator; exits 1 if there are any.

Usage: leftovers.py ENDPOINT [--key KEY] [--moto-account ID] [--prefix PATH] [--run RUN_ID] [--tag KEY=VALUE --expect-some]

--key          access key to sign with (default: any; moto with enforcement off accepts it);
               a 12-digit key is the root of that account on ministack, LocalStack and localemu
--moto-account ID  look in that account of moto (the x-moto-account-id header)
--run RUN_ID   also anything, anywhere, whose name carries that run's id (-RUN_ID-)
--tag K=V      with --expect-some: succeed only if some user carries this tag (checks tagging)
--expect-some  invert: exit 1 if nothing is left
Needs boto3 (the moto virtualenv under target/iam-conformance/emulators/ has it).
"""
import argparse
import sys

import boto3


def main() -> int:
    args = argparse.ArgumentParser(usage=__doc__)
    args.add_argument("endpoint")
    args.add_argument("--key", default="AKIAIOSFODNN7EXAMPLE")
    args.add_argument("--prefix", default="/iam-conformance/")
    args.add_argument("--moto-account")
    args.add_argument("--run")
    args.add_argument("--tag")
    args.add_argument("--expect-some", action="store_true")
    a = args.parse_args()
    iam = boto3.client(
        "iam",
        endpoint_url=a.endpoint,
        region_name="us-east-1",
        aws_access_key_id=a.key,
        aws_secret_access_key="unused-by-emulators" if a.key != "test" else "test",
    )
    where = a.endpoint
    if a.moto_account:
        account = a.moto_account

        def in_account(request, **_):
            request.headers["x-moto-account-id"] = account

        iam.meta.events.register("before-sign.iam.*", in_account)
        where = f"{a.endpoint} (account {account})"
    elif a.key.isdigit():
        where = f"{a.endpoint} (account {a.key})"
    users = [u["UserName"] for u in iam.list_users(PathPrefix=a.prefix)["Users"]]
    found = {
        "users": users,
        "roles": [r["RoleName"] for r in iam.list_roles(PathPrefix=a.prefix)["Roles"]],
        "groups": [g["GroupName"] for g in iam.list_groups(PathPrefix=a.prefix)["Groups"]],
        "policies": [p["Arn"] for p in iam.list_policies(Scope="Local", PathPrefix=a.prefix)["Policies"]],
        "virtual MFA devices": [
            d["SerialNumber"]
            for d in iam.list_virtual_mfa_devices()["VirtualMFADevices"]
            if f":mfa{a.prefix}" in d["SerialNumber"] or (a.run and f"-{a.run}-" in d["SerialNumber"])
        ],
    }
    if a.run:
        mark = f"-{a.run}-"
        found["outside the path"] = [
            name
            for name in [u["UserName"] for u in iam.list_users()["Users"]]
            + [r["RoleName"] for r in iam.list_roles()["Roles"]]
            + [g["GroupName"] for g in iam.list_groups()["Groups"]]
            + [p["PolicyName"] for p in iam.list_policies(Scope="Local")["Policies"]]
            + [p["InstanceProfileName"] for p in iam.list_instance_profiles()["InstanceProfiles"]]
            if mark in name
        ]
    left = {kind: names for kind, names in found.items() if names}
    if a.expect_some:
        if not left:
            print(f"expected leftovers under {a.prefix} at {where}, found none")
            return 1
        if a.tag:
            key, value = a.tag.split("=", 1)
            tagged = [u for u in users if {"Key": key, "Value": value} in iam.list_user_tags(UserName=u)["Tags"]]
            if not tagged:
                print(f"no user under {a.prefix} is tagged {a.tag}")
                return 1
            print(f"{len(tagged)} of {len(users)} users left are tagged {a.tag}")
        print(f"left under {a.prefix}: {sum(len(v) for v in left.values())} entities, as expected")
        return 0
    if left:
        print(f"left under {a.prefix} at {where}: {left}")
        return 1
    print(f"nothing left under {a.prefix} at {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
