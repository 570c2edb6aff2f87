@session
Feature: Source identity on a role session

  A caller may stamp a session with a "source identity" (for example the name
  of the person behind it), which AWS records and which stays with the session.
  Setting it is a separate permission, sts:SetSourceIdentity: the role's trust
  policy must allow it, and so must the caller's own permissions policy;
  without it the AssumeRole call fails. The value is 2 to 64 characters of
  letters, digits and _ + = , . @ - and may not begin with "aws:".

  In these examples the trust policies of the roles "Plain" and "Audited" name
  Jill by her user ARN, and Jill's identity policy allows the actions as well,
  so every reading of the documentation lets her assume them; only the trust
  policy of "Audited" allows sts:SetSourceIdentity. The one rule about the
  caller's permissions policy uses a role of its own whose trust policy names
  only the account.

  Following the AWS IAM User Guide: "Monitor and control actions taken with
  assumed roles" (things to know about source identity; permissions required
  to set source identity); the AWS STS API reference: "AssumeRole"
  (SourceIdentity: length 2 to 64, pattern [\w+=,.@-]*; the SourceIdentity
  response element) and "Common Errors" (ValidationError).

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
    And a role "Audited" whose trust policy is:
      """
      {
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"],
          "Principal": {"AWS": "${user:Jill}"}
        }]
      }
      """

  Rule: Setting a source identity needs sts:SetSourceIdentity in the role's trust policy (C6)

    @id:session.source-identity-needs-set-source-identity-in-trust @evidence:documented
    Scenario: Jill may assume the role "Plain", but not with a source identity, because its trust policy does not allow sts:SetSourceIdentity
      Source: IAM User Guide, "Monitor and control actions taken with assumed roles" (permissions required to
      set source identity: "in the role trust policy and in the principal's permissions policy") and "Policy
      evaluation logic" (role trust policies must explicitly allow access for principals).
      Given the user "Jill" has an inline policy "MayAssumeAndSetSource":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"], "Resource": "*"}]
        }
        """
      And "Jill" has assumed the role "Plain" with session name "unstamped"
      When "Jill" assumes the role "Plain" with session name "stamped" and:
        | SourceIdentity | jill |
      Then the call is denied

    @id:session.source-identity-set-when-trust-allows-it @evidence:documented
    Scenario: The source identity the role "Plain" refuses is accepted by the role "Audited", and the response repeats it
      Source: IAM User Guide, "Monitor and control actions taken with assumed roles" (permissions required to
      set source identity); STS API reference, "AssumeRole" (SourceIdentity request parameter and response
      element).
      Given the user "Jill" has an inline policy "MayAssumeAndSetSource":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Plain" with session name "stamped" and:
        | SourceIdentity | jill |
      Then the call is denied
      When "Jill" assumes the role "Audited" with session name "stamped" and:
        | SourceIdentity | jill |
      Then the call is allowed
      And the response field "SourceIdentity" is "jill"

  Rule: When the role's trust policy names only the account, setting a source identity also needs sts:SetSourceIdentity in the caller's permissions policy (C6)

    @id:session.source-identity-needs-identity-permission @evidence:documented
    Scenario: Jill, whose own policy allows sts:AssumeRole but not sts:SetSourceIdentity, cannot set a source identity even on a role whose trust allows it
      Source: IAM User Guide, "Monitor and control actions taken with assumed roles" (sts:SetSourceIdentity
      "in the principal's permissions policy"); STS API reference, "AssumeRole" (a trust policy that trusts
      the account leaves the decision to the user's own policy).
      Whether the permissions policy is needed too when the trust policy names the user herself is left open
      ("Policy evaluation logic" lets a grant to a user ARN stand alone), so the role here trusts the account.
      Given a role "AccountAudited" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Effect": "Allow",
            "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"],
            "Principal": {"AWS": "arn:aws:iam::${account}:root"}
          }]
        }
        """
      And the user "Jill" has an inline policy "MayAssumeOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:AccountAudited}"}]
        }
        """
      And "Jill" has assumed the role "AccountAudited" with session name "unstamped"
      When "Jill" assumes the role "AccountAudited" with session name "stamped" and:
        | SourceIdentity | jill |
      Then the call is denied

  Rule: A source identity is 2 to 64 characters of letters, digits and _+=,.@- and does not begin with "aws:"

    @id:session.source-identity-value-rules @evidence:documented @validation
    Scenario Outline: The source identity "<value>" (<why>) is refused; "jill" is accepted
      Source: STS API reference, "AssumeRole" (SourceIdentity: length 2 to 64, pattern [\w+=,.@-]*) and
      "Common Errors" (ValidationError); IAM User Guide, "Monitor and control actions taken with assumed
      roles".
      The reserved prefix "aws:" cannot be sent on its own: its colon is already outside the pattern, so the
      row with "aws:jill" is refused by the pattern, and the reserved-prefix rule is not tested apart from it.
      Given the user "Jill" has an inline policy "MayAssumeAndSetSource":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Audited" with session name "stamped" and:
        | SourceIdentity | <value> |
      Then the call fails with "ValidationError" and HTTP status 400
      When "Jill" assumes the role "Audited" with session name "stamped" and:
        | SourceIdentity | jill |
      Then the call is allowed

      Examples:
        | value                                                             | why                                   |
        | j                                                                 | one character                         |
        | sssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss | 65 characters                         |
        | aws:jill                                                          | a colon, as in the reserved "aws:"    |
        | jill/smith                                                        | a slash                               |

  Rule: A session without a source identity answers none, and a source identity stays with every session chained from it (C6, D2)

    @id:session.no-source-identity-without-one @evidence:documented
    Scenario: AssumeRole without SourceIdentity answers no SourceIdentity, with one it answers it
      Source: STS API reference, "AssumeRole" (response element SourceIdentity: the source identity set on
      the session, present when the caller set one).
      Given the user "Jill" has an inline policy "MayAssumeAndSetSource":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"], "Resource": "*"}]
        }
        """
      When "Jill" assumes the role "Audited" with session name "unmarked"
      Then the call is allowed
      And the response has no field "SourceIdentity"
      When "Jill" assumes the role "Audited" with session name "stamped" and:
        | SourceIdentity | jill |
      Then the call is allowed
      And the response field "SourceIdentity" is "jill"

    @id:session.source-identity-persists-across-a-chain @evidence:documented
    Scenario: The session Jill stamped "jill" assumes a second role without naming a source identity, and that session is stamped "jill" too
      Source: IAM User Guide, "Monitor and control actions taken with assumed roles" ("the source identity
      persists" across role chaining: it is passed to every session chained from the first); STS API
      reference, "AssumeRole" (response element SourceIdentity).
      Given the user "Jill" has an inline policy "MayAssumeAndSetSource":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"], "Resource": "*"}]
        }
        """
      And a role "Next" whose trust policy is:
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"], "Principal": {"AWS": "${role:Audited}"}}]
        }
        """
      And the role "Audited" has an inline policy "MayChainToNext":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"], "Resource": "${role:Next}"}]
        }
        """
      And "Jill" has assumed the role "Audited" with session name "stamped" and:
        | SourceIdentity | jill |
      When "Audited/stamped" assumes the role "Next" with session name "chained"
      Then the call is allowed
      And the response field "SourceIdentity" is "jill"
