@identity
Feature: An explicit Deny overrides every Allow

  When any policy that applies to a request has a Deny statement matching it,
  the request is refused, whatever other statements allow. It makes no
  difference where the Deny and the Allow are: in the same policy, in two
  policies of the user, in a group's policy against the user's own, or in a
  role's policies for its sessions; nor whether the Deny names the action
  exactly or through a wildcard.

  Each example first shows the Allow working on its own, then adds the Deny
  and shows the same call refused; where it can, it also shows that the Deny
  leaves the other allowed actions alone.

  In the role example, the role's trust policy names Jill's ARN and Jill's
  own policy allows sts:AssumeRole on the role, so her AssumeRole succeeds
  under every reading of the documentation. Assuming the role is a
  precondition (a Given step), not what is tested here.

  Following the AWS IAM User Guide: "Policy evaluation logic", "Policy
  evaluation for requests within a single account", "The difference between
  explicit and implicit denies", "IAM JSON policy elements: Effect",
  "IAM JSON policy elements: Action", "IAM user groups", "Disabling
  permissions for temporary security credentials", and "Troubleshoot access
  denied error messages" (for the @strict message text).

  Rule: (B3) A Deny in the same policy as an Allow wins over it

    @id:identity.deny-in-the-same-policy-wins @evidence:documented
    Scenario: A policy allows iam:List* but denies iam:ListUsers
      Source: IAM User Guide, "Policy evaluation logic" and "The difference between explicit and implicit
      denies" (a Deny statement trumps an Allow statement).
      Given a user "Jill" with access keys
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListButNotUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:List*", "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*"}
          ]
        }
        """
      When "Jill" calls "iam:ListRoles"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied

    @id:identity.deny-wins-whatever-the-statement-order @evidence:documented
    Scenario: The Deny statement comes first and the Allow second, with the same result
      Source: IAM User Guide, "Policy evaluation logic" (all applicable statements are evaluated; an
      explicit deny overrides any allow) and "The difference between explicit and implicit denies".
      Given a user "Jill" with access keys
      When "Jill" calls "iam:ListGroups"
      Then the call is denied
      Given the user "Jill" has an inline policy "DenyFirst":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*"},
            {"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListGroups"], "Resource": "*"}
          ]
        }
        """
      When "Jill" calls "iam:ListGroups"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied

  Rule: (B3) A Deny in another policy of the user wins over the Allow, however either names the action

    @id:identity.deny-in-another-policy-wins @evidence:documented
    Scenario Outline: The user's inline policy allows "<allow>", an attached managed policy denies "<deny>"
      Source: IAM User Guide, "Policy evaluation logic" and "IAM JSON policy elements: Action" (wildcards;
      case-insensitive action names).
      Given a user "Jill" with access keys
      And a managed policy "Forbid":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "<deny>", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "Permit":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "<allow>", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      Given the managed policy "Forbid" is attached to the user "Jill"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied

      Examples:
        | allow         | deny          |
        | iam:ListUsers | iam:ListUsers |
        | iam:List*     | iam:ListUsers |
        | iam:ListUser? | iam:ListUsers |
        | iam:ListUsers | iam:List*     |
        | iam:ListUsers | iam:*         |
        | iam:ListUsers | *             |
        | iam:ListUsers | IAM:listusers |

  Rule: (B3) A Deny in a group's policy wins over an Allow in the member's own policy, and the other way round

    Background:
      Given a user "Jill" with access keys
      And a group "Devs"

    @id:identity.group-deny-beats-user-allow @evidence:documented
    Scenario: Jill's own policy allows iam:ListUsers; joining a group that denies it takes it away
      Source: IAM User Guide, "Policy evaluation logic" and "IAM user groups".
      Given the group "Devs" has an inline policy "NoUserListing":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListGroups"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListUsersAndGroups":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListGroups"], "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      When "Jill" calls "iam:ListGroups"
      Then the call is allowed
      Given the user "Jill" is a member of the group "Devs"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListGroups"
      Then the call is allowed

    @id:identity.user-deny-beats-group-allow @evidence:documented
    Scenario: The group allows iam:ListUsers; a Deny in Jill's own managed policy takes it away from her
      Source: IAM User Guide, "Policy evaluation logic" and "IAM user groups".
      Given a managed policy "GroupListing":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:ListGroups"], "Resource": "*"}]
        }
        """
      And the managed policy "GroupListing" is attached to the group "Devs"
      And a managed policy "NoUserListing":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListGroups"
      Then the call is denied
      Given the user "Jill" is a member of the group "Devs"
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed
      Given the managed policy "NoUserListing" is attached to the user "Jill"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:ListGroups"
      Then the call is allowed

  Rule: (B3) A Deny in any of a role's policies wins over an Allow in another for its sessions

    @id:identity.role-deny-beats-role-allow-for-the-session @evidence:documented
    Scenario: The role's inline policy allows iam:List*, its managed policy denies iam:ListUsers
      Source: IAM User Guide, "Policy evaluation logic" and "Disabling permissions for temporary security
      credentials" (changes to a role's permission policies reach sessions issued before them).
      Given a user "Jill" with access keys
      And a role "Reader" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "${user:Jill}"}, "Action": "sts:AssumeRole"}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeReader":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Reader}"}]
        }
        """
      And a managed policy "NoUserListing":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Reader" with session name "sess"
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is denied
      When "Reader/sess" calls "iam:ListRoles"
      Then the call is denied
      Given the role "Reader" has an inline policy "ListAnything":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:List*", "Resource": "*"}]
        }
        """
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is allowed
      Given the managed policy "NoUserListing" is attached to the role "Reader"
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is denied
      When "Reader/sess" calls "iam:ListRoles"
      Then the call is allowed

  Rule: (B6) A refusal caused by a Deny statement says it comes from an explicit deny in an identity-based policy

    @id:identity.explicit-deny-message @strict @evidence:documented
    Scenario: The refusal names the user, the action and the explicit deny
      Source: IAM User Guide, "Troubleshoot access denied error messages" (explicit denial in an
      identity-based policy).
      Given a user "Jill" with access keys
      When "Jill" calls "iam:ListRoles"
      Then the call is denied
      Given the user "Jill" has an inline policy "ListButNotUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:List*", "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*"}
          ]
        }
        """
      When "Jill" calls "iam:ListRoles"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      And the error message contains "User: ${user:Jill} is not authorized to perform: iam:ListUsers"
      And the error message contains "with an explicit deny in an identity-based policy"
