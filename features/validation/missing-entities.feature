@validation
Feature: Asking for something that does not exist

  A request that names a role, an inline policy, a managed policy or a policy
  version that does not exist is refused with NoSuchEntity (HTTP 404). The
  same holds for detaching a managed policy that is not attached. Each example
  also makes the same request against something that does exist, which
  succeeds.

  Following the IAM API Reference: "GetRole", "DeleteRole", "GetRolePolicy",
  "DeleteRolePolicy", "PutRolePolicy", "AttachRolePolicy", "DetachRolePolicy",
  "GetPolicy", "GetPolicyVersion", "DeletePolicyVersion" (each lists
  NoSuchEntity, HTTP 404: "The request was rejected because it referenced a
  resource entity that does not exist"). Exact wording only under @strict, as
  recorded against AWS (checklist G5).

  Background:
    Given a role "Present" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
      }
      """
    And a managed policy "Listing":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
      }
      """

  Rule: (G5) A role that does not exist cannot be read, changed or deleted

    @id:validation.get-missing-role @evidence:recorded
    Scenario: GetRole of a role that does not exist is refused, of one that exists succeeds
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_errors, get-role-error: NoSuchEntity, HTTP 404); IAM API reference, "GetRole".
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Absent} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Present} |
      Then the call succeeds

    @id:validation.get-missing-role-message @strict @evidence:recorded
    Scenario: The refusal of GetRole names the missing role
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_errors: "The role with name test-nonexistent-role cannot be found.").
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Absent} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      And the error message is "The role with name ${name:Absent} cannot be found."

    @id:validation.delete-missing-role @evidence:recorded
    Scenario: DeleteRole of a role that does not exist is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_errors, delete-role-error: NoSuchEntity, HTTP 404).
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Absent} |
      Then the call fails with "NoSuchEntity" and HTTP status 404

    @id:validation.put-policy-on-missing-role @evidence:recorded
    Scenario: An inline policy cannot be put on a role that does not exist
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_inline_policy_errors, put-policy-nonexistent-role-error: NoSuchEntity, HTTP 404).
      Given a policy document "ListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:PutRolePolicy" with:
        | RoleName       | ${name:Absent}   |
        | PolicyName     | Listing          |
        | PolicyDocument | ${doc:ListUsers} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      When "admin" calls "iam:PutRolePolicy" with:
        | RoleName       | ${name:Present}  |
        | PolicyName     | Listing          |
        | PolicyDocument | ${doc:ListUsers} |
      Then the call succeeds

    @id:validation.attach-policy-to-missing-role @evidence:documented
    Scenario: A managed policy cannot be attached to a role that does not exist
      Source: IAM API reference, "AttachRolePolicy" (NoSuchEntity, HTTP 404: a resource entity that does
      not exist).
      When "admin" calls "iam:AttachRolePolicy" with:
        | RoleName  | ${name:Absent}    |
        | PolicyArn | ${policy:Listing} |
      Then the call fails with "NoSuchEntity" and HTTP status 404

  Rule: (G5) An inline policy that a role does not have cannot be read or deleted

    @id:validation.get-missing-inline-policy @evidence:recorded
    Scenario: GetRolePolicy of a policy the role does not have is refused, of one it has succeeds
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_inline_policy_errors, get-nonexistent-policy-error: NoSuchEntity, HTTP 404).
      Given the role "Present" has an inline policy "Kept":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:GetRolePolicy" with:
        | RoleName   | ${name:Present} |
        | PolicyName | Missing         |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      When "admin" calls "iam:GetRolePolicy" with:
        | RoleName   | ${name:Present} |
        | PolicyName | Kept            |
      Then the call succeeds

    @id:validation.get-missing-inline-policy-message @strict @evidence:recorded
    Scenario: The refusal of GetRolePolicy names the missing policy
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_inline_policy_errors: "The role policy with name non-existent-policy cannot be found.").
      When "admin" calls "iam:GetRolePolicy" with:
        | RoleName   | ${name:Present} |
        | PolicyName | Missing         |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      And the error message is "The role policy with name Missing cannot be found."

    @id:validation.delete-missing-inline-policy @evidence:recorded
    Scenario: DeleteRolePolicy of a policy the role does not have is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_inline_policy_errors, delete-nonexistent-policy-error: NoSuchEntity, HTTP 404).
      When "admin" calls "iam:DeleteRolePolicy" with:
        | RoleName   | ${name:Present} |
        | PolicyName | Missing         |
      Then the call fails with "NoSuchEntity" and HTTP status 404

  Rule: (G5) A managed policy that does not exist cannot be read or attached, and one that is not attached cannot be detached

    @id:validation.attach-missing-policy @evidence:recorded
    Scenario: AttachRolePolicy of a policy that does not exist is refused, of one that exists succeeds
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_managed_policy_errors, attach-nonexistent-policy-error: NoSuchEntity, HTTP 404).
      When "admin" calls "iam:AttachRolePolicy" with:
        | RoleName  | ${name:Present}                               |
        | PolicyArn | arn:aws:iam::${account}:policy/${name:Absent} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      When "admin" calls "iam:AttachRolePolicy" with:
        | RoleName  | ${name:Present}   |
        | PolicyArn | ${policy:Listing} |
      Then the call succeeds

    @id:validation.attach-missing-policy-message @strict @evidence:recorded
    Scenario: The refusal of attaching a missing policy names its ARN
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_managed_policy_errors: "Policy <arn> does not exist or is not attachable.").
      When "admin" calls "iam:AttachRolePolicy" with:
        | RoleName  | ${name:Present}                               |
        | PolicyArn | arn:aws:iam::${account}:policy/${name:Absent} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      And the error message is "Policy arn:aws:iam::${account}:policy/${name:Absent} does not exist or is not attachable."

    @id:validation.detach-policy-not-attached @evidence:recorded
    Scenario: DetachRolePolicy of a policy that is not attached to the role is refused, of an attached one succeeds
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_managed_policy_errors, detach-not-attached-policy-error: NoSuchEntity, HTTP 404).
      When "admin" calls "iam:DetachRolePolicy" with:
        | RoleName  | ${name:Present}   |
        | PolicyArn | ${policy:Listing} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      Given the managed policy "Listing" is attached to the role "Present"
      When "admin" calls "iam:DetachRolePolicy" with:
        | RoleName  | ${name:Present}   |
        | PolicyArn | ${policy:Listing} |
      Then the call succeeds

    @id:validation.detach-policy-not-attached-message @strict @evidence:recorded
    Scenario: The refusal of detaching a policy that is not attached names the policy
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_managed_policy_errors: "Policy <arn> was not found.").
      When "admin" calls "iam:DetachRolePolicy" with:
        | RoleName  | ${name:Present}   |
        | PolicyArn | ${policy:Listing} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      And the error message is "Policy ${policy:Listing} was not found."

    @id:validation.get-missing-policy @evidence:documented
    Scenario: GetPolicy of a policy that does not exist is refused, of one that exists succeeds
      Source: IAM API reference, "GetPolicy" (NoSuchEntity, HTTP 404: a resource entity that does not exist).
      When "admin" calls "iam:GetPolicy" with:
        | PolicyArn | arn:aws:iam::${account}:policy/${name:Absent} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      When "admin" calls "iam:GetPolicy" with:
        | PolicyArn | ${policy:Listing} |
      Then the call succeeds

  Rule: (G5) A policy version that does not exist cannot be read or deleted

    @id:validation.get-missing-policy-version @evidence:recorded
    Scenario: GetPolicyVersion of version v9 of a one-version policy is refused, of v1 succeeds
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_policy_version_errors, err-get-nonexistent-version, v9: NoSuchEntity, HTTP 404).
      When "admin" calls "iam:GetPolicyVersion" with:
        | PolicyArn | ${policy:Listing} |
        | VersionId | v9                |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      When "admin" calls "iam:GetPolicyVersion" with:
        | PolicyArn | ${policy:Listing} |
        | VersionId | v1                |
      Then the call succeeds

    @id:validation.delete-missing-policy-version @evidence:recorded
    Scenario: DeletePolicyVersion of a version that does not exist is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_policy_version_errors, err-delete-nonexistent-version, v9); IAM API reference,
      "DeletePolicyVersion" (NoSuchEntity, HTTP 404).
      When "admin" calls "iam:DeletePolicyVersion" with:
        | PolicyArn | ${policy:Listing} |
        | VersionId | v9                |
      Then the call fails with "NoSuchEntity" and HTTP status 404

  Rule: Users, groups and instance profiles that do not exist are NoSuchEntity, HTTP 404, naming the user (G6)

    @id:validation.get-missing-entity @evidence:documented
    Scenario Outline: <action> of a <kind> that does not exist is refused with NoSuchEntity
      Source: IAM API reference, "<action>" (Errors: NoSuchEntity, HTTP 404, "The request was rejected
      because it referenced a resource entity that does not exist").
      When "admin" calls "<action>" with:
        | <parameter> | ${name:Absent} |
      Then the call fails with "NoSuchEntity" and HTTP status 404

      Examples:
        | action          | kind  | parameter |
        | iam:GetUser     | user  | UserName  |
        | iam:GetGroup    | group | GroupName |
        | iam:DeleteUser  | user  | UserName  |
        | iam:DeleteGroup | group | GroupName |
        | iam:DeleteInstanceProfile | instance profile | InstanceProfileName |
        | iam:ListAccessKeys | user | UserName |
        | iam:ListAttachedUserPolicies | user | UserName |
        | iam:ListUserPolicies | user | UserName |

    @id:validation.get-missing-user-message @strict @evidence:recorded
    Scenario: The refusal of a user that does not exist names her
      Source: LocalStack, tests/aws/services/iam/test_iam.snapshot.json
      (test_create_service_specific_credential_invalid_user: NoSuchEntity, HTTP 404, "The user with name
      non-existent-user cannot be found.").
      When "admin" calls "iam:GetUser" with:
        | UserName | ${name:Absent} |
      Then the call fails with "NoSuchEntity" and HTTP status 404
      And the error message is "The user with name ${name:Absent} cannot be found."

  Rule: A policy version id has the form v1, v2, …; another form is a ValidationError, HTTP 400 (G7)

    @id:validation.policy-version-id-malformed @evidence:recorded
    Scenario: GetPolicyVersion with the version id "version1" is refused with ValidationError, with "v1" it succeeds
      Source: LocalStack, tests/aws/services/iam/test_iam_managed_policies.snapshot.json
      (test_get_aws_managed_policy_version, get-version-error: ValidationError, HTTP 400, "Member must
      satisfy regular expression pattern: v[1-9][0-9]*(\.[A-Za-z0-9-]*)?"); IAM API reference,
      "GetPolicyVersion" (VersionId pattern).
      Given a managed policy "Versioned":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:GetPolicyVersion" with:
        | PolicyArn | ${policy:Versioned} |
        | VersionId | version1          |
      Then the call fails with "ValidationError" and HTTP status 400
      When "admin" calls "iam:GetPolicyVersion" with:
        | PolicyArn | ${policy:Versioned} |
        | VersionId | v1                |
      Then the call succeeds
