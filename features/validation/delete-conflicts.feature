@validation
Feature: Things still in use cannot be deleted

  IAM refuses to delete an entity that something still depends on, with
  DeleteConflict (HTTP 409), and the entity stays: a role that still has
  managed policies attached, inline policies, or a place in an instance
  profile; an instance profile that still holds a role; a managed policy that
  is still attached; the default version of a managed policy; a user that
  still has attached policies; a group that still has members. Once the
  dependency is removed, the same delete succeeds, which each example shows.

  Following the IAM API Reference: "DeleteRole" ("Before attempting to
  delete a role, remove the following attached items": inline policies,
  attached managed policies, instance profile), "DeleteInstanceProfile",
  "DeletePolicy" ("Before you can delete a managed policy, you must first
  detach the policy from all users, groups, and roles that it is attached
  to"), "DeletePolicyVersion" ("You cannot delete the default version from a
  policy"), "DeleteUser", "DeleteGroup" (each lists DeleteConflict, HTTP 409).
  Exact wording only under @strict, as recorded against AWS (checklist G6).

  Background:
    Given a role "Busy" whose trust policy is:
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

  Rule: (G6) A role cannot be deleted while managed policies are attached to it

    @id:validation.delete-role-with-attached-policy
    Scenario: DeleteRole is refused while a managed policy is attached, and succeeds once it is detached
      Given the managed policy "Listing" is attached to the role "Busy"
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DetachRolePolicy" with:
        | RoleName  | ${name:Busy}      |
        | PolicyArn | ${policy:Listing} |
      Then the call succeeds
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call succeeds

    @id:validation.delete-role-with-attached-policy-message @strict
    Scenario: The refusal to delete a role with attached policies asks to detach them
      Given the managed policy "Listing" is attached to the role "Busy"
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      And the error message is "Cannot delete entity, must detach all policies first."

  Rule: (G6) A role cannot be deleted while it has inline policies

    @id:validation.delete-role-with-inline-policy
    Scenario: DeleteRole is refused while the role has an inline policy, and succeeds once it is deleted
      Given the role "Busy" has an inline policy "Own":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DeleteRolePolicy" with:
        | RoleName   | ${name:Busy} |
        | PolicyName | Own          |
      Then the call succeeds
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call succeeds

    @id:validation.delete-role-with-inline-policy-message @strict
    Scenario: The refusal to delete a role with inline policies asks to delete them
      Given the role "Busy" has an inline policy "Own":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      And the error message is "Cannot delete entity, must delete policies first."

  Rule: (G6) A role and its instance profile cannot be deleted while the role is in the profile

    @id:validation.delete-role-in-instance-profile
    Scenario: DeleteRole is refused while the role is in an instance profile, and succeeds once it is removed
      When "admin" calls "iam:CreateInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
      Then the call succeeds
      When "admin" calls "iam:AddRoleToInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
        | RoleName            | ${name:Busy}    |
      Then the call succeeds
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:RemoveRoleFromInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
        | RoleName            | ${name:Busy}    |
      Then the call succeeds
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call succeeds

    @id:validation.delete-instance-profile-with-role
    Scenario: DeleteInstanceProfile is refused while it holds a role, and succeeds once the role is removed
      When "admin" calls "iam:CreateInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
      Then the call succeeds
      When "admin" calls "iam:AddRoleToInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
        | RoleName            | ${name:Busy}    |
      Then the call succeeds
      When "admin" calls "iam:DeleteInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:RemoveRoleFromInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
        | RoleName            | ${name:Busy}    |
      Then the call succeeds
      When "admin" calls "iam:DeleteInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
      Then the call succeeds

    @id:validation.delete-role-in-instance-profile-message @strict
    Scenario: The refusal to delete a role in an instance profile asks to remove it first
      When "admin" calls "iam:CreateInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
      And "admin" calls "iam:AddRoleToInstanceProfile" with:
        | InstanceProfileName | ${name:Profile} |
        | RoleName            | ${name:Busy}    |
      Then the call succeeds
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      And the error message is "Cannot delete entity, must remove roles from instance profile first."

  Rule: (G6) A managed policy cannot be deleted while it is attached

    @id:validation.delete-attached-policy
    Scenario: DeletePolicy is refused while the policy is attached to a role, and succeeds once it is detached
      Given the managed policy "Listing" is attached to the role "Busy"
      When "admin" calls "iam:DeletePolicy" with:
        | PolicyArn | ${policy:Listing} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DetachRolePolicy" with:
        | RoleName  | ${name:Busy}      |
        | PolicyArn | ${policy:Listing} |
      Then the call succeeds
      When "admin" calls "iam:DeletePolicy" with:
        | PolicyArn | ${policy:Listing} |
      Then the call succeeds

    @id:validation.delete-attached-policy-message @strict
    Scenario: The refusal to delete an attached policy says it is attached
      Given the managed policy "Listing" is attached to the role "Busy"
      When "admin" calls "iam:DeletePolicy" with:
        | PolicyArn | ${policy:Listing} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      And the error message is "Cannot delete a policy attached to entities."

  Rule: (G6) The default version of a managed policy cannot be deleted

    @id:validation.delete-default-policy-version
    Scenario: Deleting the default version v1 is refused, deleting a non-default version succeeds
      Given a policy document "GetUser":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Listing} |
        | PolicyDocument | ${doc:GetUser}    |
      Then the call succeeds
      When "admin" calls "iam:DeletePolicyVersion" with:
        | PolicyArn | ${policy:Listing} |
        | VersionId | v1                |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DeletePolicyVersion" with:
        | PolicyArn | ${policy:Listing} |
        | VersionId | v2                |
      Then the call succeeds

    @id:validation.delete-default-policy-version-message @strict
    Scenario: The refusal to delete the default version says so
      When "admin" calls "iam:DeletePolicyVersion" with:
        | PolicyArn | ${policy:Listing} |
        | VersionId | v1                |
      Then the call fails with "DeleteConflict" and HTTP status 409
      And the error message is "Cannot delete the default version of a policy."

  Rule: (G6) A user with attached policies and a group with members cannot be deleted

    @id:validation.delete-user-with-attached-policy
    Scenario: DeleteUser is refused while a managed policy is attached to the user, and succeeds once it is detached
      Given a user "Jill"
      And the managed policy "Listing" is attached to the user "Jill"
      When "admin" calls "iam:DeleteUser" with:
        | UserName | ${name:Jill} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DetachUserPolicy" with:
        | UserName  | ${name:Jill}      |
        | PolicyArn | ${policy:Listing} |
      Then the call succeeds
      When "admin" calls "iam:DeleteUser" with:
        | UserName | ${name:Jill} |
      Then the call succeeds

    @id:validation.delete-group-with-member
    Scenario: DeleteGroup is refused while the group has a member
      Given a user "Jill"
      And a group "Devs"
      And the user "Jill" is a member of the group "Devs"
      When "admin" calls "iam:DeleteGroup" with:
        | GroupName | ${name:Devs} |
      Then the call fails with "DeleteConflict" and HTTP status 409
