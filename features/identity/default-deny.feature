@identity
Feature: Default deny: without an Allow, every request is refused

  AWS refuses every request unless a policy allows it (an "implicit deny").
  A new IAM user with working access keys but no policy of its own is refused
  every IAM action. A session of a role that has no permission policy is
  refused as well, even though assuming the role succeeded: a session has the
  permissions of its role, not those of the person who assumed it.

  sts:GetCallerIdentity needs no permission at all, so it serves as the control
  in these examples: it shows the credentials are good, so the refusals come
  from policy evaluation and not from a broken signature.

  In the role examples, the role's trust policy names Jill's ARN and Jill's
  own policy allows sts:AssumeRole on the role, so her AssumeRole succeeds
  under every reading of the documentation. Assuming the role is a
  precondition (a Given step), not what is tested here.

  Following the AWS IAM User Guide: "Policy evaluation logic", "Policy
  evaluation for requests within a single account", "The difference between
  explicit and implicit denies", "Troubleshoot access denied error messages"
  (for the @strict message text), and the STS API reference for
  GetCallerIdentity and AssumeRole.

  Rule: (B1) An IAM user with no policy is implicitly denied every action

    @id:identity.user-without-policy-is-denied @evidence:documented
    Scenario Outline: A user with no policy is refused <action>
      Source: IAM User Guide, "Policy evaluation logic" and "The difference between explicit and implicit
      denies"; STS API reference, "GetCallerIdentity" (no permission needed); IAM API reference, "GetUser"
      and "ListAccessKeys" (without UserName they act on the caller).
      Given a user "Jill" with access keys
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Jill" calls "<action>"
      Then the call is denied

      Examples:
        | action                |
        | iam:ListUsers         |
        | iam:ListRoles         |
        | iam:ListGroups        |
        | iam:ListPolicies      |
        | iam:GetAccountSummary |
        | iam:GetUser           |
        | iam:ListAccessKeys    |

  Rule: (B1) A role session is implicitly denied every action its role's policies do not allow

    Background:
      Given a user "Jill" with access keys
      And a role "Empty" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "${user:Jill}"}, "Action": "sts:AssumeRole"}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeEmpty":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Empty}"}]
        }
        """

    @id:identity.session-without-policy-is-denied @evidence:documented
    Scenario Outline: A session of a role with no permission policy is refused <action>
      Source: IAM User Guide, "Policy evaluation logic" and "IAM identifiers" (the assumed-role session ARN);
      STS API reference, "GetCallerIdentity".
      Given "Jill" has assumed the role "Empty" with session name "sess"
      When "Empty/sess" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Empty/sess}"
      When "Empty/sess" calls "<action>"
      Then the call is denied

      Examples:
        | action                |
        | iam:ListUsers         |
        | iam:ListRoles         |
        | iam:GetAccountSummary |

    @id:identity.session-does-not-inherit-the-callers-permissions @evidence:documented
    Scenario: Jill may list users herself, but her session of a role without policies may not
      Source: IAM User Guide, "Switch to an IAM role (AWS API)" (the permissions of the user and of the role
      are not cumulative) and "Policy evaluation logic".
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "JillListsUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      Given "Jill" has assumed the role "Empty" with session name "sess"
      When "Empty/sess" calls "iam:ListUsers"
      Then the call is denied

  Rule: (B6) An implicit denial names the caller and the action, and says that no identity-based policy allows it

    @id:identity.implicit-deny-message-for-a-user @strict @evidence:documented
    Scenario: The refusal of a user with no policy names her ARN and the action
      Source: IAM User Guide, "Troubleshoot access denied error messages" (message format; implicit denial
      by identity-based policies).
      Given a user "Jill" with access keys
      When "Jill" calls "sts:GetCallerIdentity"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      And the error message contains "User: ${user:Jill} is not authorized to perform: iam:ListUsers"
      And the error message contains "because no identity-based policy allows the iam:ListUsers action"

    @id:identity.implicit-deny-message-for-a-session @strict @evidence:documented
    Scenario: The refusal of a role session names the session ARN and the action
      Source: IAM User Guide, "Troubleshoot access denied error messages" (message format, with an
      assumed-role session ARN as the user) and "IAM identifiers".
      Given a user "Jill" with access keys
      And a role "Empty" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "${user:Jill}"}, "Action": "sts:AssumeRole"}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeEmpty":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Empty}"}]
        }
        """
      And "Jill" has assumed the role "Empty" with session name "sess"
      When "Empty/sess" calls "iam:ListUsers"
      Then the call is denied
      And the error message contains "User: ${session:Empty/sess} is not authorized to perform: iam:ListUsers"
      And the error message contains "because no identity-based policy allows the iam:ListUsers action"
