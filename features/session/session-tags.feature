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

  In these examples the trust policies of the roles "Plain" and "Tagged" name
  Jill by her user ARN, and Jill's identity policy allows sts:AssumeRole and
  sts:TagSession on every role, so every reading of the documentation lets her
  assume them; only the trust policy of "Tagged" allows sts:TagSession. The one
  rule about the identity side uses a role of its own whose trust policy names
  only the account.

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
          "Principal": {"AWS": "${user:Jill}"}
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
          "Principal": {"AWS": "${user:Jill}"}
        }]
      }
      """

  Rule: Passing session tags needs sts:TagSession in the role's trust policy (D4, C6)

    @id:session.tags-need-tag-session-in-trust @evidence:documented
    Scenario: Jill may assume the role "Plain", but not with tags, because its trust policy does not allow sts:TagSession
      Source: IAM User Guide, "Passing session tags in AWS STS" (permissions required: sts:TagSession "must be
      allowed before the user can pass session tags"; without it in the trust policy "the user can't assume
      the role") and "Policy evaluation logic" (role trust policies must explicitly allow access for
      principals).
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Plain" with session name "untagged"
      When "Jill" assumes the role "Plain" with session name "tagged" and:
        | Tags | team=red |
      Then the call is denied

    @id:session.tags-allowed-when-trust-allows-tag-session @evidence:documented
    Scenario: The same tags that the role "Plain" refuses are accepted by the role "Tagged", whose trust policy allows sts:TagSession
      Source: IAM User Guide, "Passing session tags in AWS STS" (permissions required to add session tags);
      STS API reference, "AssumeRole" (Tags).
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

    @id:session.tags-need-tag-session-in-identity-policy @evidence:documented
    Scenario: Jill, whose own policy allows sts:AssumeRole but not sts:TagSession, cannot pass tags even to a role whose trust allows them
      Source: IAM User Guide, "Passing session tags in AWS STS" ("you must have the following permissions-only
      action in your policy: sts:TagSession"); STS API reference, "AssumeRole" (a trust policy that trusts the
      account leaves the decision to the user's own policy).
      This rule is about the account form of the trust policy, so the role here trusts the account alone.
      Given a role "AccountTagged" whose trust policy is:
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
      And the user "Jill" has an inline policy "MayAssumeOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:AccountTagged}"}]
        }
        """
      And "Jill" has assumed the role "AccountTagged" with session name "untagged"
      When "Jill" assumes the role "AccountTagged" with session name "tagged" and:
        | Tags | team=red |
      Then the call is denied

  Rule: Session tags are principal tags of the session, which policies test with aws:PrincipalTag (D4)

    @id:session.principal-tag-comes-from-session-tag @evidence:documented
    Scenario: The role lets only sessions tagged team=red list roles; Jill's blue session is refused, her red one is allowed
      Source: IAM User Guide, "Passing session tags in AWS STS" ("Session tags are principal tags that you
      specify while requesting a session"; aws:PrincipalTag) and "AWS global condition context keys"
      (aws:PrincipalTag).
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
      And "Jill" has assumed the role "Tagged" with session name "blue" and:
        | Tags | team=blue |
      And "Jill" has assumed the role "Tagged" with session name "red" and:
        | Tags | team=red |
      When "Tagged/blue" calls "iam:ListRoles"
      Then the call is denied
      When "Tagged/red" calls "iam:ListRoles"
      Then the call is allowed

    @id:session.session-tag-overrides-role-tag @evidence:documented
    Scenario: The role is tagged team=blue; a session tagged team=red counts as red
      Source: IAM User Guide, "Passing session tags in AWS STS" ("New session tags override existing assumed
      role or federated user tags with the same tag key, regardless of case"); STS API reference, "AssumeRole"
      (Tags).
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
      And "Jill" has assumed the role "Tagged" with session name "untagged"
      And "Jill" has assumed the role "Tagged" with session name "red" and:
        | Tags | team=red |
      When "Tagged/untagged" calls "iam:ListRoles"
      Then the call is denied
      When "Tagged/red" calls "iam:ListRoles"
      Then the call is allowed

  Rule: Session tag keys are case-insensitive, so one request cannot carry two keys that differ only in case (D4)

    # The User Guide says tag keys are case-insensitive and that "Department"
    # and "department" cannot both be set; it does not name the error code.
    # InvalidParameterValue (HTTP 400, "Duplicate tag keys found. Please note
    # that Tag keys are case insensitive.") is what AWS answered in LocalStack's
    # AWS-validated snapshot.
    @id:session.tag-keys-differing-only-in-case-are-refused @evidence:recorded @validation
    Scenario: Tags team=red and Team=blue in one request are refused; team=red and env=test are accepted
      Source: localstack/localstack, tests/aws/services/sts/test_sts.snapshot.json
      (test_assume_role_tag_validation, duplicate-tag-keys-different-casing: InvalidParameterValue, HTTP 400);
      IAM User Guide, "Tagging IAM resources" (tag keys are case-insensitive).
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
    # User Guide only says such a request "can fail". The tags are tiny
    # (k1=v ... k51=v) so that the separate packed-size limit on session tags
    # (PackedPolicyTooLarge) refuses neither the 51 nor the 50.
    @id:session.more-than-50-tags-are-refused @evidence:documented @validation
    Scenario: 51 session tags are refused; 50 are accepted
      Source: STS API reference, "AssumeRole" (Tags: "Array Members: Maximum number of 50 items") and "Common
      Errors" (ValidationError); IAM User Guide, "Passing session tags in AWS STS" (at most 50 session tags).
      The size of the packed limit is not published; tags this small are meant to stay well under it.
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "fiftyone" and:
        | Tags | k1=v, k2=v, k3=v, k4=v, k5=v, k6=v, k7=v, k8=v, k9=v, k10=v, k11=v, k12=v, k13=v, k14=v, k15=v, k16=v, k17=v, k18=v, k19=v, k20=v, k21=v, k22=v, k23=v, k24=v, k25=v, k26=v, k27=v, k28=v, k29=v, k30=v, k31=v, k32=v, k33=v, k34=v, k35=v, k36=v, k37=v, k38=v, k39=v, k40=v, k41=v, k42=v, k43=v, k44=v, k45=v, k46=v, k47=v, k48=v, k49=v, k50=v, k51=v |
      Then the call fails with "ValidationError" and HTTP status 400
      When "Jill" assumes the role "Tagged" with session name "fifty" and:
        | Tags | k1=v, k2=v, k3=v, k4=v, k5=v, k6=v, k7=v, k8=v, k9=v, k10=v, k11=v, k12=v, k13=v, k14=v, k15=v, k16=v, k17=v, k18=v, k19=v, k20=v, k21=v, k22=v, k23=v, k24=v, k25=v, k26=v, k27=v, k28=v, k29=v, k30=v, k31=v, k32=v, k33=v, k34=v, k35=v, k36=v, k37=v, k38=v, k39=v, k40=v, k41=v, k42=v, k43=v, k44=v, k45=v, k46=v, k47=v, k48=v, k49=v, k50=v |
      Then the call is allowed

  Rule: A session tag key has at most 128 characters and its value at most 256 (D4)

    @id:session.tag-key-or-value-too-long-is-refused @evidence:documented @validation
    Scenario Outline: A session tag with <what> is refused; one with <within> is accepted
      Source: STS API reference, "Tag" (Key: length 1 to 128; Value: length 0 to 256) and "Common Errors"
      (ValidationError); IAM User Guide, "Passing session tags in AWS STS".
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
    # is what AWS answered in LocalStack's AWS-validated snapshot.
    @id:session.transitive-key-must-be-among-the-tags @evidence:recorded @validation
    Scenario: Marking "env" transitive while passing only the tag team=red is refused; marking "team" is accepted
      Source: localstack/localstack, tests/aws/services/sts/test_sts.snapshot.json
      (test_assume_role_tag_validation, invalid-transitive-tag-keys: InvalidParameterValue, HTTP 400); STS API
      reference, "AssumeRole" (TransitiveTagKeys).
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

  Rule: Session tags are limited in their packed size as well as in number; over it AssumeRole fails with PackedPolicyTooLarge (D4)

    @id:session.tags-over-the-packed-size-are-refused @evidence:recorded @validation
    Scenario: Nine session tags with 250-character values are too large once packed; nine with one-character values are not
      Source: the AWS answer recorded in aws-actions/configure-aws-credentials issue #1898 ("aws sts
      assume-role" with nine tags T1 … T9 whose values are 250 characters: PackedPolicyTooLarge, "Packed size
      of session tags consumes 498% of allotted space."); STS API reference, "AssumeRole" (Errors:
      PackedPolicyTooLarge, HTTP 400).
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "packed" and:
        | Tags | T1=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T2=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T3=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T4=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T5=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T6=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T7=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T8=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T9=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa |
      Then the call fails with "PackedPolicyTooLarge" and HTTP status 400
      When "Jill" assumes the role "Tagged" with session name "small" and:
        | Tags | T1=a, T2=a, T3=a, T4=a, T5=a, T6=a, T7=a, T8=a, T9=a |
      Then the call is allowed

    @id:session.packed-policy-size-is-reported @evidence:documented
    Scenario: A session requested with tags is told, as a percentage, how much of the packed space its tags take
      Source: STS API reference, "AssumeRole" (Response Elements: PackedPolicySize, "a percentage value that
      indicates the packed size of the session policies and session tags combined passed in the request";
      the request fails above 100 percent).
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "small" and:
        | Tags | T1=a, T2=a, T3=a, T4=a, T5=a, T6=a, T7=a, T8=a, T9=a |
      Then the call is allowed
      And the response field "PackedPolicySize" matches "^[0-9]{1,3}$"

    @id:session.tags-over-the-packed-size-message @strict @evidence:recorded
    Scenario: The refusal of session tags too large once packed says how much of the allotted space they take
      Source: the AWS answers recorded in aws-actions/configure-aws-credentials issues #1898 and #1803 and
      aws/containers-roadmap issue #2413 ("Packed size of session tags consumes 498% / 142% / 112% of
      allotted space."); AWS re:Post Knowledge Center, "iam-role-aws-sts-error" (the same message).
      Given the user "Jill" has an inline policy "MayAssumeAndTag":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Tagged" with session name "packed" and:
        | Tags | T1=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T2=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T3=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T4=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T5=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T6=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T7=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T8=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, T9=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa |
      Then the call fails with "PackedPolicyTooLarge" and HTTP status 400
      And the error message contains "Packed size of session tags consumes"
      And the error message contains "% of allotted space"
