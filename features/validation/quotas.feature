@validation
Feature: Fixed quotas on policy versions, access keys and instance profiles

  Some IAM quotas cannot be raised. A managed policy keeps at most five
  versions: a sixth is refused until one is deleted. A user has at most two
  access keys. An instance profile holds at most one role. A request beyond
  such a quota is refused with LimitExceeded (HTTP 409); requests within it
  succeed, which each example shows first.

  Following the AWS IAM User Guide: "IAM and AWS STS quotas" ("Versions of a
  managed policy that can be stored: 5", "Access keys assigned to an IAM user:
  2", "Roles in an instance profile: 1"), "Versioning IAM policies", and the
  IAM API Reference: "CreatePolicyVersion" ("A managed policy can have up to
  five versions. If the policy has five versions, you must delete an existing
  version"), "CreateAccessKey", "AddRoleToInstanceProfile" (LimitExceeded,
  HTTP 409). Exact wording only under @strict, as recorded against AWS.

  Background:
    Given a policy document "GetUser":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
      }
      """

  Rule: (G4) A managed policy keeps at most five versions

    @id:validation.sixth-policy-version @evidence:recorded
    Scenario: Versions two to five are created, the sixth is refused until an older version is deleted
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_policy_version_limit, err-version-limit-exceeded: LimitExceeded, HTTP 409).
      Given a managed policy "Versioned":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      Then the call succeeds
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      Then the call succeeds
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      Then the call succeeds
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      Then the call succeeds
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      Then the call fails with "LimitExceeded" and HTTP status 409
      When "admin" calls "iam:DeletePolicyVersion" with:
        | PolicyArn | ${policy:Versioned} |
        | VersionId | v2                  |
      Then the call succeeds
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      Then the call succeeds

    @id:validation.sixth-policy-version-message @strict @evidence:recorded
    Scenario: The refusal of a sixth policy version explains the five-version limit
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_policy_version_limit: "A managed policy can have up to 5 versions. ...").
      Given a managed policy "Versioned":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      And "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      And "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      And "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      Then the call succeeds
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Versioned} |
        | PolicyDocument | ${doc:GetUser}      |
      Then the call fails with "LimitExceeded" and HTTP status 409
      And the error message is "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version."

  Rule: (G4) A user has at most two access keys

    @id:validation.third-access-key @evidence:recorded
    Scenario: A user with one access key gets a second one, a third is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_users.snapshot.json
      (test_access_key_limit: LimitExceeded, HTTP 409, "Cannot exceed quota for AccessKeysPerUser: 2").
      Given a user "Jill" with access keys
      When "admin" calls "iam:CreateAccessKey" with:
        | UserName | ${name:Jill} |
      Then the call succeeds
      When "admin" calls "iam:CreateAccessKey" with:
        | UserName | ${name:Jill} |
      Then the call fails with "LimitExceeded" and HTTP status 409
      When "admin" calls "iam:ListAccessKeys" with:
        | UserName | ${name:Jill} |
      Then the response field "Count" is "2"

  Rule: (G4) An instance profile holds at most one role

    @id:validation.second-role-in-instance-profile @evidence:recorded
    Scenario: An instance profile takes one role, a second role is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_instance_profiles.snapshot.json
      (test_add_second_role_to_instance_profile_error: LimitExceeded, HTTP 409).
      Given a role "First" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      And a role "Second" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When "admin" calls "iam:CreateInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
      Then the call succeeds
      When "admin" calls "iam:AddRoleToInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
        | RoleName            | ${name:First}   |
      Then the call succeeds
      When "admin" calls "iam:AddRoleToInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
        | RoleName            | ${name:Second}  |
      Then the call fails with "LimitExceeded" and HTTP status 409
