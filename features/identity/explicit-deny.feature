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

  In the role examples, the role trusts every principal of this account
  (Principal "*" with a condition on aws:PrincipalAccount) and Jill's own
  policy allows sts:AssumeRole on the role, so her AssumeRole succeeds
  whichever of the two AWS requires; that is set-up, not what is tested here.

  Following the AWS IAM User Guide: "Policy evaluation logic", "Policy
  evaluation for requests within a single account", "The difference between
  explicit and implicit denies", "IAM JSON policy elements: Effect",
  "IAM JSON policy elements: Action", and "Troubleshoot access denied error
  messages" (for the @strict message text).

  Rule: (B3) A Deny in the same policy as an Allow wins over it

    @id:identity.deny-in-the-same-policy-wins
    Scenario: A policy allows iam:List* but denies iam:ListUsers
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

    @id:identity.deny-wins-whatever-the-statement-order
    Scenario: The Deny statement comes first and the Allow second, with the same result
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

    @id:identity.deny-in-another-policy-wins
    Scenario Outline: The user's inline policy allows "<allow>", an attached managed policy denies "<deny>"
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

    @id:identity.group-deny-beats-user-allow
    Scenario: Jill's own policy allows iam:ListUsers; joining a group that denies it takes it away
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

    @id:identity.user-deny-beats-group-allow
    Scenario: The group allows iam:ListUsers; a Deny in Jill's own managed policy takes it away from her
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

    @id:identity.role-deny-beats-role-allow-for-the-session
    Scenario: The role's inline policy allows iam:List*, its managed policy denies iam:ListUsers
      Given a user "Jill" with access keys
      And a role "Reader" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Principal": {"AWS": "*"},
            "Action": "sts:AssumeRole",
            "Condition": {"StringEquals": {"aws:PrincipalAccount": "${account}"}}
          }]
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
      When "Jill" assumes the role "Reader" with session name "s"
      Then the call is allowed
      When "Reader/s" calls "iam:ListUsers"
      Then the call is denied
      When "Reader/s" calls "iam:ListRoles"
      Then the call is denied
      Given the role "Reader" has an inline policy "ListAnything":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:List*", "Resource": "*"}]
        }
        """
      When "Reader/s" calls "iam:ListUsers"
      Then the call is allowed
      Given the managed policy "NoUserListing" is attached to the role "Reader"
      When "Reader/s" calls "iam:ListUsers"
      Then the call is denied
      When "Reader/s" calls "iam:ListRoles"
      Then the call is allowed

  Rule: (B6) A refusal caused by a Deny statement says it comes from an explicit deny in an identity-based policy

    @id:identity.explicit-deny-message @strict
    Scenario: The refusal names the user, the action and the explicit deny
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
