@trust
Feature: Conditions in a role's trust policy

  A trust policy statement can carry a Condition, and then it allows only the
  AssumeRole requests that satisfy it. The examples here use the condition
  keys that a trust policy commonly checks:

  - sts:ExternalId, the identifier a caller passes in the ExternalId
    parameter; it is how a role owner protects a role given to a third party
    (the "confused deputy" problem). The key is present only when the caller
    passes the parameter.
  - aws:PrincipalTag/<key>, the tags attached to the calling IAM user.
  - sts:RoleSessionName, the session name the caller asks for.
  - aws:MultiFactorAuthPresent, which is absent from requests signed with a
    user's long-term access keys. A Bool condition on an absent key does not
    match, while a BoolIfExists condition on an absent key does.
  - Passing session tags is a separate permission, sts:TagSession, that the
    trust policy must allow as well.

  Following the AWS IAM User Guide: "How to use an external ID when granting
  access to your AWS resources to a third party", "IAM and AWS STS condition
  context keys" (sts:ExternalId, sts:RoleSessionName), "AWS global condition
  context keys" (aws:PrincipalTag, aws:MultiFactorAuthPresent), "IAM JSON policy
  elements: Condition operators" (string operators, Bool, ...IfExists),
  "Passing session tags in AWS STS" (sts:TagSession), and the STS API reference
  for AssumeRole.

  Rule: A trust policy that requires an external id lets the caller in only with exactly that ExternalId (C6)

    @id:trust.external-id-required @evidence:documented
    Scenario: Jill is refused without the external id and let in with it
      Source: IAM User Guide, "IAM and AWS STS condition context keys" (sts:ExternalId: present only when the
      caller passes an external id); "How to use an external ID when granting access to your AWS resources to
      a third party"; STS API reference, "AssumeRole" (ExternalId).
      Given a user "Jill" with access keys
      And a role "ForPartner" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${user:Jill}"},
            "Condition": {"StringEquals": {"sts:ExternalId": "Example-Corp-7f3a"}}
          }]
        }
        """
      When "Jill" assumes the role "ForPartner" with session name "jill"
      Then the call is denied
      When "Jill" assumes the role "ForPartner" with session name "jill" and:
        | ExternalId | Example-Corp-7f3a |
      Then the call is allowed
      When "ForPartner/jill" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:ForPartner/jill}"

    @id:trust.external-id-wrong @evidence:documented
    Scenario Outline: Jill is refused with <which>
      Source: IAM User Guide, "IAM and AWS STS condition context keys" (sts:ExternalId); "IAM JSON policy
      elements: Condition operators" (StringEquals: exact matching, case sensitive).
      Given a user "Jill" with access keys
      And a role "ForPartner" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${user:Jill}"},
            "Condition": {"StringEquals": {"sts:ExternalId": "Example-Corp-7f3a"}}
          }]
        }
        """
      When "Jill" assumes the role "ForPartner" with session name "right" and:
        | ExternalId | Example-Corp-7f3a |
      Then the call is allowed
      When "Jill" assumes the role "ForPartner" with session name "wrong" and:
        | ExternalId | <external id> |
      Then the call is denied

      Examples:
        | which                                              | external id       |
        | another partner's external id                      | Example-Corp-0000 |
        | the right external id in other letter case         | example-corp-7F3A |

  Rule: A trust condition on aws:PrincipalTag compares the tags of the calling user (C6)

    @id:trust.principal-tag-lets-tagged-user-in @evidence:documented
    Scenario: Jill gets in once she carries the tag the trust policy asks for
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalTag/tag-key: the tags attached
      to the principal making the request); "IAM JSON policy elements: Condition operators" (StringEquals).
      Given a user "Jill" with access keys
      And a role "RedTeam" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${user:Jill}"},
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "red"}}
          }]
        }
        """
      When "Jill" assumes the role "RedTeam" with session name "jill"
      Then the call is denied
      Given the user "Jill" has the tag "team" with value "red"
      When "Jill" assumes the role "RedTeam" with session name "jill"
      Then the call is allowed

    @id:trust.principal-tag-wrong-value-refused @evidence:documented
    Scenario: Of two users named by the trust policy, only the one tagged team=red gets in
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalTag/tag-key); "IAM JSON policy
      elements: Condition operators" (StringEquals).
      Given a user "Jill" with access keys
      And a user "Jack" with access keys
      And the user "Jill" has the tag "team" with value "red"
      And the user "Jack" has the tag "team" with value "blue"
      And a role "RedTeam" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": ["${user:Jill}", "${user:Jack}"]},
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "red"}}
          }]
        }
        """
      When "Jill" assumes the role "RedTeam" with session name "jill"
      Then the call is allowed
      When "Jack" assumes the role "RedTeam" with session name "jack"
      Then the call is denied

  Rule: A trust condition on sts:RoleSessionName limits the session names a caller may ask for (C6)

    @id:trust.role-session-name-pattern @evidence:documented
    Scenario: The trust policy accepts only session names that start with "jill-"
      Source: IAM User Guide, "IAM and AWS STS condition context keys" (sts:RoleSessionName); "IAM JSON policy
      elements: Condition operators" (StringLike).
      Given a user "Jill" with access keys
      And a role "Named" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${user:Jill}"},
            "Condition": {"StringLike": {"sts:RoleSessionName": "jill-*"}}
          }]
        }
        """
      When "Jill" assumes the role "Named" with session name "laptop"
      Then the call is denied
      When "Jill" assumes the role "Named" with session name "jill-laptop"
      Then the call is allowed
      When "Named/jill-laptop" calls "sts:GetCallerIdentity"
      Then the response field "Arn" is "${session:Named/jill-laptop}"

    @id:trust.role-session-name-must-be-the-user-name @evidence:documented
    Scenario: The documented example: users of the account must use their own user name as the session name
      Source: IAM User Guide, "IAM and AWS STS condition context keys" (sts:RoleSessionName, the example trust
      policy "RoleTrustPolicyRequireUsernameForSessionName"); STS API reference, "AssumeRole".
      Given a user "Jill" with access keys
      And a role "Named" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Sid": "RoleTrustPolicyRequireUsernameForSessionName",
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::${account}:root"},
            "Condition": {"StringLike": {"sts:RoleSessionName": "${aws:username}"}}
          }]
        }
        """
      And the user "Jill" has an inline policy "MayAssume":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Named}"}]
        }
        """
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Named} |
        | RoleSessionName | someone-else  |
      Then the call is denied
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Named} |
        | RoleSessionName | ${name:Jill}  |
      Then the call is allowed

  Rule: aws:MultiFactorAuthPresent is absent from requests signed with long-term access keys, so Bool conditions on it do not match and BoolIfExists conditions do (C6)

    @id:trust.mfa-required-refuses-access-keys @evidence:documented
    Scenario: A trust policy that requires MFA refuses Jill's access keys
      Source: IAM User Guide, "AWS global condition context keys" (aws:MultiFactorAuthPresent: absent for
      long-term access keys; Allow with Bool true "does not allow access to requests that were made using
      long-term access keys").
      Given a user "Jill" with access keys
      And a role "NeedsMfa" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "${user:Jill}"},
            "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}
          }]
        }
        """
      When "Jill" assumes the role "NeedsMfa" with session name "jill"
      Then the call is denied
      # The control: without the MFA condition, the same call is allowed.
      Given the trust policy of the role "NeedsMfa" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "NeedsMfa" with session name "jill"
      Then the call is allowed

    @id:trust.mfa-deny-if-exists-refuses-access-keys @evidence:documented
    Scenario: The recommended Deny with BoolIfExists refuses Jill's access keys
      Source: IAM User Guide, "AWS global condition context keys" (aws:MultiFactorAuthPresent, the recommended
      combination of Deny, BoolIfExists and false, which also denies requests made with long-term
      credentials).
      Given a user "Jill" with access keys
      And a role "NeedsMfa" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "NeedsMfa" with session name "before"
      Then the call is allowed
      Given the trust policy of the role "NeedsMfa" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}},
            {
              "Effect": "Deny",
              "Action": "sts:AssumeRole",
              "Principal": {"AWS": "${user:Jill}"},
              "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}
            }
          ]
        }
        """
      When "Jill" assumes the role "NeedsMfa" with session name "after"
      Then the call is denied

    @id:trust.mfa-deny-bool-ignores-access-keys @evidence:documented
    Scenario: The documented pitfall: a Deny with Bool aws:MultiFactorAuthPresent false does not stop access keys
      Source: IAM User Guide, "AWS global condition context keys" (aws:MultiFactorAuthPresent: Deny with Bool
      false "does not deny access to requests that are made using long-term credentials").
      Given a user "Jill" with access keys
      And a user "Other"
      And a role "NeedsMfa" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Other}"}},
            {
              "Effect": "Deny",
              "Action": "sts:AssumeRole",
              "Principal": {"AWS": "${user:Jill}"},
              "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}
            }
          ]
        }
        """
      When "Jill" assumes the role "NeedsMfa" with session name "before"
      Then the call is denied
      Given the trust policy of the role "NeedsMfa" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}},
            {
              "Effect": "Deny",
              "Action": "sts:AssumeRole",
              "Principal": {"AWS": "${user:Jill}"},
              "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}
            }
          ]
        }
        """
      When "Jill" assumes the role "NeedsMfa" with session name "after"
      Then the call is allowed

  Rule: Passing session tags needs sts:TagSession in the trust policy besides sts:AssumeRole (C6)

    @id:trust.session-tags-need-tag-session @evidence:documented
    Scenario: Jill may pass session tags only once the trust policy also allows sts:TagSession
      Source: IAM User Guide, "Passing session tags in AWS STS" (permissions required to add session tags:
      sts:TagSession); STS API reference, "AssumeRole" (Tags).
      Given a user "Jill" with access keys
      And a role "Tagged" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "plain"
      Then the call is allowed
      When "Jill" assumes the role "Tagged" with session name "tagged" and:
        | Tags | project=blue |
      Then the call is denied
      Given the trust policy of the role "Tagged" is changed to:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Principal": {"AWS": "${user:Jill}"}}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "tagged" and:
        | Tags | project=blue |
      Then the call is allowed
