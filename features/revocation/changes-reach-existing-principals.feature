@revocation
Feature: A change to a policy reaches principals and sessions that already exist

  AWS evaluates the policies that apply to a request each time a request is
  made: nothing about a principal's permissions is fixed when its access key
  or its session was issued. Detaching a policy, deleting an inline policy,
  adding a Deny, removing a user from a group or making another version of a
  managed policy the default therefore changes what an existing user, or an
  existing role session, may do from its next request on. Temporary
  credentials cannot be revoked one by one; what AWS offers instead is a Deny
  on the role, conditioned on aws:TokenIssueTime, that reaches every session
  issued before a point in time and none issued after it.

  In every example the principal is first seen allowed to list users, then
  the change is made with the admin's credentials, then the same call is
  denied. A target that enforces nothing fails the last step; a target that
  fixes permissions when a session is issued fails it too.

  Following the AWS IAM User Guide: "Disabling permissions for temporary
  security credentials" ("Permissions assigned to temporary security
  credentials are evaluated each time they are used to make an AWS request"),
  "Revoke IAM role temporary security credentials" (the AWSRevokeOlderSessions
  policy and aws:TokenIssueTime), "Versioning IAM policies" (the default
  version is the one in effect for every principal the policy is attached to),
  "Policy evaluation logic", and "Troubleshooting IAM" (changes take a moment
  to propagate; the examples assume they are visible when the next call is
  made, and the suite waits for them on targets that need it).

  Background:
    Given a managed policy "ListUsers":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
      }
      """
    And a user "Jill" with access keys
    And a role "Worker" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
      }
      """
    And the user "Jill" has an inline policy "MayAssumeWorker":
      """
      {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Worker}"}]
      }
      """

  Rule: A change to a role's policies reaches the sessions the role already has

    @id:revocation.detached-managed-policy-reaches-session @evidence:documented
    Scenario: A session of a role loses what a managed policy gave it once the policy is detached from the role
      Source: IAM User Guide, "Disabling permissions for temporary security credentials" (permissions of
      temporary credentials are evaluated each time they are used; once they are removed, requests fail).
      Given the managed policy "ListUsers" is attached to the role "Worker"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      Given "admin" has called "iam:DetachRolePolicy" with:
        | RoleName  | ${name:Worker}     |
        | PolicyArn | ${policy:ListUsers} |
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied

    @id:revocation.deleted-inline-policy-reaches-session @evidence:documented
    Scenario: A session of a role loses what an inline policy gave it once the policy is deleted from the role
      Source: IAM User Guide, "Disabling permissions for temporary security credentials" (permissions of
      temporary credentials are evaluated each time they are used; once they are removed, requests fail).
      Given the role "Worker" has an inline policy "ListUsersInline":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      Given "admin" has called "iam:DeleteRolePolicy" with:
        | RoleName   | ${name:Worker}  |
        | PolicyName | ListUsersInline |
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied

    @id:revocation.deny-added-reaches-session @evidence:documented
    Scenario: A Deny put on a role after a session was issued denies that session
      Source: IAM User Guide, "Disabling permissions for temporary security credentials" (permissions are
      evaluated each time the credentials are used) and "Policy evaluation logic" (an explicit deny in any
      applicable policy overrides every allow).
      Given the managed policy "ListUsers" is attached to the role "Worker"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      Given the role "Worker" has an inline policy "DenyListUsers":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Deny", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied

  Rule: A session whose role was deleted can no longer use what the role allowed

    @id:revocation.deleted-role-reaches-session @evidence:documented
    Scenario: A session of a role is refused ListUsers once its policy is deleted and the role itself is deleted
      Source: IAM API reference, "DeleteRole" (a role's inline policies must be deleted before the role can
      be); IAM User Guide, "Disabling permissions for temporary security credentials" (permissions of
      temporary credentials are evaluated each time they are used; once they are removed, requests fail).
      The pages name no error code for a session whose role is gone, so only the refusal is asserted. The
      role's policy has to go before the role can, so the refusal alone cannot show that deleting the role
      matters; what it shows is that a session whose role is gone is not let through.
      Given the role "Worker" has an inline policy "ListUsersInline":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      Given "admin" has called "iam:DeleteRolePolicy" with:
        | RoleName   | ${name:Worker}  |
        | PolicyName | ListUsersInline |
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Worker} |
      Then the call succeeds
      When "Worker/work" calls "iam:ListUsers"
      Then the call is refused

  Rule: Revoking a role's sessions denies every session issued before a point in time (aws:TokenIssueTime)

    @id:revocation.older-sessions-revoked @evidence:documented
    Scenario: A Deny of everything for sessions issued before a time that is still to come denies a session issued now
      Source: IAM User Guide, "Revoke IAM role temporary security credentials" (the inline policy
      AWSRevokeOlderSessions denies every action when aws:TokenIssueTime is before the point of revocation);
      "IAM JSON policy elements: Condition operators" (DateLessThan).
      Given the managed policy "ListUsers" is attached to the role "Worker"
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed
      Given the role "Worker" has an inline policy "AWSRevokeOlderSessions":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Deny",
            "Action": "*",
            "Resource": "*",
            "Condition": {"DateLessThan": {"aws:TokenIssueTime": "2100-01-01T00:00:00Z"}}
          }]
        }
        """
      When "Worker/work" calls "iam:ListUsers"
      Then the call is denied

    @id:revocation.newer-sessions-not-revoked @evidence:documented
    Scenario: The same Deny with a point of revocation in the past leaves a session issued now as it was
      Source: IAM User Guide, "Revoke IAM role temporary security credentials" ("If the user assumes the role
      after you revoked the permissions, then the deny policy does not apply to that user").
      Given the managed policy "ListUsers" is attached to the role "Worker"
      And the role "Worker" has an inline policy "AWSRevokeOlderSessions":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Deny",
            "Action": "*",
            "Resource": "*",
            "Condition": {"DateLessThan": {"aws:TokenIssueTime": "2000-01-01T00:00:00Z"}}
          }]
        }
        """
      And "Jill" has assumed the role "Worker" with session name "work"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Worker/work" calls "iam:ListUsers"
      Then the call is allowed

  Rule: A change to a user's policies or groups reaches the user's next request

    @id:revocation.detached-managed-policy-reaches-user @evidence:inferred
    Scenario: A user loses what a managed policy gave her once it is detached from her
      Source: IAM User Guide, "Policy evaluation logic" (the policies that apply are gathered for each
      request) and "Troubleshooting IAM" (changes to permissions take effect once they have propagated).
      Given a user "Ann" with access keys
      When "Ann" calls "iam:ListUsers"
      Then the call is denied
      Given the managed policy "ListUsers" is attached to the user "Ann"
      When "Ann" calls "iam:ListUsers"
      Then the call is allowed
      Given "admin" has called "iam:DetachUserPolicy" with:
        | UserName  | ${name:Ann}         |
        | PolicyArn | ${policy:ListUsers} |
      When "Ann" calls "iam:ListUsers"
      Then the call is denied

    @id:revocation.removed-from-group-reaches-user @evidence:inferred
    Scenario: A user loses what her group gave her once she is removed from the group
      Source: IAM User Guide, "IAM user groups" (a user in a group gets the group's permissions), "Policy
      evaluation logic" (the policies that apply are gathered for each request) and "Troubleshooting IAM".
      Given a user "Ann" with access keys
      And a group "Listers"
      And the managed policy "ListUsers" is attached to the group "Listers"
      When "Ann" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Ann" is a member of the group "Listers"
      When "Ann" calls "iam:ListUsers"
      Then the call is allowed
      Given "admin" has called "iam:RemoveUserFromGroup" with:
        | GroupName | ${name:Listers} |
        | UserName  | ${name:Ann}     |
      When "Ann" calls "iam:ListUsers"
      Then the call is denied

    @id:revocation.new-default-version-reaches-user @evidence:documented
    Scenario: A new default version of a managed policy that no longer allows listing users reaches the user it is attached to
      Source: IAM User Guide, "Versioning IAM policies" (the default version is the operative version, in
      effect for every principal the managed policy is attached to); IAM API Reference, "CreatePolicyVersion"
      (SetAsDefault).
      Given a user "Ann" with access keys
      When "Ann" calls "iam:ListUsers"
      Then the call is denied
      Given the managed policy "ListUsers" is attached to the user "Ann"
      When "Ann" calls "iam:ListUsers"
      Then the call is allowed
      Given "admin" has called "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:ListUsers} |
        | PolicyDocument | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]} |
        | SetAsDefault   | true                |
      When "Ann" calls "iam:ListUsers"
      Then the call is denied

    @id:revocation.default-version-set-back-reaches-user @evidence:documented
    Scenario: Setting the first version of a managed policy as the default again gives the user back what it allowed
      Source: IAM User Guide, "Versioning IAM policies" (setting another version as the default changes the
      permissions of every principal the policy is attached to); IAM API Reference, "SetDefaultPolicyVersion".
      Given a user "Ann" with access keys
      And the managed policy "ListUsers" is attached to the user "Ann"
      And "admin" has called "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:ListUsers} |
        | PolicyDocument | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]} |
        | SetAsDefault   | true                |
      When "Ann" calls "iam:ListUsers"
      Then the call is denied
      Given "admin" has called "iam:SetDefaultPolicyVersion" with:
        | PolicyArn | ${policy:ListUsers} |
        | VersionId | v1                  |
      When "Ann" calls "iam:ListUsers"
      Then the call is allowed
