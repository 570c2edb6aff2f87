@boundary
Feature: Setting and reading permissions boundaries

  The administrator sets a boundary with PutRolePermissionsBoundary /
  PutUserPermissionsBoundary (or at CreateRole), naming a managed policy by
  its ARN. GetRole and GetUser report the boundary's ARN. IAM refuses a
  boundary that is not a policy ARN (InvalidInput, 400) and one naming a
  policy that does not exist (NoSuchEntity, 404), and a boundary cannot be put
  on a role or user that does not exist (NoSuchEntity, 404).

  Following the IAM API Reference: "PutRolePermissionsBoundary",
  "PutUserPermissionsBoundary", "CreateRole" (parameter PermissionsBoundary),
  "GetRole", "GetUser" and the data type "AttachedPermissionsBoundary"; the IAM
  User Guide: "Permissions boundaries for IAM entities". The API reference
  lists InvalidInput (400) and NoSuchEntity (404) among these operations'
  errors without saying which input produces which; the pairing below is the
  one AWS returned in LocalStack's AWS-validated snapshots
  (tests/aws/services/iam/test_iam_roles.snapshot.json, checklist F4). Only
  the user case (PutUserPermissionsBoundary with a missing policy) has no
  recording; it is inferred from the role case. Exact wording is asserted
  only under @strict.

  Rule: (F4) GetRole and GetUser report the managed policy set as the permissions boundary

    @id:boundary.get-role-shows-boundary @evidence:recorded
    Scenario: After a boundary is put on a role, GetRole names it
      Source: LocalStack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_permissions_boundary_lifecycle, "get-role-boundary-restored"); IAM API reference, "GetRole"
      and "AttachedPermissionsBoundary".
      Given a managed policy "Cap":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And a role "Capped" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When "admin" calls "iam:PutRolePermissionsBoundary" with:
        | RoleName            | ${name:Capped} |
        | PermissionsBoundary | ${policy:Cap}  |
      Then the call succeeds
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Capped} |
      Then the response field "PermissionsBoundaryArn" is "${policy:Cap}"

    @id:boundary.create-role-with-boundary @evidence:recorded
    Scenario: A boundary given at CreateRole is reported by GetRole
      Source: LocalStack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_permissions_boundary_lifecycle, "create-role-with-boundary", "get-role-with-boundary"); IAM
      API reference, "CreateRole" (PermissionsBoundary).
      Given a managed policy "Cap":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And a policy document "Ec2Trust":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Capped} |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust} |
        | PermissionsBoundary      | ${policy:Cap}   |
      Then the call succeeds
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Capped} |
      Then the response field "PermissionsBoundaryArn" is "${policy:Cap}"

    @id:boundary.get-user-shows-boundary @evidence:documented
    Scenario: After a boundary is put on a user, GetUser names it
      Source: IAM API reference, "PutUserPermissionsBoundary", "GetUser" and the data type "User"
      (PermissionsBoundary, an "AttachedPermissionsBoundary").
      Given a managed policy "Cap":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And a user "Jill"
      When "admin" calls "iam:PutUserPermissionsBoundary" with:
        | UserName            | ${name:Jill}  |
        | PermissionsBoundary | ${policy:Cap} |
      Then the call succeeds
      When "admin" calls "iam:GetUser" with:
        | UserName | ${name:Jill} |
      Then the response field "PermissionsBoundaryArn" is "${policy:Cap}"

  Rule: (F4) A permissions boundary must be the ARN of a managed policy; anything else is refused with InvalidInput

    @id:boundary.put-role-boundary-not-a-policy-arn @evidence:recorded
    Scenario: Putting an ARN that does not name a policy as a role's boundary is refused, a policy ARN is accepted
      Source: LocalStack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_permissions_boundary_errors, "put-invalid-boundary-error": InvalidInput, 400).
      Given a managed policy "Cap":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And a role "Capped" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When "admin" calls "iam:PutRolePermissionsBoundary" with:
        | RoleName            | ${name:Capped}                               |
        | PermissionsBoundary | arn:aws:iam::${account}:not_a_policy/invalid |
      Then the call fails with "InvalidInput" and HTTP status 400
      When "admin" calls "iam:PutRolePermissionsBoundary" with:
        | RoleName            | ${name:Capped} |
        | PermissionsBoundary | ${policy:Cap}  |
      Then the call succeeds

    @id:boundary.put-role-boundary-not-a-policy-arn-message @strict @evidence:recorded
    Scenario: The refusal of a non-policy boundary ARN names the ARN
      Source: LocalStack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_permissions_boundary_errors, "put-invalid-boundary-error").
      Given a role "Capped" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When "admin" calls "iam:PutRolePermissionsBoundary" with:
        | RoleName            | ${name:Capped}                               |
        | PermissionsBoundary | arn:aws:iam::${account}:not_a_policy/invalid |
      Then the call fails with "InvalidInput" and HTTP status 400
      And the error message is "ARN arn:aws:iam::${account}:not_a_policy/invalid is not valid."

  Rule: (F4) A permissions boundary naming a policy that does not exist is refused with NoSuchEntity

    @id:boundary.put-role-boundary-missing-policy @evidence:recorded
    Scenario: Putting a nonexistent policy as a role's boundary is refused
      Source: LocalStack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_permissions_boundary_errors, "put-nonexistent-policy-error": NoSuchEntity, 404).
      Given a role "Capped" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When "admin" calls "iam:PutRolePermissionsBoundary" with:
        | RoleName            | ${name:Capped}                                |
        | PermissionsBoundary | arn:aws:iam::${account}:policy/${name:Nobody} |
      Then the call fails with "NoSuchEntity" and HTTP status 404

    @id:boundary.put-role-boundary-missing-policy-message @strict @evidence:recorded
    Scenario: The refusal of a nonexistent boundary policy names its ARN
      Source: LocalStack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_permissions_boundary_errors, "put-nonexistent-policy-error").
      Given a role "Capped" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When "admin" calls "iam:PutRolePermissionsBoundary" with:
        | RoleName            | ${name:Capped}                                |
        | PermissionsBoundary | arn:aws:iam::${account}:policy/${name:Nobody} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      And the error message is "Scope ARN: arn:aws:iam::${account}:policy/${name:Nobody} does not exist or is not attachable."

    @id:boundary.create-role-with-missing-boundary @evidence:recorded
    Scenario: Creating a role whose boundary names a nonexistent policy is refused
      Source: LocalStack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_permissions_boundary_errors, "create-role-nonexistent-policy-error": NoSuchEntity, 404).
      NoSuchEntity is not among the errors the API reference lists for CreateRole; AWS returns it all the
      same.
      Given a policy document "Ec2Trust":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When "admin" calls "iam:CreateRole" with:
        | RoleName                 | ${name:Capped}                                |
        | AssumeRolePolicyDocument | ${doc:Ec2Trust}                               |
        | PermissionsBoundary      | arn:aws:iam::${account}:policy/${name:Nobody} |
      Then the call fails with "NoSuchEntity" and HTTP status 404

    @id:boundary.put-user-boundary-missing-policy @evidence:inferred
    Scenario: Putting a nonexistent policy as a user's boundary is refused
      Source: inferred from IAM API reference, "PutUserPermissionsBoundary" (errors: NoSuchEntity, 404, for a
      referenced entity that does not exist) and from the role case recorded in LocalStack,
      tests/aws/services/iam/test_iam_roles.snapshot.json (test_role_permissions_boundary_errors,
      "put-nonexistent-policy-error").
      Given a user "Jill"
      When "admin" calls "iam:PutUserPermissionsBoundary" with:
        | UserName            | ${name:Jill}                                  |
        | PermissionsBoundary | arn:aws:iam::${account}:policy/${name:Nobody} |
      Then the call fails with "NoSuchEntity" and HTTP status 404

  Rule: (F4) A boundary cannot be put on a role that does not exist

    @id:boundary.put-boundary-on-missing-role @evidence:recorded
    Scenario: Putting a boundary on a nonexistent role is refused with NoSuchEntity
      Source: LocalStack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_permissions_boundary_errors, "put-boundary-nonexistent-role-error": NoSuchEntity, 404).
      Given a managed policy "Cap":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:PutRolePermissionsBoundary" with:
        | RoleName            | ${name:Nobody} |
        | PermissionsBoundary | ${policy:Cap}  |
      Then the call fails with "NoSuchEntity" and HTTP status 404
