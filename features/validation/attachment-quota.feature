@validation
Feature: At most ten managed policies attached to a role or a user

  By default an IAM role, and an IAM user, can have at most ten managed
  policies attached. Attaching an eleventh is refused with LimitExceeded
  (HTTP 409) and the attachment is not made; the first ten attach normally.

  The quota can be raised for an account (up to 20) through Service Quotas;
  these examples assume the default of ten, so an account with a raised quota
  will not see the refusal.

  Following the AWS IAM User Guide: "IAM and AWS STS quotas" ("Managed
  policies attached to an IAM role: 10", "Managed policies attached to an IAM
  user: 10", both adjustable to 20), and the IAM API Reference:
  "AttachRolePolicy" and "AttachUserPolicy" (LimitExceeded, HTTP 409).

  Background:
    Given a managed policy "Grant1":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant1", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant2":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant2", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant3":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant3", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant4":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant4", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant5":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant5", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant6":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant6", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant7":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant7", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant8":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant8", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant9":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant9", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant10":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant10", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """
    And a managed policy "Grant11":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Grant11", "Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]}
      """

  Rule: (G4) A role can have at most ten managed policies attached (default quota)

    @id:validation.eleventh-managed-policy-on-role @evidence:documented
    Scenario: Ten managed policies attach to a role, the eleventh is refused
      Source: IAM User Guide, "IAM and AWS STS quotas" (managed policies attached to an IAM role: 10,
      adjustable); IAM API reference, "AttachRolePolicy" (LimitExceeded, HTTP 409).
      Given a role "Holder" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
        }
        """
      And the managed policy "Grant1" is attached to the role "Holder"
      And the managed policy "Grant2" is attached to the role "Holder"
      And the managed policy "Grant3" is attached to the role "Holder"
      And the managed policy "Grant4" is attached to the role "Holder"
      And the managed policy "Grant5" is attached to the role "Holder"
      And the managed policy "Grant6" is attached to the role "Holder"
      And the managed policy "Grant7" is attached to the role "Holder"
      And the managed policy "Grant8" is attached to the role "Holder"
      And the managed policy "Grant9" is attached to the role "Holder"
      When "admin" calls "iam:AttachRolePolicy" with:
        | RoleName  | ${name:Holder}    |
        | PolicyArn | ${policy:Grant10} |
      Then the call succeeds
      When "admin" calls "iam:AttachRolePolicy" with:
        | RoleName  | ${name:Holder}    |
        | PolicyArn | ${policy:Grant11} |
      Then the call fails with "LimitExceeded" and HTTP status 409
      When "admin" calls "iam:ListAttachedRolePolicies" with:
        | RoleName | ${name:Holder} |
      Then the response field "Count" is "10"

  Rule: (G4) A user can have at most ten managed policies attached (default quota)

    @id:validation.eleventh-managed-policy-on-user @evidence:documented
    Scenario: Ten managed policies attach to a user, the eleventh is refused
      Source: IAM User Guide, "IAM and AWS STS quotas" (managed policies attached to an IAM user: 10,
      adjustable); IAM API reference, "AttachUserPolicy" (LimitExceeded, HTTP 409).
      Given a user "Jill"
      And the managed policy "Grant1" is attached to the user "Jill"
      And the managed policy "Grant2" is attached to the user "Jill"
      And the managed policy "Grant3" is attached to the user "Jill"
      And the managed policy "Grant4" is attached to the user "Jill"
      And the managed policy "Grant5" is attached to the user "Jill"
      And the managed policy "Grant6" is attached to the user "Jill"
      And the managed policy "Grant7" is attached to the user "Jill"
      And the managed policy "Grant8" is attached to the user "Jill"
      And the managed policy "Grant9" is attached to the user "Jill"
      When "admin" calls "iam:AttachUserPolicy" with:
        | UserName  | ${name:Jill}      |
        | PolicyArn | ${policy:Grant10} |
      Then the call succeeds
      When "admin" calls "iam:AttachUserPolicy" with:
        | UserName  | ${name:Jill}      |
        | PolicyArn | ${policy:Grant11} |
      Then the call fails with "LimitExceeded" and HTTP status 409
      When "admin" calls "iam:ListAttachedUserPolicies" with:
        | UserName | ${name:Jill} |
      Then the response field "Count" is "10"
