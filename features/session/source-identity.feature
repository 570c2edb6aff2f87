@session
Feature: Source identity on a role session

  A caller may stamp a session with a "source identity" (for example the name
  of the person behind it), which AWS records and which stays with the session.
  Setting it is a separate permission, sts:SetSourceIdentity: the role's trust
  policy must allow it, and so must the caller's own permissions policy;
  without it the AssumeRole call fails. The value is 2 to 64 characters of
  letters, digits and _ + = , . @ - and may not begin with "aws:".

  In these examples the roles trust the whole account, so the caller's identity
  policy must allow the actions as well.

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
          "Principal": {"AWS": "arn:aws:iam::${account}:root"}
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
          "Principal": {"AWS": "arn:aws:iam::${account}:root"}
        }]
      }
      """

  Rule: Setting a source identity needs sts:SetSourceIdentity in the role's trust policy (C6)

    @id:session.source-identity-needs-set-source-identity-in-trust
    Scenario: Jill may assume the role "Plain", but not with a source identity, because its trust policy does not allow sts:SetSourceIdentity
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
      When "Jill" assumes the role "Plain" with session name "unstamped"
      Then the call is allowed

    @id:session.source-identity-set-when-trust-allows-it
    Scenario: The source identity the role "Plain" refuses is accepted by the role "Audited", and the response repeats it
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

  Rule: Setting a source identity also needs sts:SetSourceIdentity in the caller's permissions policy (C6)

    @id:session.source-identity-needs-identity-permission
    Scenario: Jill, whose own policy allows sts:AssumeRole but not sts:SetSourceIdentity, cannot set a source identity even on the role "Audited"
      Given the user "Jill" has an inline policy "MayAssumeOnly":
        """
        {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "${role:Audited}"}]
        }
        """
      When "Jill" assumes the role "Audited" with session name "stamped" and:
        | SourceIdentity | jill |
      Then the call is denied
      When "Jill" assumes the role "Audited" with session name "unstamped"
      Then the call is allowed

  Rule: A source identity is 2 to 64 characters of letters, digits and _+=,.@- and does not begin with "aws:"

    @id:session.source-identity-value-rules @validation
    Scenario Outline: The source identity "<value>" (<why>) is refused; "jill" is accepted
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
        | value                                                             | why                            |
        | j                                                                 | one character                  |
        | sssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss | 65 characters                  |
        | aws:jill                                                          | the reserved prefix "aws:"     |
        | jill/smith                                                        | a slash                        |
