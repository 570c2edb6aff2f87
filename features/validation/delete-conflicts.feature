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

    @id:validation.delete-role-with-attached-policy @evidence:recorded
    Scenario: DeleteRole is refused while a managed policy is attached, and succeeds once it is detached
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_delete_role_with_attached_policy: DeleteConflict, HTTP 409); IAM API reference, "DeleteRole".
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

    @id:validation.delete-role-with-attached-policy-message @strict @evidence:recorded
    Scenario: The refusal to delete a role with attached policies asks to detach them
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_delete_role_with_attached_policy: "Cannot delete entity, must detach all policies first.").
      Given the managed policy "Listing" is attached to the role "Busy"
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Busy} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      And the error message is "Cannot delete entity, must detach all policies first."

  Rule: (G6) A role cannot be deleted while it has inline policies

    @id:validation.delete-role-with-inline-policy @evidence:recorded
    Scenario: DeleteRole is refused while the role has an inline policy, and succeeds once it is deleted
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_delete_role_with_inline_policy: DeleteConflict, HTTP 409); IAM API reference, "DeleteRole".
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

    @id:validation.delete-role-with-inline-policy-message @strict @evidence:recorded
    Scenario: The refusal to delete a role with inline policies asks to delete them
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_delete_role_with_inline_policy: "Cannot delete entity, must delete policies first.").
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

    @id:validation.delete-role-in-instance-profile @evidence:recorded
    Scenario: DeleteRole is refused while the role is in an instance profile, and succeeds once it is removed
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_delete_role_with_instance_profile: DeleteConflict, HTTP 409); IAM API reference, "DeleteRole".
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

    @id:validation.delete-instance-profile-with-role @evidence:recorded
    Scenario: DeleteInstanceProfile is refused while it holds a role, and succeeds once the role is removed
      Source: localstack/localstack, tests/aws/services/iam/test_iam_instance_profiles.snapshot.json
      (test_delete_instance_profile_with_role_error: DeleteConflict, HTTP 409).
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

    @id:validation.delete-role-in-instance-profile-message @strict @evidence:recorded
    Scenario: The refusal to delete a role in an instance profile asks to remove it first
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_delete_role_with_instance_profile); 99designs/iamy pull request #68 (DeleteRole answer).
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

    @id:validation.delete-attached-policy @evidence:recorded
    Scenario: DeletePolicy is refused while the policy is attached to a role, and succeeds once it is detached
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_managed_policy_errors, delete-attached-policy-error: DeleteConflict, HTTP 409).
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

    @id:validation.delete-attached-policy-message @strict @evidence:recorded
    Scenario: The refusal to delete an attached policy says it is attached
      Source: localstack/localstack, tests/aws/services/iam/test_iam_roles.snapshot.json
      (test_role_managed_policy_errors: "Cannot delete a policy attached to entities.").
      Given the managed policy "Listing" is attached to the role "Busy"
      When "admin" calls "iam:DeletePolicy" with:
        | PolicyArn | ${policy:Listing} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      And the error message is "Cannot delete a policy attached to entities."

  Rule: (G6) The default version of a managed policy cannot be deleted

    @id:validation.delete-default-policy-version @evidence:recorded
    Scenario: Deleting the default version v1 is refused, deleting a non-default version succeeds
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_policy_version_errors, err-delete-default-version: DeleteConflict, HTTP 409).
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

    @id:validation.delete-default-policy-version-message @strict @evidence:recorded
    Scenario: The refusal to delete the default version says so
      Source: localstack/localstack, tests/aws/services/iam/test_iam_policies.snapshot.json
      (test_policy_version_errors: "Cannot delete the default version of a policy.").
      When "admin" calls "iam:DeletePolicyVersion" with:
        | PolicyArn | ${policy:Listing} |
        | VersionId | v1                |
      Then the call fails with "DeleteConflict" and HTTP status 409
      And the error message is "Cannot delete the default version of a policy."

  Rule: (G6) A user with attached policies and a group with members cannot be deleted

    @id:validation.delete-user-with-attached-policy @evidence:documented
    Scenario: DeleteUser is refused while a managed policy is attached to the user, and succeeds once it is detached
      Source: IAM API reference, "DeleteUser" (attached managed policies must be detached first;
      DeleteConflict, HTTP 409).
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

    @id:validation.delete-group-with-member @evidence:documented
    Scenario: DeleteGroup is refused while the group has a member
      Source: IAM API reference, "DeleteGroup" (the group must not contain any users; DeleteConflict, HTTP 409).
      Given a user "Jill"
      And a group "Devs"
      And the user "Jill" is a member of the group "Devs"
      When "admin" calls "iam:DeleteGroup" with:
        | GroupName | ${name:Devs} |
      Then the call fails with "DeleteConflict" and HTTP status 409

  Rule: (G6) A user cannot be deleted while she has access keys, inline policies or group memberships

    @id:validation.delete-user-with-access-key @evidence:documented
    Scenario: DeleteUser is refused while the user has an access key, and succeeds once the key is deleted
      Source: IAM API reference, "DeleteUser" (access keys must be deleted first; DeleteConflict, HTTP 409);
      IAM User Guide, "Remove or deactivate an IAM user" (deleting a user with the API).
      Given a user "Jill" with access keys
      When "admin" calls "iam:DeleteUser" with:
        | UserName | ${name:Jill} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      Given the access key of "Jill" is deleted
      When "admin" calls "iam:DeleteUser" with:
        | UserName | ${name:Jill} |
      Then the call succeeds

    @id:validation.delete-user-with-inline-policy @evidence:documented
    Scenario: DeleteUser is refused while the user has an inline policy, and succeeds once it is deleted
      Source: IAM API reference, "DeleteUser" (inline policies must be deleted first; DeleteConflict, HTTP 409).
      Given a user "Jill"
      And the user "Jill" has an inline policy "Listing":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:DeleteUser" with:
        | UserName | ${name:Jill} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DeleteUserPolicy" with:
        | UserName   | ${name:Jill} |
        | PolicyName | Listing      |
      Then the call succeeds
      When "admin" calls "iam:DeleteUser" with:
        | UserName | ${name:Jill} |
      Then the call succeeds

    @id:validation.delete-user-in-a-group @evidence:documented
    Scenario: DeleteUser is refused while the user is a member of a group, and succeeds once she is removed
      Source: IAM API reference, "DeleteUser" (group memberships must be removed first; DeleteConflict, HTTP
      409).
      Given a user "Jill"
      And a group "Devs"
      And the user "Jill" is a member of the group "Devs"
      When "admin" calls "iam:DeleteUser" with:
        | UserName | ${name:Jill} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:RemoveUserFromGroup" with:
        | UserName  | ${name:Jill} |
        | GroupName | ${name:Devs} |
      Then the call succeeds
      When "admin" calls "iam:DeleteUser" with:
        | UserName | ${name:Jill} |
      Then the call succeeds

  Rule: (G6) A group cannot be deleted while it has policies

    @id:validation.delete-group-with-attached-policy @evidence:documented
    Scenario: DeleteGroup is refused while a managed policy is attached to the group, and succeeds once it is detached
      Source: IAM API reference, "DeleteGroup" (the group must not have any attached policies; DeleteConflict,
      HTTP 409). The policy attached is the AWS managed policy ReadOnlyAccess: a target that deletes the
      group anyway may keep counting the attachment, and no policy of the run is then left undeletable.
      Given a group "Devs"
      When "admin" calls "iam:AttachGroupPolicy" with:
        | GroupName | ${name:Devs}                           |
        | PolicyArn | arn:aws:iam::aws:policy/ReadOnlyAccess |
      Then the call succeeds
      When "admin" calls "iam:DeleteGroup" with:
        | GroupName | ${name:Devs} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DetachGroupPolicy" with:
        | GroupName | ${name:Devs}                           |
        | PolicyArn | arn:aws:iam::aws:policy/ReadOnlyAccess |
      Then the call succeeds
      When "admin" calls "iam:DeleteGroup" with:
        | GroupName | ${name:Devs} |
      Then the call succeeds

    @id:validation.delete-group-with-inline-policy @evidence:documented
    Scenario: DeleteGroup is refused while the group has an inline policy, and succeeds once it is deleted
      Source: IAM API reference, "DeleteGroup" (DeleteConflict, HTTP 409); IAM User Guide, "Delete an IAM
      group" (with the API, delete the group's inline policies before the group).
      Given a group "Devs"
      And the group "Devs" has an inline policy "Listing":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "admin" calls "iam:DeleteGroup" with:
        | GroupName | ${name:Devs} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DeleteGroupPolicy" with:
        | GroupName  | ${name:Devs} |
        | PolicyName | Listing      |
      Then the call succeeds
      When "admin" calls "iam:DeleteGroup" with:
        | GroupName | ${name:Devs} |
      Then the call succeeds

  Rule: (G6) A managed policy cannot be deleted while it has versions other than the default

    @id:validation.delete-policy-with-other-versions @evidence:documented
    Scenario: DeletePolicy is refused while a non-default version exists, and succeeds once that version is deleted
      Source: IAM API reference, "DeletePolicy" (all versions other than the default must be deleted first;
      DeleteConflict, HTTP 409); IAM User Guide, "Delete IAM policies".
      When "admin" calls "iam:CreatePolicyVersion" with:
        | PolicyArn      | ${policy:Listing}                                                                     |
        | PolicyDocument | {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListRoles","Resource":"*"}]} |
      Then the call succeeds
      When "admin" calls "iam:DeletePolicy" with:
        | PolicyArn | ${policy:Listing} |
      Then the call fails with "DeleteConflict" and HTTP status 409
      When "admin" calls "iam:DeletePolicyVersion" with:
        | PolicyArn | ${policy:Listing} |
        | VersionId | v2                |
      Then the call succeeds
      When "admin" calls "iam:DeletePolicy" with:
        | PolicyArn | ${policy:Listing} |
      Then the call succeeds
