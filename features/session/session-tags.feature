@session
Feature: Session tags passed to AssumeRole

  A caller may attach tags (key=value pairs) to the session she asks for. Inside
  that session the tags become principal tags: policies can test them with the
  condition key aws:PrincipalTag/<key>, and a session tag replaces a tag of the
  role with the same key. Passing tags is a separate permission,
  sts:TagSession, which both the role's trust policy and (when the trust
  policy names only the account) the caller's identity policy must allow;
  without it the whole AssumeRole call fails.

  Tag keys are case-insensitive: "team" and "Team" are the same key, so a
  request cannot carry both. A request carries at most 50 session tags, keys of
  at most 128 characters and values of at most 256. Keys marked transitive (for
  role chaining) must be keys of tags in the same request.

  In these examples the roles trust the whole account (the caller's identity
  policy must allow the actions too), and Jill's identity policy allows
  sts:AssumeRole and sts:TagSession on every role.

  Following the AWS IAM User Guide: "Passing session tags in AWS STS" (things to
  know, permissions required, chaining roles with session tags), "Tagging IAM
  resources" (rules for tagging), "IAM and AWS STS quotas" (tag key and value
  length); the AWS STS API reference: "AssumeRole" (Tags: at most 50 items;
  TransitiveTagKeys), "Tag" (key 1 to 128, value 0 to 256 characters) and
  "Common Errors" (ValidationError).

  Background:
    Given a user "Jill" with access keys
    And a role "Plain" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": "sts:AssumeRole",
          "Principal": {"AWS": "arn:aws:iam::${account}:root"}
        }]
      }
      """
    And a role "Tagged" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": ["sts:AssumeRole", "sts:TagSession"],
          "Principal": {"AWS": "arn:aws:iam::${account}:root"}
        }]
      }
      """

  Rule: Passing session tags needs sts:TagSession in the role's trust policy (D4, C6)

    @id:session.tags-need-tag-session-in-trust
    Scenario: Jill may assume the role "Plain", but not with tags, because its trust policy does not allow sts:TagSession
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Plain" with session name "tagged" and:
        | Tags | team=red |
      Then the call is denied
      When "Jill" assumes the role "Plain" with session name "untagged"
      Then the call is allowed

    @id:session.tags-allowed-when-trust-allows-tag-session
    Scenario: The same tags that the role "Plain" refuses are accepted by the role "Tagged", whose trust policy allows sts:TagSession
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Plain" with session name "tagged" and:
        | Tags | team=red |
      Then the call is denied
      When "Jill" assumes the role "Tagged" with session name "tagged" and:
        | Tags | team=red |
      Then the call is allowed

  Rule: When the trust policy names only the account, the caller's identity policy must allow sts:TagSession too (D4, C2)

    @id:session.tags-need-tag-session-in-identity-policy
    Scenario: Jill, whose own policy allows sts:AssumeRole but not sts:TagSession, cannot pass tags even to the role "Tagged"
      Given the user "Jill" has an inline policy "MayAssumeOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Tagged}"}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "tagged" and:
        | Tags | team=red |
      Then the call is denied
      When "Jill" assumes the role "Tagged" with session name "untagged"
      Then the call is allowed

  Rule: Session tags are principal tags of the session, which policies test with aws:PrincipalTag (D4)

    @id:session.principal-tag-comes-from-session-tag
    Scenario: The role lets only sessions tagged team=red list roles; Jill's blue session is refused, her red one is allowed
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      And the role "Tagged" has an inline policy "RedMayListRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "iam:ListRoles",
            "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "red"}}
          }]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "blue" and:
        | Tags | team=blue |
      Then the call is allowed
      When "Tagged/blue" calls "iam:ListRoles"
      Then the call is denied
      When "Jill" assumes the role "Tagged" with session name "red" and:
        | Tags | team=red |
      Then the call is allowed
      When "Tagged/red" calls "iam:ListRoles"
      Then the call is allowed

    @id:session.session-tag-overrides-role-tag
    Scenario: The role is tagged team=blue; a session tagged team=red counts as red
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      And the role "Tagged" has the tag "team" with value "blue"
      And the role "Tagged" has an inline policy "RedMayListRoles":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "iam:ListRoles",
            "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "red"}}
          }]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "untagged"
      Then the call is allowed
      When "Tagged/untagged" calls "iam:ListRoles"
      Then the call is denied
      When "Jill" assumes the role "Tagged" with session name "red" and:
        | Tags | team=red |
      Then the call is allowed
      When "Tagged/red" calls "iam:ListRoles"
      Then the call is allowed

  Rule: Session tag keys are case-insensitive, so one request cannot carry two keys that differ only in case (D4)

    # The User Guide says tag keys are case-insensitive and that "Department"
    # and "department" cannot both be set; it does not name the error code.
    # InvalidParameterValue (HTTP 400, "Duplicate tag keys found. Please note
    # that Tag keys are case insensitive.") is what the rule checklist
    # (docs/aws-rules-checklist.md) records from real AWS.
    @id:session.tag-keys-differing-only-in-case-are-refused @validation
    Scenario: Tags team=red and Team=blue in one request are refused; team=red and env=test are accepted
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "twice" and:
        | Tags | team=red, Team=blue |
      Then the call fails with "InvalidParameterValue" and HTTP status 400
      When "Jill" assumes the role "Tagged" with session name "twotags" and:
        | Tags | team=red, env=test |
      Then the call is allowed

  Rule: A request carries at most 50 session tags (D4)

    # The STS reference limits Tags to 50 items; a request that breaks a
    # documented constraint fails with ValidationError (Common Errors). The
    # User Guide only says such a request "can fail".
    @id:session.more-than-50-tags-are-refused @validation
    Scenario: 51 session tags are refused; 50 are accepted
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "fiftyone" and:
        | Tags | t01=1, t02=1, t03=1, t04=1, t05=1, t06=1, t07=1, t08=1, t09=1, t10=1, t11=1, t12=1, t13=1, t14=1, t15=1, t16=1, t17=1, t18=1, t19=1, t20=1, t21=1, t22=1, t23=1, t24=1, t25=1, t26=1, t27=1, t28=1, t29=1, t30=1, t31=1, t32=1, t33=1, t34=1, t35=1, t36=1, t37=1, t38=1, t39=1, t40=1, t41=1, t42=1, t43=1, t44=1, t45=1, t46=1, t47=1, t48=1, t49=1, t50=1, t51=1 |
      Then the call fails with "ValidationError" and HTTP status 400
      When "Jill" assumes the role "Tagged" with session name "fifty" and:
        | Tags | t01=1, t02=1, t03=1, t04=1, t05=1, t06=1, t07=1, t08=1, t09=1, t10=1, t11=1, t12=1, t13=1, t14=1, t15=1, t16=1, t17=1, t18=1, t19=1, t20=1, t21=1, t22=1, t23=1, t24=1, t25=1, t26=1, t27=1, t28=1, t29=1, t30=1, t31=1, t32=1, t33=1, t34=1, t35=1, t36=1, t37=1, t38=1, t39=1, t40=1, t41=1, t42=1, t43=1, t44=1, t45=1, t46=1, t47=1, t48=1, t49=1, t50=1 |
      Then the call is allowed

  Rule: A session tag key has at most 128 characters and its value at most 256 (D4)

    @id:session.tag-key-or-value-too-long-is-refused @validation
    Scenario Outline: A session tag with <what> is refused; one with <within> is accepted
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "toolong" and:
        | Tags | <refused> |
      Then the call fails with "ValidationError" and HTTP status 400
      When "Jill" assumes the role "Tagged" with session name "fits" and:
        | Tags | <accepted> |
      Then the call is allowed

      Examples:
        | what                      | within                    | refused | accepted |
        | a key of 129 characters   | a key of 128 characters   | kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk=1 | kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk=1 |
        | a value of 257 characters | a value of 256 characters | k=vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv | k=vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv |

  Rule: A key marked transitive must be the key of a tag passed in the same request (D4)

    # The STS reference describes TransitiveTagKeys as keys of the session tags
    # being passed; neither it nor the User Guide names the error code for a
    # key that is not among them. InvalidParameterValue (HTTP 400, "The
    # specified transitive tag key must be included in the requested tags.")
    # is the code the rule checklist (docs/aws-rules-checklist.md) records for session-tag
    # parameter errors.
    @id:session.transitive-key-must-be-among-the-tags @validation
    Scenario: Marking "env" transitive while passing only the tag team=red is refused; marking "team" is accepted
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "stray" and:
        | Tags              | team=red |
        | TransitiveTagKeys | env      |
      Then the call fails with "InvalidParameterValue" and HTTP status 400
      When "Jill" assumes the role "Tagged" with session name "carried" and:
        | Tags              | team=red |
        | TransitiveTagKeys | team     |
      Then the call is allowed
