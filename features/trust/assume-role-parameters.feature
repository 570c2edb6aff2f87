@trust @validation
Feature: The parameters of an AssumeRole request

  STS checks the parameters of an AssumeRole request and refuses one that is
  malformed with ValidationError, HTTP 400:

  - RoleArn must be an ARN (between 20 and 2048 characters);
  - RoleSessionName must be 2 to 64 characters long, made of letters, digits
    and the characters _ + = , . @ - (no spaces, no colons);
  - ExternalId, when given, must be 2 to 1224 characters long, made of
    letters, digits and the characters _ + = , . @ : / - (no spaces).

  In each example Jill may assume the role (the trust policy names her), and a
  value just inside the limit is accepted before the value just outside it is
  refused, so a target that refuses everything cannot pass.

  Following the STS API reference for AssumeRole (request parameters and their
  length constraints and patterns; errors), and the AWS IAM User Guide: "IAM
  and AWS STS condition context keys" (sts:ExternalId: 2 to 1,224 characters,
  alphanumeric without white space plus + = , . @ : / -).

  Background:
    Given a user "Jill" with access keys
    And a role "Target" whose trust policy is:
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

  Rule: A RoleArn that is not an ARN is refused with ValidationError, HTTP 400 (C10)

    @id:trust.role-arn-malformed @evidence:recorded
    Scenario: Jill asks for a role by something that is not an ARN
      Source: LocalStack tests/aws/services/sts/test_sts.snapshot.json (test_sts_invalid_parameters,
      "malformed-arn": ValidationError, HTTP 400); STS API reference, "AssumeRole" (RoleArn).
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Target} |
        | RoleSessionName | jill           |
      Then the call succeeds
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | this-is-not-a-role-arn |
        | RoleSessionName | jill                   |
      Then the call fails with "ValidationError" and HTTP status 400

    @id:trust.role-arn-too-short @evidence:documented
    Scenario: Jill asks for a role by an ARN-shaped RoleArn shorter than 20 characters
      Source: STS API reference, "AssumeRole" (RoleArn: length 20 to 2048; a value that fails a constraint is
      refused with ValidationError, HTTP 400, in "Common Errors").
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Target} |
        | RoleSessionName | jill           |
      Then the call succeeds
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | arn:aws:iam::1:role |
        | RoleSessionName | jill                |
      Then the call fails with "ValidationError" and HTTP status 400

  Rule: RoleSessionName must be 2 to 64 characters from letters, digits and _+=,.@- or the request is refused with ValidationError, HTTP 400 (C10)

    @id:trust.role-session-name-invalid @evidence:documented
    Scenario Outline: A session name <case> is refused, while <accepted case> is accepted
      Source: STS API reference, "AssumeRole" (RoleSessionName: length 2 to 64, pattern [\w+=,.@-]*) and
      "Common Errors" (ValidationError, HTTP 400); the 65-character and colon rows are also recorded in
      LocalStack tests/aws/services/sts/test_sts.snapshot.json (session-name-too-long-error,
      invalid-session-name).
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Target} |
        | RoleSessionName | <accepted>     |
      Then the call succeeds
      When "Jill" calls "sts:AssumeRole" with:
        | RoleArn         | ${role:Target} |
        | RoleSessionName | <refused>      |
      Then the call fails with "ValidationError" and HTTP status 400

      Examples:
        | case                  | refused                                                           | accepted case                         | accepted                                                         |
        | of one character      | j                                                                 | one of two characters                 | jl                                                               |
        | of 65 characters      | abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij | one of 64 characters                  | abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghi |
        | with a colon          | Session1:2                                                        | one with every permitted symbol       | a_b+c=d,e.f@g-h                                                  |
        | with a space          | jill laptop                                                       | the same name with a hyphen           | jill-laptop                                                      |

  Rule: ExternalId must be 2 to 1224 characters from letters, digits and _+=,.@:/- or the request is refused with ValidationError, HTTP 400 (C10)

    @id:trust.external-id-invalid @evidence:documented
    Scenario Outline: An external id <case> is refused, while <accepted case> is accepted
      Source: STS API reference, "AssumeRole" (ExternalId: length 2 to 1224, pattern [\w+=,.@:/-]*) and
      "Common Errors" (ValidationError, HTTP 400); IAM User Guide, "IAM and AWS STS condition context keys"
      (sts:ExternalId); ansible-collections/amazon.aws tests/integration/targets/sts_assume_role (AWS refuses
      an external id with spaces: "Member must satisfy regular expression pattern").
      When "Jill" assumes the role "Target" with session name "accepted" and:
        | ExternalId | <accepted> |
      Then the call succeeds
      When "Jill" assumes the role "Target" with session name "refused" and:
        | ExternalId | <refused> |
      Then the call fails with "ValidationError" and HTTP status 400

      Examples:
        | case               | refused       | accepted case                    | accepted              |
        | of one character   | x             | one of two characters            | xy                    |
        | with a space       | Example Corp  | one with every permitted symbol  | a_b+c=d,e.f@g:h/i-j   |
