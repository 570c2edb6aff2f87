@trust
Feature: Roles that do not exist, and principals that were replaced

  Asking to assume a role that does not exist is refused with the same answer
  as asking to assume a role that does not trust the caller: AccessDenied. The
  caller cannot tell the two apart.

  When a trust policy is saved, IAM stores each user or role ARN in it as the
  unique id of that principal. If the user is deleted and a new user with the
  same name is created, the new user has a new unique id and the trust policy
  no longer applies to it; reading the trust policy then shows the old unique
  id (for a user, an id that starts with AIDA) where the ARN was. Saving the
  trust policy again with the ARN trusts the new user. The same holds for a
  role named in a trust policy (its unique id starts with AROA).

  Following the AWS IAM User Guide: "AWS JSON policy elements: Principal"
  (sections "IAM user principals" and "IAM role principals", the notes on
  unique principal ids), "IAM identifiers" (unique ids), "Troubleshooting IAM
  roles", and the STS API reference for AssumeRole (AccessDenied).

  Rule: Assuming a role that does not exist is refused with AccessDenied, HTTP 403 (C7)

    @id:trust.nonexistent-role-is-access-denied @evidence:recorded
    Scenario: Jill, allowed sts:AssumeRole on every role, is refused a role that does not exist
      Source: ansible-collections/amazon.aws tests/integration/targets/sts_assume_role/tasks/main.yml (run
      against AWS: assuming a role that does not exist is refused with "is not authorized to perform:
      sts:AssumeRole"); uswitch/kiam issue #33 (AccessDenied for a role that does not exist);
      Netflix/security_monkey issue #77 (the STS AccessDenied answer, HTTP 403 Forbidden).
      Given a user "Jill" with access keys
      And a role "Real" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeAnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | arn:aws:iam::${account}:role/${name:Ghost} |
        | RoleSessionName | jill                                       |
      Then the call is denied
      # The control: the same request for a role that exists and trusts Jill is allowed.
      When "Jill" assumes the role "Real" with session name "jill"
      Then the call is allowed

    @id:trust.nonexistent-role-message @strict @evidence:recorded
    Scenario: The refusal for a role that does not exist names the caller, the action and the role ARN
      Source: ansible-collections/amazon.aws tests/integration/targets/sts_assume_role/tasks/main.yml (role
      that does not exist); AWS answers quoted in amzn/selling-partner-api-models issues #891 and #1186
      ("User: <user ARN> is not authorized to perform: sts:AssumeRole on resource: <role ARN>", HTTP 403).
      Given a user "Jill" with access keys
      And a role "Real" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeAnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | arn:aws:iam::${account}:role/${name:Ghost} |
        | RoleSessionName | jill                                       |
      Then the call is denied
      And the error message contains "User: ${user:Jill} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${account}:role/${name:Ghost}"
      When "Jill" assumes the role "Real" with session name "jill"
      Then the call is allowed

    @id:trust.deleted-role-is-access-denied @evidence:recorded
    Scenario: Once the role is deleted, the same AssumeRole call that worked is refused
      Source: ansible-collections/amazon.aws tests/integration/targets/sts_assume_role/tasks/main.yml and
      uswitch/kiam issue #33 (a role that does not exist is refused with AccessDenied); STS API reference,
      "AssumeRole" (the control, a trust policy that names the user).
      Given a user "Jill" with access keys
      And a role "Temporary" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "Temporary" with session name "jill"
      Then the call is allowed
      When "admin" calls "iam:DeleteRole" with:
        | RoleName | ${name:Temporary} |
      Then the call succeeds
      When "Jill" assumes the role "Temporary" with session name "jill"
      Then the call is denied

  Rule: A trust policy names a user by its unique id, so a user deleted and created again under the same name is no longer trusted (C9)

    @id:trust.recreated-user-is-not-trusted @evidence:documented
    Scenario: Jill is deleted and created again; the old trust no longer applies until the trust policy is saved again
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("IAM user principals": the ARN is stored
      as the user's unique principal id; a recreated user is not trusted until the trust policy is edited
      again).
      Given a user "Jill" with access keys
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "Target" with session name "before"
      Then the call is allowed
      Given the user "Jill" is deleted and created again with new access keys
      When "Jill" assumes the role "Target" with session name "after"
      Then the call is denied
      Given the trust policy of the role "Target" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "Target" with session name "again"
      Then the call is allowed

    @id:trust.recreated-user-shows-as-unique-id @evidence:documented
    Scenario: After Jill is deleted and created again, the trust policy shows her old unique id instead of her ARN
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("IAM user principals": the principal id
      appears in the policy once the user is deleted); "IAM identifiers" (unique ids of users begin with
      AIDA).
      Given a user "Jill" with access keys
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Target} |
      Then the response field "AssumeRolePolicyDocument" matches ".*${user:Jill}.*"
      Given the user "Jill" is deleted and created again with new access keys
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Target} |
      Then the response field "AssumeRolePolicyDocument" matches ".*"AIDA[A-Z0-9]+".*"

  Rule: A role named in a trust policy and then deleted and created again is not trusted; the old unique id remains (C1)

    @id:trust.recreated-role-is-not-trusted @evidence:documented
    Scenario: Sessions of the role "Caller" may assume "Target" until "Caller" is deleted and created again
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("IAM role principals": the role's ARN
      is stored as its unique principal id; a role deleted and created again has a new id, and the trust
      policy no longer matches it).
      Given a user "Jill" with access keys
      And a role "Caller" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${role:Caller}"}}]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeAnyRole":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]
        }
        """
      And the role "Caller" has an inline policy "MayAssumeTarget":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Target}"}]
        }
        """
      And "Jill" has assumed the role "Caller" with session name "before"
      When "Caller/before" assumes the role "Target" with session name "before"
      Then the call is allowed
      Given the role "Caller" is deleted and created again
      And the role "Caller" has an inline policy "MayAssumeTarget":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Target}"}]
        }
        """
      And "Jill" has assumed the role "Caller" with session name "after"
      When "Caller/after" assumes the role "Target" with session name "after"
      Then the call is denied

    @id:trust.recreated-role-shows-as-unique-id @evidence:documented
    Scenario: After "Caller" is deleted and created again, the trust policy of "Target" shows its old unique id instead of its ARN
      Source: IAM User Guide, "AWS JSON policy elements: Principal" ("IAM role principals": the principal id
      appears in the policy once the role is deleted); "IAM identifiers" (unique ids of roles begin with
      AROA).
      Given a role "Caller" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::${account}:root"}}]
        }
        """
      And a role "Target" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${role:Caller}"}}]
        }
        """
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Target} |
      Then the response field "AssumeRolePolicyDocument" matches ".*${role:Caller}.*"
      Given the role "Caller" is deleted and created again
      When "admin" calls "iam:GetRole" with:
        | RoleName | ${name:Target} |
      Then the response field "AssumeRolePolicyDocument" matches ".*"AROA[A-Z0-9]+".*"
