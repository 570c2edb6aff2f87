@identity
Feature: Conditions: a statement applies only when its Condition holds

  A statement may carry a Condition: operators (StringEquals, StringLike,
  ArnLike, DateGreaterThan, Bool, Null, …) that compare keys of the request
  context (the caller's user name, ARN and tags, the time of the request,
  whether MFA was used, …) with values in the policy. An Allow whose condition
  does not hold simply does not apply, so the call stays implicitly denied; a
  Deny whose condition does not hold does not apply either, so other Allows
  still work. Several keys in one condition must all hold; several values for
  one key are alternatives.

  A key that is absent from the request makes an ordinary condition false,
  except for negated operators such as StringNotEquals or ArnNotLike, which are
  then true. The "…IfExists" operators are true when the key is absent, and the
  Null operator tests for absence itself ("true": the key is absent). Requests
  signed with an IAM user's long-term access keys carry no
  aws:MultiFactorAuthPresent key at all, which is the well-known pitfall of
  "Bool" conditions on it. A user's tags are its aws:PrincipalTag/<key> keys; a
  role session's are its role's tags. For a role session, aws:PrincipalArn is
  the ARN of the role, not of the session.

  Each example shows the call refused before the condition can hold (or
  before any policy), and most keep a second, unconditional Allow
  (iam:GetAccountSummary) as the control that the policy is in effect.

  In the role examples, the role's trust policy names Jill's ARN and Jill's
  own policy allows sts:AssumeRole on the role, so her AssumeRole succeeds
  under every reading of the documentation. Assuming the role is a
  precondition (a Given step), not what is tested here.

  Following the AWS IAM User Guide: "IAM JSON policy elements: Condition",
  "IAM JSON policy elements: Condition operators", "Creating a condition with
  multiple keys or values", "AWS global condition context keys",
  "Controlling access to and for IAM users and roles using tags", "Policy
  evaluation logic", and "Troubleshoot access denied error messages" (for
  the message text of the strict example); and the AWS re:Post article "How
  can I require MFA authentication for IAM users that use the AWS CLI?".

  Rule: (B5) String operators compare a key such as aws:PrincipalTag/team with the policy's values, case-sensitively unless the operator says IgnoreCase

    @id:identity.condition-on-a-principal-tag @evidence:documented
    Scenario Outline: Tagged <tagkey>=<tagvalue>, Jill's Allow with <operator> on aws:PrincipalTag/team <expected> leaves iam:ListUsers <outcome>
      Source: IAM User Guide, "IAM JSON policy elements: Condition operators" (string operators; case),
      "Conditions with multiple context keys or values" (several values: logical OR) and "AWS global
      condition context keys" (aws:PrincipalTag for an IAM user with tags).
      Given a user "Jill" with access keys
      And the user "Jill" has the tag "<tagkey>" with value "<tagvalue>"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "Conditional":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:GetAccountSummary", "Resource": "*"},
            {
              "Effect": "Allow",
              "Action": "iam:ListUsers",
              "Resource": "*",
              "Condition": {"<operator>": {"aws:PrincipalTag/team": <expected>}}
            }
          ]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | tagkey | tagvalue | operator               | expected        | outcome |
        | team   | red      | StringEquals           | "red"           | allowed |
        | team   | red      | StringEquals           | "blue"          | denied  |
        | team   | Red      | StringEquals           | "red"           | denied  |
        | team   | Red      | StringEqualsIgnoreCase | "red"           | allowed |
        | team   | red      | StringEquals           | ["blue", "red"] | allowed |
        | team   | red      | StringNotEquals        | "blue"          | allowed |
        | team   | red      | StringNotEquals        | "red"           | denied  |
        | team   | red      | StringLike             | "r*"            | allowed |
        | team   | red      | StringLike             | "r?d"           | allowed |
        | team   | red      | StringLike             | "b*"            | denied  |

  Rule: (B5) When the key is absent, an ordinary condition is false, a negated one is true, an …IfExists one is true, and Null "true" holds

    @id:identity.condition-on-an-absent-principal-tag @evidence:documented
    Scenario Outline: Tagged <tagkey>=<tagvalue>, Jill's Allow with <operator> on aws:PrincipalTag/team <expected> leaves iam:ListUsers <outcome>
      Source: IAM User Guide, "IAM JSON policy elements: Condition operators" (a key absent from the request
      context: ordinary operators false, negated ones true; ...IfExists; Null) and "AWS global condition
      context keys" (aws:PrincipalTag).
      Given a user "Jill" with access keys
      And the user "Jill" has the tag "<tagkey>" with value "<tagvalue>"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "Conditional":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:GetAccountSummary", "Resource": "*"},
            {
              "Effect": "Allow",
              "Action": "iam:ListUsers",
              "Resource": "*",
              "Condition": {"<operator>": {"aws:PrincipalTag/team": <expected>}}
            }
          ]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | tagkey  | tagvalue | operator             | expected | outcome |
        | project | red      | StringEquals         | "red"    | denied  |
        | project | red      | StringLike           | "*"      | denied  |
        | project | red      | StringNotEquals      | "blue"   | allowed |
        | project | red      | StringEqualsIfExists | "red"    | allowed |
        | team    | red      | StringEqualsIfExists | "red"    | allowed |
        | team    | blue     | StringEqualsIfExists | "red"    | denied  |
        | project | red      | Null                 | "true"   | allowed |
        | team    | red      | Null                 | "true"   | denied  |
        | team    | red      | Null                 | "false"  | allowed |
        | project | red      | Null                 | "false"  | denied  |

  Rule: (B5) aws:username is the calling IAM user's name

    @id:identity.condition-on-the-user-name @evidence:documented
    Scenario Outline: Jill's Allow with <operator> on aws:username <expected> leaves iam:ListUsers <outcome>
      Source: IAM User Guide, "AWS global condition context keys" (aws:username: always present for IAM
      users) and "IAM JSON policy elements: Condition operators" (string operators).
      Given a user "Jill" with access keys
      And a user "Jack"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "Conditional":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:GetAccountSummary", "Resource": "*"},
            {
              "Effect": "Allow",
              "Action": "iam:ListUsers",
              "Resource": "*",
              "Condition": {"<operator>": {"aws:username": <expected>}}
            }
          ]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | operator        | expected        | outcome |
        | StringEquals    | "${name:Jill}"  | allowed |
        | StringEquals    | "${name:Jack}"  | denied  |
        | StringLike      | "Jill-*"        | allowed |
        | StringLike      | "Jack-*"        | denied  |
        | StringNotEquals | "${name:Jack}"  | allowed |

  Rule: (B5) aws:PrincipalArn is the calling user's ARN and is compared with the ARN operators

    @id:identity.condition-on-the-principal-arn @evidence:documented
    Scenario Outline: Jill's Allow with <operator> on aws:PrincipalArn <expected> leaves iam:ListUsers <outcome>
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalArn), "IAM JSON policy
      elements: Condition operators" (ARN operators) and "IAM identifiers" (user ARNs with path).
      Given a user "Jill" with access keys
      And a user "Jack"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "Conditional":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:GetAccountSummary", "Resource": "*"},
            {
              "Effect": "Allow",
              "Action": "iam:ListUsers",
              "Resource": "*",
              "Condition": {"<operator>": {"aws:PrincipalArn": <expected>}}
            }
          ]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | operator   | expected                                        | outcome |
        | ArnEquals  | "${user:Jill}"                                  | allowed |
        | ArnLike    | "arn:aws:iam::${account}:user/*"                | allowed |
        | ArnLike    | "arn:aws:iam::${account}:user/*/${name:Jill}"   | allowed |
        | ArnEquals  | "${user:Jack}"                                  | denied  |
        | ArnLike    | "arn:aws:iam::${account}:role/*"                | denied  |
        | ArnNotLike | "arn:aws:iam::${account}:user/*"                | denied  |

  Rule: (B5) aws:CurrentTime is the time of the request and is compared with the date operators

    @id:identity.condition-on-the-current-time @evidence:documented
    Scenario Outline: Jill's Allow with <operator> on aws:CurrentTime <expected> leaves iam:ListUsers <outcome>
      Source: IAM User Guide, "AWS global condition context keys" (aws:CurrentTime) and "IAM JSON policy
      elements: Condition operators" (date operators).
      Given a user "Jill" with access keys
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "Conditional":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:GetAccountSummary", "Resource": "*"},
            {
              "Effect": "Allow",
              "Action": "iam:ListUsers",
              "Resource": "*",
              "Condition": {"<operator>": {"aws:CurrentTime": <expected>}}
            }
          ]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | operator        | expected               | outcome |
        | DateGreaterThan | "2000-01-01T00:00:00Z" | allowed |
        | DateLessThan    | "2000-01-01T00:00:00Z" | denied  |
        | DateLessThan    | "2100-01-01T00:00:00Z" | allowed |
        | DateGreaterThan | "2100-01-01T00:00:00Z" | denied  |

  Rule: (B5) Requests signed with long-term access keys carry no aws:MultiFactorAuthPresent key, so Bool on it never holds and BoolIfExists always does

    @id:identity.condition-on-mfa-with-access-keys @evidence:documented
    Scenario Outline: Jill's Allow with <operator> on aws:MultiFactorAuthPresent <expected> leaves iam:ListUsers <outcome>
      Source: IAM User Guide, "AWS global condition context keys" (aws:MultiFactorAuthPresent is not present
      in requests made with long-term credentials) and "IAM JSON policy elements: Condition operators"
      (Bool, ...IfExists, Null); AWS re:Post, "How can I require MFA authentication for IAM users that use
      the AWS CLI?".
      Given a user "Jill" with access keys
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "Conditional":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:GetAccountSummary", "Resource": "*"},
            {
              "Effect": "Allow",
              "Action": "iam:ListUsers",
              "Resource": "*",
              "Condition": {"<operator>": {"aws:MultiFactorAuthPresent": <expected>}}
            }
          ]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | operator     | expected | outcome |
        | Bool         | "true"   | denied  |
        | Bool         | "false"  | denied  |
        | BoolIfExists | "true"   | allowed |
        | BoolIfExists | "false"  | allowed |
        | Null         | "true"   | allowed |
        | Null         | "false"  | denied  |

  Rule: (B3) A Deny applies only when its condition holds; when it does, it wins over the Allow

    @id:identity.conditional-deny @evidence:documented
    Scenario Outline: An Allow of iam:ListUsers and a Deny with <operator> on <key> <expected>: iam:ListUsers is <outcome>
      Source: IAM User Guide, "IAM JSON policy elements: Condition operators" (a key absent from the request
      context: ordinary operators false, negated ones true; ...IfExists; Null), "AWS global condition
      context keys" and "Policy evaluation logic".
      Jill has access keys and no tags. The conditional Deny is put first, then the Allow, which also
      covers the control iam:GetAccountSummary (the Deny does not). Once the control is allowed, the
      Allow is in effect, and so is the Deny put before it: an "allowed" row cannot hold merely because
      the Deny has not yet taken effect, nor a "denied" row because the Allow has not.

      Given a user "Jill" with access keys
      And a user "Jack"
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "ConditionalDeny":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Deny",
            "Action": "iam:ListUsers",
            "Resource": "*",
            "Condition": {"<operator>": {"<key>": <expected>}}
          }]
        }
        """
      And the user "Jill" has an inline policy "Permit":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["iam:ListUsers", "iam:GetAccountSummary"], "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | operator        | key                        | expected               | outcome |
        | BoolIfExists    | aws:MultiFactorAuthPresent | "false"                | denied  |
        | Bool            | aws:MultiFactorAuthPresent | "false"                | allowed |
        | Null            | aws:MultiFactorAuthPresent | "true"                 | denied  |
        | DateGreaterThan | aws:CurrentTime            | "2000-01-01T00:00:00Z" | denied  |
        | DateGreaterThan | aws:CurrentTime            | "2100-01-01T00:00:00Z" | allowed |
        | StringNotEquals | aws:PrincipalTag/team      | "red"                  | denied  |
        | StringEquals    | aws:username               | "${name:Jill}"         | denied  |
        | StringEquals    | aws:username               | "${name:Jack}"         | allowed |

  Rule: (B5) All keys of a condition must hold, and an Allow whose condition fails is no Deny

    @id:identity.condition-keys-must-all-hold @evidence:documented
    Scenario: An Allow for team=red and env=dev applies only once Jill carries both tags
      Source: IAM User Guide, "Conditions with multiple context keys or values" (several keys under one
      operator: logical AND) and "AWS global condition context keys" (aws:PrincipalTag).
      Given a user "Jill" with access keys
      And the user "Jill" has the tag "team" with value "red"
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "RedAndDev":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:GetAccountSummary", "Resource": "*"},
            {
              "Effect": "Allow",
              "Action": "iam:ListUsers",
              "Resource": "*",
              "Condition": {"StringEquals": {"aws:PrincipalTag/team": "red", "aws:PrincipalTag/env": "dev"}}
            }
          ]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has the tag "env" with value "dev"
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

    @id:identity.failed-condition-is-not-a-deny @evidence:documented
    Scenario: An Allow whose condition fails does not stop an unconditional Allow in another policy
      Source: IAM User Guide, "IAM JSON policy elements: Condition" (a statement applies only when its
      condition holds), "Policy evaluation logic" and "The difference between explicit and implicit denies".
      Given a user "Jill" with access keys
      And the user "Jill" has the tag "team" with value "blue"
      And the user "Jill" has an inline policy "RedOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "iam:ListUsers",
            "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "red"}}
          }]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      Given the user "Jill" has an inline policy "Anyone":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]
        }
        """
      When "Jill" calls "iam:ListUsers"
      Then the call is allowed

    @id:identity.failed-condition-message-is-an-implicit-deny @strict @evidence:documented
    Scenario: The refusal under an Allow whose condition fails says that no identity-based policy allows the action
      Source: IAM User Guide, "Troubleshoot access denied error messages" (an implicit denial: no applicable
      Allow and no applicable Deny) and "IAM JSON policy elements: Condition".
      Given a user "Jill" with access keys
      And the user "Jill" has the tag "team" with value "blue"
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the user "Jill" has an inline policy "RedOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:GetAccountSummary", "Resource": "*"},
            {
              "Effect": "Allow",
              "Action": "iam:ListUsers",
              "Resource": "*",
              "Condition": {"StringEquals": {"aws:PrincipalTag/team": "red"}}
            }
          ]
        }
        """
      When "Jill" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Jill" calls "iam:ListUsers"
      Then the call is denied
      And the error message contains "User: ${user:Jill} is not authorized to perform: iam:ListUsers"
      And the error message contains "because no identity-based policy allows the iam:ListUsers action"

  Rule: (B5) For a role session, aws:PrincipalArn is the role's ARN and aws:PrincipalTag holds the role's tags

    Background:
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

    @id:identity.condition-on-the-session-principal-arn @evidence:documented
    Scenario Outline: The role allows iam:ListUsers if <operator> aws:PrincipalArn <expected>: its session is <outcome>
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalArn: "For IAM roles, the
      request context returns the ARN of the role"), "IAM identifiers" and "IAM JSON policy elements:
      Condition operators" (ArnLike).
      The role's ARN includes its IAM path; the first pattern (role/*, then the role's
      name) matches the ARN with or without one.

      Given "Jill" has assumed the role "Reader" with session name "sess"
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is denied
      When "Reader/sess" calls "iam:GetAccountSummary"
      Then the call is denied
      Given the role "Reader" has an inline policy "Conditional":
        """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Action": "iam:GetAccountSummary", "Resource": "*"},
            {
              "Effect": "Allow",
              "Action": "iam:ListUsers",
              "Resource": "*",
              "Condition": {"<operator>": {"aws:PrincipalArn": <expected>}}
            }
          ]
        }
        """
      When "Reader/sess" calls "iam:GetAccountSummary"
      Then the call is allowed
      When "Reader/sess" calls "iam:ListUsers"
      Then the call is <outcome>

      Examples:
        | operator | expected                                        | outcome |
        | ArnLike  | "arn:aws:iam::${account}:role/*${name:Reader}"  | allowed |
        | ArnLike  | "arn:aws:iam::${account}:role/*"                | allowed |
        | ArnLike  | "arn:aws:sts::${account}:assumed-role/*"        | denied  |
        | ArnLike  | "arn:aws:iam::${account}:user/*"                | denied  |

    @id:identity.condition-on-the-session-principal-tag @evidence:documented
    Scenario: The role allows iam:ListUsers to team=red: a session is refused until the role carries that tag
      Source: IAM User Guide, "AWS global condition context keys" (aws:PrincipalTag is included for a
      principal using an IAM role with attached tags) and "Controlling access to and for IAM users and
      roles using tags".
      The second session is taken after the role was tagged; the documentation does
      not say whether a session taken earlier sees a tag added later, so that is
      not asserted.

      Given the role "Reader" has an inline policy "TeamRed":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": "iam:ListUsers",
            "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "red"}}
          }]
        }
        """
      And "Jill" has assumed the role "Reader" with session name "before"
      When "Reader/before" calls "iam:ListUsers"
      Then the call is denied
      Given the role "Reader" has the tag "team" with value "red"
      And "Jill" has assumed the role "Reader" with session name "after"
      When "Reader/after" calls "iam:ListUsers"
      Then the call is allowed
