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

    @id:validation.policy-without-version
    Scenario: A managed policy without a Version is refused
      When the admin creates a managed policy "NoVersion":
        """
        {
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-with-old-version
    Scenario: A managed policy written in the 2008-10-17 language version is refused
      When the admin creates a managed policy "OldVersion":
        """
        {
          "Version": "2008-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-without-version-message @strict
    Scenario: The refusal of a policy without a Version says which version is required
      When the admin creates a managed policy "NoVersion":
        """
        {
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Policy document must be version 2012-10-17 or greater."

  Rule: (G1) A policy document must be valid JSON in the policy grammar

    @id:validation.policy-not-json
    Scenario: A document that is not JSON (a statement list never closed) is refused
      When the admin creates a managed policy "NotJson":
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-not-json-message @strict
    Scenario: The refusal of a managed policy that is not JSON reports syntax errors
      When the admin creates a managed policy "NotJson":
        """
        not-a-JSON-document
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Syntax errors in policy."

    @id:validation.policy-effect-not-allow-or-deny
    Scenario: A statement whose Effect is neither Allow nor Deny is refused
      When the admin creates a managed policy "BadEffect":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Permit", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-with-empty-statement-list
    Scenario: A policy whose Statement list is empty is refused
      When the admin creates a managed policy "NoStatements":
        """
        {
          "Version": "2012-10-17",
          "Statement": []
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

  Rule: (G1) Every statement must name actions and resources

    @id:validation.statement-without-action
    Scenario: A statement without Action (or NotAction) is refused
      When the admin creates a managed policy "NoAction":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.statement-without-resource
    Scenario: A statement without Resource (or NotResource) is refused
      When the admin creates a managed policy "NoResource":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.statement-without-action-message @strict
    Scenario: The refusal of a statement without actions says that actions are required
      When the admin creates a managed policy "NoAction":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Policy statement must contain actions."

    @id:validation.statement-without-resource-message @strict
    Scenario: The refusal of a statement without resources says that resources are required
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

    @id:validation.action-without-vendor
    Scenario: An action without a service prefix is refused
      When the admin creates a managed policy "NoVendor":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.action-without-vendor-message @strict
    Scenario: The refusal of an action without a service prefix asks for a vendor
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

    @id:validation.duplicate-sids
    Scenario: Two statements with the same Sid are refused
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

    @id:validation.duplicate-sids-message @strict
    Scenario: The refusal of duplicate statement ids says they must be unique
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

    @id:validation.resource-not-an-arn
    Scenario: A resource that is neither an ARN nor "*" is refused
      When the admin creates a managed policy "NotAnArn":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "every-user"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.resource-not-an-arn-message @strict
    Scenario: The refusal of a resource that is not an ARN quotes the resource
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

    @id:validation.identity-policy-with-principal
    Scenario: A managed policy with a Principal element is refused
      When the admin creates a managed policy "WithPrincipal":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account}:root"}, "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.inline-policy-with-principal
    Scenario: An inline role policy with a Principal element is refused
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

    @id:validation.identity-policy-with-principal-message @strict
    Scenario: The refusal of a Principal in an identity policy names the prohibited field
      When the admin creates a managed policy "WithPrincipal":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${account}:root"}, "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400
      And the error message is "Has prohibited field Principal"

  Rule: (G1) The same grammar applies to inline policies and to new versions of a managed policy

    @id:validation.inline-role-policy-without-resource
    Scenario: An inline role policy whose statement has no Resource is refused, a complete one is accepted
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

    @id:validation.inline-user-policy-action-without-vendor
    Scenario: An inline user policy with an action lacking its service prefix is refused
      Given a user "Jill"
      When the admin puts the inline policy "NoVendor" on the user "Jill":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "ListUsers", "Resource": "*"}]
        }
        """
      Then the call fails with "MalformedPolicyDocument" and HTTP status 400

    @id:validation.policy-version-with-duplicate-sids
    Scenario: A new version of a managed policy with duplicate Sids is refused
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
