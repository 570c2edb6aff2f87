@validation
Feature: IAM refuses policy documents that break the policy grammar

  Every policy document IAM stores is checked against the IAM policy
  language before it is accepted. A document that breaks the grammar is
  refused with MalformedPolicyDocument (HTTP 400) and nothing is created: the
  Version must be "2012-10-17" for a new managed policy, every statement needs
  an Action and a Resource, an action is written "service:Action", statement
  ids must be unique, a resource is an ARN or "*", and a policy attached to an
  identity may not name a Principal.

  Each example starts from a well-formed managed policy that was accepted,
  so a target that refuses everything cannot pass.

  Following the AWS IAM User Guide: "IAM JSON policy element reference" with
  "IAM JSON policy elements: Version", "... : Sid", "... : Action",
  "... : Resource", "... : Principal" ("You cannot use the Principal element
  in an identity-based policy"), "Grammar of the IAM JSON policy language",
  and the IAM API Reference: "CreatePolicy", "CreatePolicyVersion",
  "PutRolePolicy" (error MalformedPolicyDocument, HTTP 400). The API reference
  does not list the message texts; they are checked only under @strict, with
  the wording recorded against AWS (checklist G1).

  Background:
    Given a managed policy "WellFormed":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Sid": "List", "Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
      }
      """

  Rule: (G1) A managed policy must declare Version 2012-10-17

    @id:validation.policy-without-version @evidence:recorded
    Scenario: A managed policy without a Version is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-1], no Version: MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "NoVersion":
        """
        {
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-with-old-version @evidence:recorded
    Scenario: A managed policy written in the 2008-10-17 language version is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-2], Version 2008-10-17: MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "OldVersion":
        """
        {
          "Version": "2008-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-without-version-message @strict @evidence:recorded
    Scenario: The refusal of a policy without a Version says which version is required
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (invalid-1: "Policy document must be version 2012-10-17 or greater.").
      When the admin creates a managed policy "NoVersion":
        """
        {
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Policy document must be version 2012-10-17 or greater."

  Rule: (G1) A policy document must be valid JSON in the policy grammar

    @id:validation.policy-not-json @evidence:recorded
    Scenario: A document that is not JSON (a statement list never closed) is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-0], not JSON: MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "NotJson":
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-not-json-message @strict @evidence:recorded
    Scenario: The refusal of a managed policy that is not JSON reports syntax errors
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (invalid-0: "Syntax errors in policy.").
      When the admin creates a managed policy "NotJson":
        """
        not-a-JSON-document
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Syntax errors in policy."

    @id:validation.policy-effect-not-allow-or-deny @evidence:recorded
    Scenario: A statement whose Effect is neither Allow nor Deny is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-10], Effect "invalid": MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "BadEffect":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Permit", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-with-empty-statement-list @evidence:recorded
    Scenario: A policy whose Statement list is empty is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-26], "Statement": []: MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "NoStatements":
        """
        {
          "Version": "2012-10-17",
          "Statement": []
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

  Rule: (G1) Every statement must name actions and resources

    @id:validation.statement-without-action @evidence:recorded
    Scenario: A statement without Action (or NotAction) is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-30], no Action: MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "NoAction":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.statement-without-resource @evidence:recorded
    Scenario: A statement without Resource (or NotResource) is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-27], no Resource: MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "NoResource":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.statement-without-action-message @strict @evidence:recorded
    Scenario: The refusal of a statement without actions says that actions are required
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (invalid-30: "Policy statement must contain actions.").
      When the admin creates a managed policy "NoAction":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Policy statement must contain actions."

    @id:validation.statement-without-resource-message @strict @evidence:recorded
    Scenario: The refusal of a statement without resources says that resources are required
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (invalid-27: "Policy statement must contain resources.").
      When the admin creates a managed policy "NoResource":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Policy statement must contain resources."

  Rule: (G1) An action is written with its service prefix, "service:Action"

    @id:validation.action-without-vendor @evidence:recorded
    Scenario: An action without a service prefix is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-11], action "invalid": MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "NoVendor":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.action-without-vendor-message @strict @evidence:recorded
    Scenario: The refusal of an action without a service prefix asks for a vendor
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (invalid-11: "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.").
      When the admin creates a managed policy "NoVendor":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."

  Rule: (G1) Statement ids within one policy must be unique

    @id:validation.duplicate-sids @evidence:recorded
    Scenario: Two statements with the same Sid are refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-59], duplicate Sid: MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "TwinSids":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "Same", "Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"},
            {"Sid": "Same", "Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.duplicate-sids-message @strict @evidence:recorded
    Scenario: The refusal of duplicate statement ids says they must be unique
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (invalid-59: "Statement IDs (SID) in a single policy must be unique.").
      When the admin creates a managed policy "TwinSids":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "Same", "Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"},
            {"Sid": "Same", "Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Statement IDs (SID) in a single policy must be unique."

  Rule: (G1) A resource is an ARN or "*"

    @id:validation.resource-not-an-arn @evidence:recorded
    Scenario: A resource that is neither an ARN nor "*" is refused
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_create_policy_invalid_document[invalid-16], -18 and -19: MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "NotAnArn":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "every-user"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.resource-not-an-arn-message @strict @evidence:recorded
    Scenario: The refusal of a resource that is not an ARN quotes the resource
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (invalid-16, -18, -19: "Resource <resource> must be in ARN format or "*".", with the resource quoted).
      When the admin creates a managed policy "NotAnArn":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "every-user"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Resource every-user must be in ARN format or "*"."

  Rule: (G1) An identity policy may not name a Principal

    @id:validation.identity-policy-with-principal @evidence:documented
    Scenario: A managed policy with a Principal element is refused
      Source: IAM User Guide, "IAM JSON policy elements: Principal" (the Principal element cannot be used in an
      identity-based policy); IAM API reference, "CreatePolicy" (MalformedPolicyDocument, HTTP 400).
      When the admin creates a managed policy "WithPrincipal":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account}:root"}, "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.inline-policy-with-principal @evidence:recorded
    Scenario: An inline role policy with a Principal element is refused
      Source: AWS answer MalformedPolicyDocument, "Policy document should not specify a principal.", to
      PutRolePolicy (hashicorp/terraform issue #13449) and PutGroupPolicy, status code 400
      (hashicorp/terraform-provider-aws issue #10419).
      Given a role "Holder" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When the admin puts the inline policy "WithPrincipal" on the role "Holder":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account}:root"}, "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.identity-policy-with-principal-message @strict @evidence:recorded
    Scenario: The refusal of a Principal in an identity policy says a policy document should not specify one
      Source: the IAM API's answer "MalformedPolicyDocument: Policy document should not specify a principal.",
      status code 400, quoted in hashicorp/terraform-provider-aws issue #10419 (PutGroupPolicy) and
      hashicorp/terraform issue #13449 (PutRolePolicy).
      "Has prohibited field Principal" is the wording of the IAM console's policy editor, not of the API.
      When the admin creates a managed policy "WithPrincipal":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account}:root"}, "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Policy document should not specify a principal."

  Rule: (G1) The same grammar applies to inline policies and to new versions of a managed policy

    @id:validation.inline-role-policy-without-resource @evidence:documented
    Scenario: An inline role policy whose statement has no Resource is refused, a complete one is accepted
      Source: IAM User Guide, "IAM JSON policy elements: Resource" (a statement must include a Resource or a
      NotResource element); IAM API reference, "PutRolePolicy" (MalformedPolicyDocument, HTTP 400).
      Given a role "Holder" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      When the admin puts the inline policy "NoResource" on the role "Holder":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      When the admin puts the inline policy "Complete" on the role "Holder":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call succeeds

    @id:validation.inline-user-policy-action-without-vendor @evidence:documented
    Scenario: An inline user policy with an action lacking its service prefix is refused
      Source: IAM User Guide, "Grammar of the IAM JSON policy language" (an action is
      "<service_namespace>:<action_name>" or "*"); IAM API reference, "PutUserPolicy" (MalformedPolicyDocument).
      Given a user "Jill"
      When the admin puts the inline policy "NoVendor" on the user "Jill":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-version-with-duplicate-sids @evidence:documented
    Scenario: A new version of a managed policy with duplicate Sids is refused
      Source: IAM User Guide, "IAM JSON policy elements: Sid" (in IAM the Sid value must be unique within a JSON
      policy); IAM API reference, "CreatePolicyVersion" (MalformedPolicyDocument, HTTP 400).
      Given a policy document "TwinSids":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "Same", "Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"},
            {"Sid": "Same", "Effect": "Allow", "Action": "iam:ListRoles", "Resource": "*"}
          ]
        }
        """
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:WellFormed} |
        | PolicyDocument | ${doc:TwinSids}      |
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
